// Records network use, two independent ways, so "zero requests" is a measurement and not a hope:
// 1. a recording HTTP proxy that the browser must send everything through (loopback included), which
//    forwards only to our fixture server and refuses the rest;
// 2. the browser's own view: playwright request events (pages, extension pages, the service worker) and a
//    CDP Network session on every tab, whose initiator stacks show requests made by content scripts.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface ProxyEntry {
  method: string;
  url: string;
  /** Epoch ms, to look at one stretch of a test. */
  at: number;
}

export interface RecordingProxy {
  /** Chromium flags: use this proxy for everything, even 127.0.0.1 (which is bypassed by default). */
  args: string[];
  entries: ProxyEntry[];
  close(): Promise<void>;
}

/** A proxy that forwards plain HTTP to `allowedOrigin` only; other hosts and every CONNECT get 403. */
export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const allowed = new URL(allowedOrigin);
  const entries: ProxyEntry[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    entries.push({ method: req.method ?? '?', url, at: Date.now() });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.host !== allowed.host) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: allowed.hostname, port: allowed.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (reply) => {
        reply.on('error', () => res.destroy());
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // A browser may reset a connection it no longer needs; that is no failure of the test.
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    entries.push({ method: 'CONNECT', url: req.url ?? '', at: Date.now() });
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    entries,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface BrowserRequest {
  url: string;
  /** Who asked: `service-worker`, `extension-page`, `content-script` or `page`. */
  by: 'service-worker' | 'extension-page' | 'content-script' | 'page';
  /** The page or worker URL it came from. */
  from: string;
  at: number;
}

/** Only these leave the machine (or would): everything else is the browser reading its own files. */
export const isNetworkUrl = (url: string) => /^(https?|wss?|ftp):/i.test(url);

/** Watches a browser context: every request, attributed to the extension context that made it. */
export function watchBrowserRequests(context: BrowserContext): { requests: BrowserRequest[]; watchPage(page: Page): Promise<void> } {
  const requests: BrowserRequest[] = [];
  context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    if (worker) {
      requests.push({ url: request.url(), by: 'service-worker', from: worker.url(), at: Date.now() });
      return;
    }
    const pageUrl = safePageUrl(request);
    const extensionPage = pageUrl.startsWith('chrome-extension://');
    requests.push({ url: request.url(), by: extensionPage ? 'extension-page' : 'page', from: pageUrl, at: Date.now() });
  });
  // Content scripts share the tab's network: only the initiator stack tells their requests apart.
  async function watchPage(page: Page): Promise<void> {
    const session = await context.newCDPSession(page);
    session.on('Network.requestWillBeSent', (event) => {
      const frames = [...collectStackUrls(event.initiator?.stack), event.initiator?.url ?? ''];
      if (frames.some((url) => url.startsWith('chrome-extension://'))) {
        requests.push({ url: event.request.url, by: 'content-script', from: page.url(), at: Date.now() });
      }
    });
    await session.send('Network.enable');
  }
  return { requests, watchPage };
}

type Stack = { callFrames: Array<{ url: string }>; parent?: Stack } | undefined;

function collectStackUrls(stack: Stack): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls;
}

function safePageUrl(request: Request): string {
  try {
    return request.frame().page()?.url() ?? request.frame().url();
  } catch {
    return '';
  }
}
