import { type MessageKey, t } from '../i18n/translate';

/**
 * The one error type feed code throws. Its message is shown to readers as is (in the source
 * health panel), so it is written in plain words from the bundle, never a stack trace or a
 * parser's jargon; `code` names the message, so code tells failures apart without reading words.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: MessageKey;

  constructor(code: MessageKey, substitutions: (string | number)[] = [], options?: { cause?: unknown }) {
    super(t(code, ...substitutions), options);
    this.code = code;
  }
}

/** True for a FeedError, also across module copies (bundles can load a module twice). */
export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError || (error instanceof Error && error.name === 'FeedError');
}
