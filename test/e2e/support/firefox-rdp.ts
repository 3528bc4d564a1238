// Reads from inside the add-on in Firefox, for what a page cannot observe: the extension's own pages (the popup)
// and its background context. Firefox's remote debugging protocol, on the port `web-ext run` already opened: a
// watcher announces the add-on's frames (background page, extension pages in tabs), and expressions are
// evaluated in them. Our own small connection (length-prefixed JSON packets), so replies and events from one
// actor can be told apart.
import { connect, type Socket } from 'node:net';

type Packet = Record<string, unknown> & { from?: string; type?: string };
interface Target {
  consoleActor?: string;
  url?: string;
}

export class FirefoxRdp {
  private buffer = Buffer.alloc(0);
  private readonly waiting: Array<{ test: (p: Packet) => boolean; resolve: (p: Packet) => void }> = [];
  private readonly seen: Packet[] = [];
  private readonly targets: Target[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => this.onData(data));
  }

  /** Connects to the debugging port and starts watching the add-on's frames. */
  static async forAddon(port: number, addonId: string): Promise<FirefoxRdp> {
    const rdp = new FirefoxRdp(connect({ port, host: '127.0.0.1' }));
    await rdp.next((p) => p.from === 'root', 10_000);
    const { addons } = (await rdp.request('root', 'listAddons')) as unknown as { addons: Array<{ id: string; actor: string }> };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} is not installed`);
    const watcher = String((await rdp.request(addon.actor, 'getWatcher')).actor);
    await rdp.request(watcher, 'watchTargets', { targetType: 'frame' }, (p) => p.type !== 'target-available-form');
    return rdp;
  }

  close(): void {
    this.socket.end();
  }

  /** Evaluates an expression (awaited when it is a promise) in the add-on frame whose address matches; it must give a string. */
  async evaluate(frame: RegExp, expression: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let target = this.targets.find((t) => frame.test(t.url ?? ''));
    while (!target?.consoleActor) {
      if (Date.now() > deadline) throw new Error(`no add-on frame matches ${frame}; frames: ${JSON.stringify(this.targets.map((t) => t.url))}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      target = this.targets.find((t) => frame.test(t.url ?? ''));
    }
    const { resultID } = await this.request(target.consoleActor, 'evaluateJSAsync', { text: expression, mapped: { await: true } }, (p) => p.type !== 'evaluationResult');
    const result = await this.next((p) => p.type === 'evaluationResult' && p.resultID === resultID, timeoutMs);
    if (result.exceptionMessage) throw new Error(String(result.exceptionMessage));
    return this.readString(result.result);
  }

  /** Sends a request and waits for the first packet from its actor that `done` accepts (the reply by default). */
  private async request(to: string, type: string, extra: Record<string, unknown> = {}, done: (p: Packet) => boolean = () => true): Promise<Packet> {
    const reply = this.next((p) => p.from === to && done(p), 15_000);
    const body = JSON.stringify({ to, type, ...extra });
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    const packet = await reply;
    if (packet.error) throw new Error(`${type} on ${to}: ${String(packet.error)} ${String(packet.message ?? '')}`);
    return packet;
  }

  /** A string result, fetched in full when Firefox sends a long one as an actor. */
  private async readString(value: unknown): Promise<string> {
    if (typeof value === 'string') return value;
    const long = value as { type?: string; actor?: string; length?: number };
    if (long?.type === 'longString' && long.actor) return String((await this.request(long.actor, 'substring', { start: 0, end: long.length })).substring);
    throw new Error(`not a string: ${JSON.stringify(value)}`);
  }

  private next(test: (p: Packet) => boolean, timeoutMs: number): Promise<Packet> {
    const found = this.seen.findIndex(test);
    if (found >= 0) return Promise.resolve(this.seen.splice(found, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from Firefox')), timeoutMs);
      this.waiting.push({ test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  private onData(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (packet.type === 'target-available-form') {
        this.targets.push((packet.target ?? {}) as Target);
        continue;
      }
      const waiter = this.waiting.findIndex((w) => w.test(packet));
      if (waiter >= 0) this.waiting.splice(waiter, 1)[0]!.resolve(packet);
      else this.seen.push(packet);
    }
  }
}
