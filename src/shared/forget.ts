// "Forget everything": removes every trace Fine Print keeps in the browser, so a user can leave no data
// behind without uninstalling. Clears all three storage areas, unregisters the content scripts that
// automatic scanning registered, and gives back the site access the user granted. Each step runs even if
// an earlier one fails, and the result says what was done.
import { browser } from './browser';

export interface ForgetResult {
  ok: boolean;
  /** Storage areas that are now empty. */
  cleared: string[];
  /** Ids of the dynamic content scripts that were unregistered. */
  unregisteredScripts: string[];
  /** Host patterns whose (optional) access was given back. */
  removedOrigins: string[];
  errors: string[];
}

const AREAS = ['local', 'sync', 'session'] as const;

export async function forgetEverything(): Promise<ForgetResult> {
  const result: ForgetResult = { ok: true, cleared: [], unregisteredScripts: [], removedOrigins: [], errors: [] };
  const step = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      result.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  for (const area of AREAS) {
    // storage.sync may be missing or disabled (Firefox without an account still has it; some forks do not).
    const storage = browser.storage[area] as { clear(): Promise<void> } | undefined;
    if (storage) await step(`storage.${area}`, async () => storage.clear().then(() => void result.cleared.push(area)));
  }

  await step('content scripts', async () => {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    if (!scripts.length) return;
    await browser.scripting.unregisterContentScripts();
    result.unregisteredScripts.push(...scripts.map((s) => s.id));
  });

  await step('site access', async () => {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    // Access the manifest requires (only the test builds have any) cannot be removed; ask only for the rest.
    const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
    const optional = granted.filter((origin) => !required.has(origin));
    if (optional.length && (await browser.permissions.remove({ origins: optional }))) result.removedOrigins.push(...optional);
  });

  result.ok = result.errors.length === 0;
  return result;
}
