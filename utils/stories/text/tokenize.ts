/**
 * Headline and description tokenizer: Unicode words, case and accent folding, stop words, a light
 * stemmer, numbers kept, and a flag on tokens that look like names (capitalised mid-sentence in
 * text that is not Title Case), since names and rare terms carry most of a news story's identity.
 */
import { stem } from './stem';
import { guessFromMasks, languageMask, stopWordBit } from './stopwords';

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

/** Lower-case, strip accents, ß -> ss: "Élysée" -> "elysee". */
function fold(text: string): string {
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

const SPACE = /\s/;

/** Whether the gap text[from, to) between two words ends a sentence: a stop, then only spaces. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i]))) continue;
    break;
  }
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59; // . ! ? : ;
}

function pushWord(raw: string, initial: boolean, out: RawWord[]): void {
  if (raw.includes('.') || raw.includes("'") || raw.includes('’')) splitWord(raw, initial, out);
  else out.push({ text: raw, initial });
}

function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  let last = 0;
  let initial = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const idx = m.index;
    // Most gaps are one space: only longer ones can hold a sentence end.
    if ((idx > last + 1 || (idx === last + 1 && text.charCodeAt(last) !== 32)) && endsSentence(text, last, idx)) initial = true;
    pushWord(m[0], initial, out);
    initial = false;
    last = idx + m[0].length;
  }
  return out;
}

// Character classes with ASCII fast paths: the regexes are Unicode-aware and cost more than the
// comparisons for the words most headlines are made of.
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
}

function startsDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(w);
}

function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(w);
  }
  return false;
}

/**
 * In Title Case or ALL CAPS text every word is capitalised, so capitals say nothing about names.
 * Judged on longer words only: short function words stay lower case in many house styles.
 */
function capitalsAreInformative(words: readonly RawWord[], lower: readonly boolean[]): boolean {
  let long = 0;
  let caps = 0;
  let anyLower = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (lower[i]) anyLower = true;
    if (w.initial || w.text.length < 4 || startsDigit(w.text)) continue;
    long++;
    if (startsUpper(w.text)) caps++;
  }
  return anyLower && (long === 0 || caps / long <= 0.6);
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

/** What the tokenizer needs to know of a word as written, whatever the text around it. */
interface WordInfo {
  folded: string;
  lower: boolean;
  mask: number;
  /** Its English stem, once asked for (English is most of what the index reads). */
  en: string | undefined;
}

// Headlines reuse a small vocabulary: one lookup of the word as written replaces folding it,
// testing its case and looking it up as a stop word; and the folded string kept here is the same
// object every time, so the stem lookup that follows does not hash it again.
const WORDS = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    if (WORDS.size >= 50_000) WORDS.clear();
    const folded = fold(w);
    info = { folded, lower: hasLower(w), mask: languageMask(folded), en: undefined };
    WORDS.set(w, info);
  }
  return info;
}

/** The stem of `word`, a word as `info` folds it or a form of it (commas dropped). */
function stemOf(info: WordInfo, word: string, lang: string): string {
  return lang === 'en' && word === info.folded ? (info.en ??= stem(word, 'en')) : stemCached(word, lang);
}

/** Tokens of `text` in order, stop words dropped, stemmed, duplicates kept. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const words = rawWords(text);
  const n = words.length;
  const infos = new Array<WordInfo>(n);
  const lower = new Array<boolean>(n);
  // One lookup per word serves both the language guess and the stop-word test.
  const masks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = wordInfo(words[i].text));
    lower[i] = info.lower;
    masks[i] = info.mask;
  }
  const lang = options.lang ?? guessFromMasks(masks) ?? 'en';
  const stopBit = stopWordBit(lang);
  const caseInformative = capitalsAreInformative(words, lower);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text: original, initial } = words[i];
    const info = infos[i];
    const comma = info.folded.includes(',');
    const word = comma ? info.folded.replace(/,/g, '') : info.folded;
    if (!word) continue;
    const c = word.charCodeAt(0);
    const number = (c >= 48 && c <= 57) || (c > 127 && DIGIT.test(word));
    // "US" in a sentence-case headline is the country, not the pronoun.
    const acronym = caseInformative && original.length >= 2 && !lower[i] && !number;
    if (!number && !acronym && (word.length < 2 || ((comma ? languageMask(word) : masks[i]) & stopBit) !== 0)) continue;
    const name = acronym || (caseInformative && !initial && startsUpper(original));
    tokens.push({ term: number || acronym ? word : stemOf(info, word, lang), name, number });
  }
  return tokens;
}

const PLAIN = /^[a-z]+$/;

/**
 * Tokens of words already split and lower-cased, such as a URL slug's: the same tokens as
 * `tokenize(words.join(' '))`, without re-reading the text when every word is plain ASCII letters.
 */
export function tokenizeWords(words: readonly string[], options: TokenizeOptions = {}): Token[] {
  if (!words.every((w) => PLAIN.test(w))) return tokenize(words.join(' '), options);
  const infos = words.map(wordInfo);
  const lang = options.lang ?? guessFromMasks(infos.map((info) => info.mask)) ?? 'en';
  const stopBit = stopWordBit(lang);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const info = infos[i];
    if (words[i].length < 2 || (info.mask & stopBit) !== 0) continue;
    tokens.push({ term: stemOf(info, words[i], lang), name: false, number: false });
  }
  return tokens;
}
