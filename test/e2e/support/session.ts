// The setup nearly every browser suite shares: our fixture pages on 127.0.0.1 and Chromium with the built
// extension, started before the suite's tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { DIST, launchExtension, type Extension } from './extension';
import { serveFixtures, type FixtureServer } from './server';

export interface BrowserSession {
  extension: Extension;
  server: FixtureServer;
}

/** Registers the suite's beforeAll / afterAll; `ready` receives the session once both are up.
 *  `extraArgs` are further Chromium flags (e.g. to switch a web platform feature off). */
export function useBrowserSession(browserPath: string | null, ready: (session: BrowserSession) => void, extraArgs: string[] = []): void {
  let session: Partial<BrowserSession> = {};
  beforeAll(async () => {
    const server = await serveFixtures(resolve('test/fixtures/pages'));
    session = { server, extension: await launchExtension(browserPath!, DIST, extraArgs) };
    ready(session as BrowserSession);
  });
  afterAll(async () => {
    await session.extension?.close();
    await session.server?.close();
  });
}
