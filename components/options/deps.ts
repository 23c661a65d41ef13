import type { MessageType, Protocol } from '../../utils/messages';

/**
 * Everything the options page reaches outside itself, passed in so tests give fakes: the worker,
 * the permissions API, the network, disk estimates, downloads and the clock.
 */
export interface OptionsDeps {
  send: <T extends MessageType>(type: T, payload: Protocol[T]['payload']) => Promise<Protocol[T]['reply']>;
  /** `browser.permissions.request({ origins })`. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** The fetch custom feeds are checked with; the global one by default. */
  fetch?: typeof fetch;
  /** `navigator.storage.estimate()`. */
  estimateStorage(): Promise<{ usage?: number; quota?: number }>;
  /** Saves text as a file. */
  download(filename: string, text: string): void;
  now(): number;
  /** How often the index status is asked for while the page is open. Default 1000 ms. */
  pollMs?: number;
}
