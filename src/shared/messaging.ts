// Typed wrappers over runtime/tabs messaging, so no caller casts a reply.
import { browser } from './browser';
import type { Message, MessageType, Request, Response } from './messages';

export function sendToBackground<T extends MessageType>(type: T, request: Request<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...request } as Message<T>) as Promise<Response<T>>;
}

export function sendToTab<T extends MessageType>(tabId: number, type: T, request: Request<T>): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, { type, ...request } as Message<T>, { frameId: 0 }) as Promise<Response<T>>;
}

type Handlers = { [T in MessageType]?: (message: Message<T>, sender: import('./browser').Runtime.MessageSender) => Promise<Response<T>> | Response<T> };

/** Registers one listener that routes by `type`; unknown messages are left for other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: import("./browser").Runtime.MessageSender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const handler = handlers[type as MessageType] as (m: unknown, s: typeof sender) => unknown;
    return Promise.resolve(handler(message, sender));
  });
}
