/**
 * A short extractive summary of a story from its headlines and descriptions: the sentences
 * closest to the story's centroid, picked by maximal marginal relevance (Carbonell & Goldstein
 * 1998) so each adds something the others did not say. Every sentence keeps its outlet, so the
 * reader sees who said it.
 */
import { tokenize } from '../stories';

/** One summary sentence and where it comes from. */
export interface SummarySentence {
  text: string;
  outletId: string;
  url: string;
}

/** What the summary reads of each article. */
export interface SummaryArticle {
  url: string;
  outletId: string;
  title: string;
  description?: string;
}

export interface SummaryOptions {
  /** Sentences to return (fewer when the story has fewer distinct ones). Default 3. */
  count?: number;
  /** Relevance vs novelty in MMR: 1 = centrality only. Default 0.7. */
  lambda?: number;
}

const ABBREVIATION = /(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|U\.S|U\.K|U\.N|a\.m|p\.m)\.$/;
const MIN_WORDS = 4;
const MAX_WORDS = 60;
/** Sentences this similar to one already picked say the same thing. */
const REDUNDANT = 0.6;

/** Split a paragraph into sentences, not at "U.S." or "Mr.". */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, (m.index ?? 0) + 1))) continue;
    out.push(text.slice(start, end).trim());
    start = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

interface Candidate extends SummarySentence {
  vec: Map<string, number>;
}

function candidates(articles: readonly SummaryArticle[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const a of articles) {
    for (const raw of [a.title, ...splitSentences(a.description ?? '')]) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const words = text.split(' ').length;
      const key = text.toLowerCase();
      if (words < MIN_WORDS || words > MAX_WORDS || seen.has(key)) continue;
      seen.add(key);
      const vec = new Map<string, number>();
      for (const t of tokenize(text)) vec.set(t.term, (vec.get(t.term) ?? 0) + 1);
      if (vec.size) out.push({ text, outletId: a.outletId, url: a.url, vec });
    }
  }
  return out;
}

/** TF-IDF over the story's own sentences, unit length. */
function weigh(cands: Candidate[]): void {
  const df = new Map<string, number>();
  for (const c of cands) for (const t of c.vec.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = cands.length;
  for (const c of cands) {
    let norm = 0;
    for (const [t, tf] of c.vec) {
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
      c.vec.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [t, w] of c.vec) c.vec.set(t, w / norm);
  }
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/** Up to `count` central, non-redundant sentences, most central first. */
export function summarize(articles: readonly SummaryArticle[], options: SummaryOptions = {}): SummarySentence[] {
  const { count = 3, lambda = 0.7 } = options;
  if (count <= 0) return [];
  const cands = candidates(articles);
  if (cands.length === 0) return [];
  weigh(cands);
  const centroid = new Map<string, number>();
  for (const c of cands) for (const [t, w] of c.vec) centroid.set(t, (centroid.get(t) ?? 0) + w / cands.length);
  const centrality = cands.map((c) => dot(c.vec, centroid));

  const picked: number[] = [];
  const pick = (freshOutletsOnly: boolean): number => {
    const used = new Set(picked.map((j) => cands[j].outletId));
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      if (picked.includes(i) || (freshOutletsOnly && used.has(cands[i].outletId))) continue;
      const redundancy = Math.max(0, ...picked.map((j) => dot(cands[i].vec, cands[j].vec)));
      if (redundancy >= REDUNDANT) continue;
      const score = lambda * centrality[i] - (1 - lambda) * redundancy;
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    return best;
  };
  while (picked.length < count) {
    // Another outlet's sentence first: a summary in one outlet's words is that outlet's framing.
    let best = pick(true);
    if (best < 0) best = pick(false);
    if (best < 0) break;
    picked.push(best);
  }
  return picked.map((i) => ({ text: cands[i].text, outletId: cands[i].outletId, url: cands[i].url }));
}
