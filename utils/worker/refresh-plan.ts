/**
 * Which feeds a refresh reads, and in what order. Only feeds whose host the reader granted are
 * read: no request goes to a host the reader did not allow. The reader's own countries come first
 * (their news is what they open first), feeds that failed last time come last (they are the ones
 * that time out), and feeds on one host are spread apart, so that parallel requests go to
 * different servers.
 */
import { feedUrlsOf } from '../access';
import type { FeedHealthMap } from '../feeds/health';
import type { FeedToRefresh } from '../feeds/refresh-feeds';
import type { Outlet } from '../model';

export interface RefreshPlanInput {
  outlets: readonly Outlet[];
  /** May this URL be fetched? (the grants) */
  allows(url: string): boolean;
  /** Countries read first, e.g. the browser's region. */
  preferredCountries: readonly string[];
  health: FeedHealthMap;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** Takes one feed from each host in turn, keeping each host's own order. */
function spreadByHost(sources: FeedToRefresh[]): FeedToRefresh[] {
  const byHost = new Map<string, FeedToRefresh[]>();
  for (const s of sources) byHost.set(hostOf(s.url), [...(byHost.get(hostOf(s.url)) ?? []), s]);
  const queues = [...byHost.values()];
  const out: FeedToRefresh[] = [];
  for (let round = 0; out.length < sources.length; round++) for (const q of queues) if (round < q.length) out.push(q[round]);
  return out;
}

export function planRefresh({ outlets, allows, preferredCountries, health }: RefreshPlanInput): FeedToRefresh[] {
  const preferred = new Set(preferredCountries.map((c) => c.toUpperCase()));
  const groups: FeedToRefresh[][] = [[], [], [], []];
  const seen = new Set<string>();
  for (const o of outlets) {
    for (const url of feedUrlsOf(o)) {
      if (seen.has(url) || !allows(url)) continue;
      seen.add(url);
      const failing = (health[url]?.consecutiveFailures ?? 0) > 0;
      groups[(preferred.has(o.country) ? 0 : 2) + (failing ? 1 : 0)].push({ id: url, outletId: o.id, url });
    }
  }
  // Failing feeds of the reader's own countries still come before the rest of the world's.
  return [spreadByHost([...groups[0]]), groups[1], spreadByHost([...groups[2]]), groups[3]].flat();
}
