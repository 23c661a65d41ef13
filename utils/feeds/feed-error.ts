/**
 * The one error type feed code throws. Its message is shown to readers as is (in the source
 * health panel), so it is written in plain words, never a stack trace or a parser's jargon.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True for a FeedError, also across module copies (bundles can load a module twice). */
export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError || (error instanceof Error && error.name === 'FeedError');
}
