/**
 * Honest counting: which outlets reported a story themselves and which only carried another's
 * report, in numbers and in words, and the articles a summary may quote (one of each copy
 * family, so no wire sentence is quoted twice). Coverage calls this once; every view reads it.
 */
import { detectCopies, type CopyInput, type CopyMark } from './detect';
import { tn } from '../i18n/translate';

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

function sourcesPhrase(sources: CarriedSource[]): string {
  if (sources.length === 1) return `the ${sources[0].name} copy`;
  return `copies (${sources.map((s) => `${s.name} ${s.outlets}`).join(', ')})`;
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
  const sentence =
    carriers.size === 0
      ? `Covered by ${tn('common_outlets', outlets)}, each with its own report`
      : `Covered by ${tn('common_outlets', outlets)}: ${reported} reported it, ${carriers.size} carried ${sourcesPhrase(sources)}`;
  const counted =
    carriers.size === 0
      ? `Counting all ${tn('common_outlets', outlets)}; none only carried a copy.`
      : options.countCarriers
        ? `The bias and factuality mix counts all ${tn('common_outlets', outlets)}, including the ${carriers.size} that only carried a copy (your setting); the summary quotes each report once; the blindspot counts every outlet that ran it.`
        : `The bias and factuality mix and the summary count the ${tn('common_outlets', reported)} that reported it themselves; the ${carriers.size} that only carried a copy ${carriers.size === 1 ? 'is' : 'are'} left out (the default; change it in settings). The blindspot counts every outlet that ran it: carrying a copy is still choosing to cover it.`;

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
