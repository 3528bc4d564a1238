// A second tiny server on 127.0.0.1 that fixture pages POST their observations to (for browsers we do not
// drive, like Firefox under web-ext): the page reports, the test waits for the report.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReportSink {
  /** Where a page should POST the report called `name`. */
  url(name: string): string;
  waitFor(name: string, timeoutMs: number): Promise<unknown>;
  close(): Promise<void>;
}

export async function startReportSink(): Promise<ReportSink> {
  const reports = new Map<string, unknown>();
  const waiters = new Map<string, (value: unknown) => void>();
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/report\//, ''));
    // Pages post as `text/plain` with `no-cors`, so no preflight; the header is for anything else.
    res.setHeader('access-control-allow-origin', '*');
    if (req.method !== 'POST') return void res.writeHead(204).end();
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      let value: unknown = body;
      try {
        value = JSON.parse(body);
      } catch {
        // keep the raw text: a page that sends something odd is itself worth seeing
      }
      reports.set(name, value);
      waiters.get(name)?.(value);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/report/${encodeURIComponent(name)}`,
    waitFor: (name, timeoutMs) =>
      reports.has(name)
        ? Promise.resolve(reports.get(name))
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no "${name}" report within ${timeoutMs} ms`)), timeoutMs);
            waiters.set(name, (value) => {
              clearTimeout(timer);
              resolve(value);
            });
          }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
