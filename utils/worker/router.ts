import type { Handlers, Message } from '../messages';
import { isMessage } from '../messages';

interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * The worker's one message listener. It answers only this extension's own pages and content
 * scripts, and it is an `async` function: Chromium's native `browser` namespace drops the reply of
 * a listener that does not return a real Promise.
 */
export function createRouter(handlers: Handlers, extensionId: string) {
  return async function route(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== extensionId) throw new Error('Parallax answers only its own pages.');
    if (!isMessage(message) || !(message.type in handlers)) throw new Error('Unknown message.');
    const { type, payload } = message as Message;
    const handler = handlers[type] as (p: unknown, s: { tabId?: number; url?: string }) => Promise<unknown>;
    try {
      return await handler(payload ?? {}, { tabId: sender.tab?.id, url: sender.url });
    } catch (error) {
      // Only a plain native Error crosses the message channel with its words intact (Dexie's
      // errors do not count as one there).
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(`Parallax: ${type} failed: ${message}`);
      throw new Error(message);
    }
  };
}
