/**
 * Headline and description tokenizer: Unicode words, case and accent folding, stop words, a light
 * stemmer, numbers kept, and a flag on tokens that look like names (capitalised mid-sentence in
 * text that is not Title Case), since names and rare terms carry most of a news story's identity.
 */
import { stem } from './stem';
import { guessLanguage, STOPWORDS } from './stopwords';

/** One kept token: its term (folded, stemmed) and what kind of word it came from. */
export interface Token {
  term: string;
  /** Capitalised inside a sentence-case text, or an acronym: a person, place, body or brand. */
  name: boolean;
  number: boolean;
}

export interface TokenizeOptions {
  /** BCP 47 primary language subtag; guessed from stop words when absent. */
  lang?: string;
}

// A word: letters, marks and digits, joined by inner dots or apostrophes ("U.S", "1.8", "Biden's").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[.'’]|,(?=\p{N}{3}))[\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const NON_ASCII = /[^\x00-\x7f]/;
const ELIDED = /^(?:l|d|j|n|s|c|m|t|qu|dell|all|dall|nell|sull)$/;
const SENTENCE_END = /[.!?:;]\s*$/;

/** Lower-case, strip accents, ß -> ss: "Élysée" -> "elysee". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

interface RawWord {
  text: string;
  initial: boolean;
}

/** Split dotted and apostrophe forms: "U.S." -> "US", "Biden's" -> "Biden", "l'Élysée" -> "Élysée". */
function splitWord(raw: string, initial: boolean, out: RawWord[]): void {
  if (raw.includes('.')) {
    const parts = raw.split('.');
    if (parts.every((p) => p.length === 1 && !DIGIT.test(p))) return void out.push({ text: parts.join(''), initial });
    if (parts.every((p) => DIGIT.test(p))) return void out.push({ text: raw, initial });
    parts.forEach((p, i) => splitWord(p, initial && i === 0, out));
    return;
  }
  if (raw.includes("'") || raw.includes('’')) {
    const parts = raw.split(/['’]/);
    const last = parts[parts.length - 1].toLowerCase();
    if (last === 's' || last === 't') parts.pop();
    else if (parts.length === 2 && ELIDED.test(parts[0].toLowerCase())) parts.shift();
    return void out.push({ text: parts.join(''), initial });
  }
  out.push({ text: raw, initial });
}

function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  let last = 0;
  let initial = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const idx = m.index;
    // Most gaps are one space: only longer ones can hold a sentence end.
    if (idx > last + 1 || (idx === last + 1 && text.charCodeAt(last) !== 32)) {
      if (SENTENCE_END.test(text.slice(last, idx))) initial = true;
    }
    const raw = m[0];
    if (raw.includes('.') || raw.includes("'") || raw.includes('’')) splitWord(raw, initial, out);
    else out.push({ text: raw, initial });
    initial = false;
    last = idx + raw.length;
  }
  return out;
}

/**
 * In Title Case or ALL CAPS text every word is capitalised, so capitals say nothing about names.
 * Judged on longer words only: short function words stay lower case in many house styles.
 */
function capitalsAreInformative(words: readonly RawWord[]): boolean {
  let long = 0;
  let caps = 0;
  let lower = false;
  for (const w of words) {
    if (HAS_LOWER.test(w.text)) lower = true;
    if (w.initial || w.text.length < 4 || DIGIT.test(w.text)) continue;
    long++;
    if (UPPER.test(w.text)) caps++;
  }
  return lower && (long === 0 || caps / long <= 0.6);
}

// Headlines reuse a small vocabulary: remember stems (bounded, so a long-lived worker stays small).
const STEMS = new Map<string, string>();
function stemCached(word: string, lang: string): string {
  const key = lang === 'en' ? word : `${lang}:${word}`;
  let out = STEMS.get(key);
  if (out === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear();
    out = stem(word, lang);
    STEMS.set(key, out);
  }
  return out;
}

/** Tokens of `text` in order, stop words dropped, stemmed, duplicates kept. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const words = rawWords(text);
  const folded = words.map((w) => fold(w.text));
  const lang = options.lang ?? guessLanguage(folded) ?? 'en';
  const stop = STOPWORDS[lang] ?? STOPWORDS.en;
  const caseInformative = capitalsAreInformative(words);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text: original, initial } = words[i];
    const word = folded[i].includes(',') ? folded[i].replace(/,/g, '') : folded[i];
    if (!word) continue;
    const c = word.charCodeAt(0);
    const number = (c >= 48 && c <= 57) || (c > 127 && DIGIT.test(word));
    // "US" in a sentence-case headline is the country, not the pronoun.
    const acronym = caseInformative && original.length >= 2 && !HAS_LOWER.test(original) && !number;
    if (!number && !acronym && (word.length < 2 || stop.has(word))) continue;
    const name = acronym || (caseInformative && !initial && UPPER.test(original));
    tokens.push({ term: number || acronym ? word : stemCached(word, lang), name, number });
  }
  return tokens;
}
