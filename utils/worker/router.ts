import type { Handlers, Message } from '../messages';
import { CONTENT_MESSAGES, isMessage } from '../messages';
import { checkPayload } from './payloads';

interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * The worker's one message listener. It answers only this extension: its content script (in a
 * tab) for the page's article, and its own pages (`extensionOrigin`) for everything else. It is an
 * `async` function: Chromium's native `browser` namespace drops the reply of a listener that does
 * not return a real Promise.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async function route(message: unknown, sender: Sender): Promise<unknown> {
    if (sender.id !== extensionId) throw new Error('Parallax answers only its own pages.');
    if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) throw new Error('Unknown message.');
    const { type, payload } = message as Message;
    const fromOwnPage = sender.url?.startsWith(extensionOrigin) ?? false;
    if (CONTENT_MESSAGES.has(type) ? sender.tab?.id === undefined : !fromOwnPage) throw new Error(`"${type}" is not accepted from there.`);
    const handler = handlers[type] as (p: unknown, s: { tabId?: number; url?: string }) => Promise<unknown>;
    try {
      return await handler(checkPayload(type, payload), { tabId: sender.tab?.id, url: sender.url });
    } catch (error) {
      // Only a plain native Error crosses the message channel with its words intact (Dexie's
      // errors do not count as one there).
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(`Parallax: ${type} failed: ${message}`);
      throw new Error(message);
    }
  };
}
