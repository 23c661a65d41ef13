/**
 * Per-feed health: when a feed was last tried and last worked, why it failed, and when it
 * may be tried again. Failing feeds back off exponentially so a dead feed costs little.
 * Pure: every function returns a new record.
 */

/** Health of one feed, kept by the caller between refreshes (all times epoch ms). */
export interface FeedHealth {
  /** When the feed was last fetched, whatever came of it. */
  lastAttempt: number | null;
  /** When a fetch last succeeded (a 304 counts). */
  lastSuccess: number | null;
  /** Why the last attempt failed, in plain words; null after a success. */
  lastError: string | null;
  /** Failures in a row since the last success. */
  consecutiveFailures: number;
  /** Items the feed listed at its last successful download (unchanged by a 304). */
  itemsSeen: number;
  /** Validators of the last saved download, sent back for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** The feed is not fetched before this time (backoff after failures). */
  nextAllowed: number;
}

/** Health of every feed, by feed id (its URL). */
export type FeedHealthMap = Record<string, FeedHealth>;

/** First wait after a failure. */
export const BACKOFF_BASE_MS = 30 * 60 * 1000;
/** Longest wait: a dead feed is still tried once a day, in case it comes back. */
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;

/** Health of a feed never tried. */
export function initialHealth(): FeedHealth {
  return { lastAttempt: null, lastSuccess: null, lastError: null, consecutiveFailures: 0, itemsSeen: 0, nextAllowed: 0 };
}

/** Wait after `failures` failures in a row: 30 min, 1 h, 2 h... up to 24 h. */
export function backoffDelay(failures: number): number {
  if (failures <= 0) return 0;
  // Capping the exponent first keeps 2 ** n finite for any count.
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 16), BACKOFF_MAX_MS);
}

/** True when the feed may be fetched at `now`. */
export function isDue(health: FeedHealth | undefined, now: number): boolean {
  return !health || health.nextAllowed <= now;
}

/**
 * After a fetch that worked. `download` is absent for a 304 (validators and item count stay);
 * `minIntervalMs` spaces out even healthy fetches when the caller wants it.
 */
export function recordSuccess(
  health: FeedHealth,
  now: number,
  download?: { itemsSeen: number; etag?: string; lastModified?: string },
  minIntervalMs = 0,
): FeedHealth {
  const next: FeedHealth = {
    ...health,
    lastAttempt: now,
    lastSuccess: now,
    lastError: null,
    consecutiveFailures: 0,
    nextAllowed: now + minIntervalMs,
  };
  if (download) {
    next.itemsSeen = download.itemsSeen;
    // Validators of a download we saved; a server that stopped sending them gets none back.
    next.etag = download.etag;
    next.lastModified = download.lastModified;
    if (next.etag === undefined) delete next.etag;
    if (next.lastModified === undefined) delete next.lastModified;
  }
  return next;
}

/** After a failed fetch, parse or save: the error is kept and the next try pushed back. */
export function recordFailure(health: FeedHealth, now: number, error: string): FeedHealth {
  const consecutiveFailures = health.consecutiveFailures + 1;
  return {
    ...health,
    lastAttempt: now,
    lastError: error,
    consecutiveFailures,
    nextAllowed: now + backoffDelay(consecutiveFailures),
  };
}
