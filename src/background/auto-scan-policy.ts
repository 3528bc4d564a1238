// Whether a page the probe looked at should be scanned without a click.
// The options issue adds the per-site never / always lists here.
export async function shouldScanOnLoad(_url: string, legal: boolean): Promise<boolean> {
  return legal;
}
