// The probe's one message, sent through the browser's own runtime API rather than webextension-polyfill:
// the probe runs on every page where auto-scan is on, and the polyfill is most of its size and set-up cost.
// Both Chrome (MV3) and Firefox return a promise from runtime.sendMessage, which is all we need here.
import type { Request, Response } from '../shared/messages';

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function sendProbe(request: Request<'content/probe'>): Promise<Response<'content/probe'>> {
  const api = (globalThis as { browser?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;
  if (!api?.runtime?.sendMessage) return Promise.reject(new Error('no extension runtime'));
  return api.runtime.sendMessage({ type: 'content/probe', ...request }) as Promise<Response<'content/probe'>>;
}
