// A script for fixture pages in browsers we do not drive (Firefox under web-ext): once Fine Print has set its
// final status on <html>, the page reads the status and the registered highlights (contract 2) and POSTs
// them to the report sink. It runs in the page's own world, so it sees what any page script would see.

export interface PageReport {
  status: string;
  findings: number;
  /** Highlight name -> the text of each range. */
  highlights: Record<string, string[]>;
  userAgent: string;
  /** `data-fine-print-words` and `data-fine-print-lang` (contract 2), null when not set. */
  words: string | null;
  lang: string | null;
}

const FINAL = ['done', 'not-legal', 'unsupported-language', 'error'];

/** `<script>` markup to put at the end of a fixture page's body. */
export function reporterScript(sinkUrl: string): string {
  const body = `(() => {
  const FINAL = ${JSON.stringify(FINAL)};
  const send = () => {
    const root = document.documentElement;
    const status = root.getAttribute('data-fine-print');
    if (!FINAL.includes(status)) return false;
    const highlights = {};
    if (window.CSS && CSS.highlights) {
      for (const [name, highlight] of CSS.highlights) highlights[name] = [...highlight].map((range) => range.toString());
    }
    const report = {
      status, findings: Number(root.getAttribute('data-fine-print-findings')), highlights, userAgent: navigator.userAgent,
      words: root.getAttribute('data-fine-print-words'), lang: root.getAttribute('data-fine-print-lang'),
    };
    fetch(${JSON.stringify(sinkUrl)}, { method: 'POST', mode: 'no-cors', body: JSON.stringify(report) });
    return true;
  };
  if (!send()) {
    const observer = new MutationObserver(() => send() && observer.disconnect());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fine-print'] });
  }
})();`;
  return `<script>${body}</script>`;
}

/** The fixture page with the reporter added just before `</body>`. */
export function withReporter(html: string, sinkUrl: string): string {
  return html.includes('</body>') ? html.replace('</body>', `${reporterScript(sinkUrl)}</body>`) : html + reporterScript(sinkUrl);
}
