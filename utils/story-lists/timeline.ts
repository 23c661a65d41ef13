/**
 * Articles over time for the story page's chart: equal time bins, each counting articles per
 * bias. The bin width is the smallest of a few readable steps that keeps the chart to 24 bars.
 */
import { BIASES, type BiasOrUnrated } from '../model';

const HOUR = 3_600_000;
const STEPS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 7 * 24 * HOUR, 30 * 24 * HOUR];
const MAX_BINS = 24;
export const TIMELINE_KEYS: readonly BiasOrUnrated[] = [...BIASES, 'unrated'];

interface TimelineBin {
  /** Epoch ms where the bin starts. */
  start: number;
  counts: Record<BiasOrUnrated, number>;
  total: number;
}

export interface Timeline {
  step: number;
  bins: TimelineBin[];
  /** The largest bin's total. */
  peak: number;
}

const zero = (): Record<BiasOrUnrated, number> => ({ left: 0, 'lean-left': 0, center: 0, 'lean-right': 0, right: 0, unrated: 0 });

export function timelineOf(articles: readonly { published: number; bias: BiasOrUnrated }[]): Timeline {
  if (articles.length === 0) return { step: HOUR, bins: [], peak: 0 };
  let first = Infinity;
  let last = -Infinity;
  for (const a of articles) {
    first = Math.min(first, a.published);
    last = Math.max(last, a.published);
  }
  const step = STEPS.find((s) => Math.floor(last / s) - Math.floor(first / s) < MAX_BINS) ?? STEPS[STEPS.length - 1];
  const origin = Math.floor(first / step) * step;
  const count = Math.floor((last - origin) / step) + 1;
  const bins: TimelineBin[] = Array.from({ length: count }, (_, i) => ({ start: origin + i * step, counts: zero(), total: 0 }));
  for (const a of articles) {
    const bin = bins[Math.min(count - 1, Math.floor((a.published - origin) / step))];
    bin.counts[a.bias]++;
    bin.total++;
  }
  return { step, bins, peak: Math.max(...bins.map((b) => b.total)) };
}
