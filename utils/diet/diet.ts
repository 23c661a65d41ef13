/**
 * The reader's news diet, kept on this device only: which outlets' articles they opened, day by
 * day, and what that adds up to. Pure: the worker stores the entries (diet-store.ts) and turns
 * them into a `DietView` here. Percentages use largest remainders, so each mix adds to 100.
 */
import { BIASES, FACTUALITIES, type BiasOrUnrated, type FactualityOrUnrated } from '../model';
import { largestRemainder } from '../coverage';
import type { StoryDigest } from '../story-lists/digest';
import type { KeyedShare } from '../views';

const DAY = 86_400_000;
/** An entry expires this many days after the day it was made. */
const DIET_KEEP_DAYS = 90;

/** One article page the reader opened: the day, the outlet, the story (no URL, no time of day). */
export interface DietEntry {
  /** `${day}|${outletId}|${storyId}`: opening the same story at the same outlet twice a day counts once. */
  id: string;
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  outletId: string;
  /** The matched story, or '' when the article matched none. */
  storyId: string;
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function dietEntry(at: number, outletId: string, storyId: string | null): DietEntry {
  const day = dayKey(at);
  return { id: `${day}|${outletId}|${storyId ?? ''}`, day, outletId, storyId: storyId ?? '' };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Diet entries read from a file, or null when any is malformed (a bad file changes nothing). */
export function parseDietEntries(value: unknown): DietEntry[] | null {
  if (!Array.isArray(value)) return null;
  const out: DietEntry[] = [];
  for (const v of value) {
    const r = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    const { day, outletId, storyId } = r;
    if (typeof day !== 'string' || !DAY_KEY.test(day) || typeof outletId !== 'string' || !outletId || outletId.length > 200) return null;
    if (typeof storyId !== 'string' || storyId.length > 200) return null;
    out.push({ id: `${day}|${outletId}|${storyId}`, day, outletId, storyId });
  }
  return out;
}

/** The first day still kept at `now`: entries of earlier days have expired. */
export function firstKeptDay(now: number): string {
  return dayKey(now - (DIET_KEEP_DAYS - 1) * DAY);
}

export type Side = 'left' | 'center' | 'right';

/** What the diet shows of one period. */
export interface DietMix {
  days: number;
  reads: number;
  bias: KeyedShare<BiasOrUnrated>[];
  factuality: KeyedShare<FactualityOrUnrated>[];
  /** Most-read outlets, up to five. */
  topOutlets: { outletId: string; name: string; bias: BiasOrUnrated; reads: number }[];
  /** Reads of rated outlets per side (Left: left and lean left; Right: lean right and right). */
  sides: Record<Side, number>;
}

export interface OutletRatings {
  name: string;
  bias: BiasOrUnrated;
  factuality: FactualityOrUnrated;
}

function shares<K extends string>(keys: readonly K[], values: readonly K[]): KeyedShare<K>[] {
  const counts = keys.map((k) => values.filter((v) => v === k).length);
  const percents = largestRemainder(counts);
  return keys.map((key, i) => ({ key, count: counts[i], percent: percents[i] }));
}

function sideOf(bias: BiasOrUnrated): Side | null {
  if (bias === 'left' || bias === 'lean-left') return 'left';
  if (bias === 'lean-right' || bias === 'right') return 'right';
  return bias === 'center' ? 'center' : null;
}

/** The last `days` days up to `now` (today included), with the reader's current ratings. */
export function dietMix(entries: readonly DietEntry[], days: number, now: number, ratings: (outletId: string) => OutletRatings): DietMix {
  const since = dayKey(now - (days - 1) * DAY);
  const today = dayKey(now);
  const kept = entries.filter((e) => e.day >= since && e.day <= today);
  const rated = kept.map((e) => ({ e, r: ratings(e.outletId) }));
  const perOutlet = new Map<string, number>();
  for (const { e } of rated) perOutlet.set(e.outletId, (perOutlet.get(e.outletId) ?? 0) + 1);
  const sides: Record<Side, number> = { left: 0, center: 0, right: 0 };
  for (const { r } of rated) {
    const side = sideOf(r.bias);
    if (side) sides[side]++;
  }
  return {
    days,
    reads: kept.length,
    bias: shares<BiasOrUnrated>(
      [...BIASES, 'unrated'],
      rated.map(({ r }) => r.bias),
    ),
    factuality: shares<FactualityOrUnrated>(
      [...FACTUALITIES, 'unrated'],
      rated.map(({ r }) => r.factuality),
    ),
    topOutlets: [...perOutlet]
      .sort((a, b) => b[1] - a[1] || ratings(a[0]).name.localeCompare(ratings(b[0]).name))
      .slice(0, 5)
      .map(([outletId, reads]) => ({ outletId, name: ratings(outletId).name, bias: ratings(outletId).bias, reads })),
    sides,
  };
}

/**
 * The side the reader read least, or null with no rated reads. A tie goes to the Left, then the
 * Right, so the same diet always gets the same suggestion.
 */
export function leastReadSide(mix: DietMix): Side | null {
  if (mix.sides.left + mix.sides.center + mix.sides.right === 0) return null;
  const order: Side[] = ['left', 'right', 'center'];
  return order.reduce((least, side) => (mix.sides[side] < mix.sides[least] ? side : least), order[0]);
}

function sideCount(story: StoryDigest, side: Side): number {
  return side === 'left' ? story.blindspot.left : side === 'right' ? story.blindspot.right : story.blindspot.center;
}

/** Stories of today's list that `side` covered, most of that side's outlets first, skipping ones already read. */
export function suggestStories(today: readonly StoryDigest[], side: Side, read: ReadonlySet<string>, limit = 5): StoryDigest[] {
  return today
    .filter((s) => sideCount(s, side) > 0 && !read.has(s.id))
    .sort((a, b) => sideCount(b, side) - sideCount(a, side) || b.outlets - a.outlets || a.id.localeCompare(b.id))
    .slice(0, limit);
}
