/**
 * Honest counting: which outlets reported a story themselves and which only carried another's
 * report, in numbers and in words, and the articles a summary may quote (one of each copy
 * family, so no wire sentence is quoted twice). Coverage calls this once; every view reads it.
 */
import { detectCopies, type CopyInput, type CopyMark } from './detect';
import { formatCount, tn } from '../i18n/translate';

interface CarriedSource {
  /** "Reuters", or the outlet whose report others carried. */
  name: string;
  /** Outlets that only carried it. */
  outlets: number;
}

export interface Reporting {
  outlets: number;
  /** Outlets with at least one report of their own (a wire's own article counts). */
  reported: number;
  /** Outlets whose every article is a copy of, or based on, another's report. */
  carried: number;
  sources: CarriedSource[];
  /** Whether the bias and factuality mix and the blindspot count carriers too (the reader's setting). */
  countCarriers: boolean;
  /** "Covered by 6 outlets: 4 reported it, 2 carried the Reuters copy". */
  sentence: string;
  /** Which outlets the mix, the blindspot and the summary count, in words. */
  counted: string;
}

export interface HonestCoverage<T> {
  marks: Map<string, CopyMark>;
  /** Outlet ids that only carried copies. */
  carriers: Set<string>;
  reporting: Reporting;
  /** The articles a summary may quote. */
  summaryArticles: T[];
}

/** "Covered by 6 outlets: 4 reported it, 2 carried the Reuters copy" (or "copies (Reuters 2, AP 1)"). */
function sentenceOf(outlets: number, reported: number, sources: CarriedSource[], carriers: number): string {
  if (carriers === 0) return tn('copies_coveredOwnReports', outlets);
  if (sources.length === 1) return tn('copies_coveredCarriedOne', outlets, formatCount(reported), formatCount(carriers), sources[0].name);
  const list = sources.map((s) => `${s.name} ${formatCount(s.outlets)}`).join(', ');
  return tn('copies_coveredCarriedMany', outlets, formatCount(reported), formatCount(carriers), list);
}

/** Which outlets the mix, the blindspot and the summary count, in words. */
function countedOf(outlets: number, reported: number, carriers: number, countCarriers: boolean): string {
  if (carriers === 0) return tn('copies_countedAll', outlets);
  if (countCarriers) return tn('copies_countedWithCarriers', carriers, tn('common_outlets', outlets));
  return tn('copies_countedWithoutCarriers', carriers, tn('common_outlets', reported));
}

/** Honest counts of `kept` (the story's articles the reader keeps), with names from `name`. */
export function honestCoverage<T extends CopyInput>(
  kept: readonly T[],
  options: { countCarriers: boolean; name: (outletId: string) => string },
): HonestCoverage<T> {
  const { marks } = detectCopies(kept);
  const carried = (a: T) => {
    const kind = marks.get(a.url)?.kind;
    return kind === 'copy' || kind === 'based';
  };
  const byOutlet = new Map<string, T[]>();
  for (const a of kept) {
    const list = byOutlet.get(a.outletId);
    if (list) list.push(a);
    else byOutlet.set(a.outletId, [a]);
  }
  const carriers = new Set<string>();
  const bySource = new Map<string, number>();
  for (const [outletId, list] of byOutlet) {
    if (!list.every(carried)) continue;
    carriers.add(outletId);
    const mark = marks.get(list[0].url)!;
    const name = mark.wire?.name ?? options.name(mark.sourceOutletId);
    bySource.set(name, (bySource.get(name) ?? 0) + 1);
  }
  const sources = [...bySource].map(([name, outlets]) => ({ name, outlets })).sort((a, b) => b.outlets - a.outlets || a.name.localeCompare(b.name));
  const outlets = byOutlet.size;
  const reported = outlets - carriers.size;
  const sentence = sentenceOf(outlets, reported, sources, carriers.size);
  const counted = countedOf(outlets, reported, carriers.size, options.countCarriers);

  // One article of each copy family: its source when present, else its first carrier. A rewrite
  // keeps its own headline, without the lead it shares with the wire.
  const quoted = new Set<string>();
  const summaryArticles: T[] = [];
  const sources_ = new Set([...marks.values()].filter((m) => m.kind === 'original').map((m) => m.group));
  for (const a of kept) {
    const mark = marks.get(a.url);
    if (!mark || mark.kind === 'original') summaryArticles.push(a);
    else if (mark.kind === 'based') summaryArticles.push({ ...a, description: '' });
    else if (!sources_.has(mark.group) && !quoted.has(mark.group)) {
      quoted.add(mark.group);
      summaryArticles.push(a);
    }
  }
  return {
    marks,
    carriers,
    reporting: { outlets, reported, carried: carriers.size, sources, countCarriers: options.countCarriers, sentence, counted },
    summaryArticles,
  };
}
