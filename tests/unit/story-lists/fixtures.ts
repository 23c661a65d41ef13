import type { BiasOrUnrated } from '../../../utils/model';
import type { StoryDigest } from '../../../utils/story-lists/digest';

export const H = 3_600_000;
export const NOW = Date.UTC(2026, 10, 30, 12);

/** A digest with the given outlets per bias (blindspot fields as the digest would compute them). */
export function digest(id: string, patch: Partial<StoryDigest> & { biases?: Partial<Record<BiasOrUnrated, number>> } = {}): StoryDigest {
  const b = patch.biases ?? { center: 1 };
  const keys: BiasOrUnrated[] = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'];
  const outlets = keys.reduce((n, k) => n + (b[k] ?? 0), 0);
  const left = (b.left ?? 0) + (b['lean-left'] ?? 0);
  const right = (b['lean-right'] ?? 0) + (b.right ?? 0);
  const rated = outlets - (b.unrated ?? 0);
  return {
    id,
    title: `Story ${id}`,
    headlines: [`Story ${id}`],
    first: NOW - 2 * H,
    last: NOW - H,
    outlets,
    articles: outlets,
    bias: keys.map((key) => ({ key, count: b[key] ?? 0, percent: outlets ? Math.round(((b[key] ?? 0) * 100) / outlets) : 0 })),
    blindspot: { side: null, judged: rated >= 5, left, right, center: b.center ?? 0, rated, verdict: '' },
    countries: ['US'],
    languages: ['en'],
    ...patch,
  };
}
