/**
 * At most one action per tab per interval. Chromium reports every same-document navigation
 * (`history.pushState`) as a tab "loading", and a page can push hundreds a second: answering each
 * with storage writes floods the worker until it stops answering anyone.
 */
export function createTabThrottle(intervalMs: number, now: () => number = Date.now) {
  const last = new Map<number, number>();
  return {
    /** True when `tabId` may act now (and records that it did). */
    take(tabId: number): boolean {
      const at = now();
      const previous = last.get(tabId);
      if (previous !== undefined && at - previous < intervalMs) return false;
      // Tabs long quiet (or closed) are forgotten, so the map stays small.
      if (last.size >= 64) for (const [id, t] of last) if (at - t >= intervalMs) last.delete(id);
      last.set(tabId, at);
      return true;
    },
  };
}
