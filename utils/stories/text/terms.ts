/**
 * From text to weighted terms: the raw weights an article brings to its story. The statistics
 * that turn them into TF-IDF belong to the story store (store/term-stats.ts).
 */
import { tokenize, tokenizeWords } from './tokenize';

/** How much each kind of evidence weighs in an article's term vector. */
export interface TermWeights {
  /** Weight of a term seen in the description only (a title term weighs 1). */
  description: number;
  /** Multiplier for names (capitalised mid-sentence, acronyms). */
  name: number;
  /** Multiplier for numbers ("2030", "1.8b"). */
  number: number;
  /** Weight of a word of the URL's slug. */
  slug: number;
}

/**
 * Names and numbers are kept as terms, and IDF already weighs them by rarity; an extra boost
 * measured worse on the labelled sets (it over-links stories about the same people), so it is 1.
 */
export const DEFAULT_TERM_WEIGHTS: TermWeights = { description: 0.5, name: 1, number: 1, slug: 0.5 };

/** A sparse term vector: parallel arrays, the shape stored and iterated fastest. */
export interface TermVector {
  terms: string[];
  weights: number[];
}

/**
 * The raw (pre-IDF) weights of an article's terms (title, description and URL slug): binary per
 * field, boosted for names and numbers.
 */
export function articleTerms(
  title: string,
  description: string | undefined,
  weights: TermWeights = DEFAULT_TERM_WEIGHTS,
  lang?: string,
  url?: string,
): TermVector {
  // Each term keeps its strongest occurrence: field weight times name/number boost.
  const acc = new Map<string, number>();
  const add = (text: string | string[], fieldWeight: number): void => {
    for (const tok of typeof text === 'string' ? tokenize(text, { lang }) : tokenizeWords(text, { lang })) {
      const w = fieldWeight * (tok.number ? weights.number : tok.name ? weights.name : 1);
      const prev = acc.get(tok.term);
      if (prev === undefined || w > prev) acc.set(tok.term, w);
    }
  };
  add(title, 1);
  if (description) add(leadOf(description, DESCRIPTION_WORDS), weights.description);
  if (url && weights.slug > 0) {
    const words = slugWordList(url);
    if (words.length) add(words, weights.slug);
  }
  const terms = [...acc.keys()];
  const out = [...acc.values()];
  return { terms, weights: out };
}

/**
 * Descriptions are read up to this many words. A feed's description runs from one sentence to the
 * whole article; the opening names the event, and the rest costs time (tokenizing is most of the
 * cost of an add) without measurably better stories on the labelled set that has descriptions.
 */
const DESCRIPTION_WORDS = 30;

/** The first `words` words of `text` (split on spaces). */
function leadOf(text: string, words: number): string {
  let end = -1;
  for (let k = 0; k < words; k++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

const SLUG_SEGMENT = /\p{L}[-_]|[-_]\p{L}/u;
const HAS_DIGIT_OR_HEX = /\d|^[0-9a-f]{12,}$/;

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The words of a URL's slug ("/2021/04/22/senate-passes-hate-crimes-bill.html" -> "senate passes
 * hate crimes bill"): editors write slugs for search engines, naming the event in plain words even
 * when the headline is a pun or an opinion. Numbers are dropped (dates, ids).
 */
function slugWordList(url: string): string[] {
  const out: string[] = [];
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return out;
  let end = url.length;
  for (const c of ['?', '#']) {
    const i = url.indexOf(c, start);
    if (i >= 0 && i < end) end = i;
  }
  for (const raw of url.slice(start + 1, end).split('/')) {
    const seg = raw.includes('%') ? safeDecode(raw) : raw;
    if (!SLUG_SEGMENT.test(seg)) continue;
    for (const w of seg.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/)) if (w && !HAS_DIGIT_OR_HEX.test(w)) out.push(w);
  }
  return out;
}
