/**
 * Per-source health: when a feed was last tried and last worked, why it failed, and when it
 * may be tried again. Failing sources back off exponentially so a dead feed costs little.
 * Pure: every function returns a new record.
 */

/** Health of one feed source, kept by the caller between refreshes (all times epoch ms). */
export interface SourceHealth {
  /** When the source was last fetched, whatever came of it. */
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
  /** The source is not fetched before this time (backoff after failures). */
  nextAllowed: number;
}

/** Health of every source, by source id. */
export type SourceHealthMap = Record<string, SourceHealth>;

/** First wait after a failure. */
export const BACKOFF_BASE_MS = 30 * 60 * 1000;
/** Longest wait: a dead feed is still tried once a day, in case it comes back. */
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;

/** Health of a source never tried. */
export function initialHealth(): SourceHealth {
  return { lastAttempt: null, lastSuccess: null, lastError: null, consecutiveFailures: 0, itemsSeen: 0, nextAllowed: 0 };
}

/** Wait after `failures` failures in a row: 30 min, 1 h, 2 h... up to 24 h. */
export function backoffDelay(failures: number): number {
  if (failures <= 0) return 0;
  // Capping the exponent first keeps 2 ** n finite for any count.
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 16), BACKOFF_MAX_MS);
}

/** True when the source may be fetched at `now`. */
export function isDue(health: SourceHealth | undefined, now: number): boolean {
  return !health || health.nextAllowed <= now;
}

/**
 * After a fetch that worked. `download` is absent for a 304 (validators and item count stay);
 * `minIntervalMs` spaces out even healthy fetches when the caller wants it.
 */
export function recordSuccess(
  health: SourceHealth,
  now: number,
  download?: { itemsSeen: number; etag?: string; lastModified?: string },
  minIntervalMs = 0,
): SourceHealth {
  const next: SourceHealth = {
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
export function recordFailure(health: SourceHealth, now: number, error: string): SourceHealth {
  const consecutiveFailures = health.consecutiveFailures + 1;
  return {
    ...health,
    lastAttempt: now,
    lastError: error,
    consecutiveFailures,
    nextAllowed: now + backoffDelay(consecutiveFailures),
  };
}
