/**
 * Headline and description tokenizer: Unicode words, case and accent folding, stop words, a light
 * stemmer, numbers kept, and a flag on tokens that look like names (capitalised mid-sentence in
 * text that is not Title Case), since names and rare terms carry most of a news story's identity.
 * Chinese, Japanese and Thai words come from the segmenter (words.ts) and are kept as written.
 */
import { stem } from './stem';
import { guessFromMasks, isScriptStopWord, languageMask, stopWordBit } from './stopwords';
import { hasNoSpaceScript, type RawWord, rawWords, scriptLanguage } from './words';

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

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, strip accents, ß -> ss: "Élysée" -> "elysee". */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
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
    if (w.initial || w.script || w.text.length < 4 || startsDigit(w.text)) continue;
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

const HIRAGANA_ONLY = /^\p{sc=Hiragana}+$/u;

/**
 * The term of a word of a no-space script, or '' when it carries no story: NFKC folding (half-width
 * kana to full width; accents are part of Thai and kana, never stripped), no stemming. Words in
 * hiragana alone are particles and inflections in headlines. Single characters are dropped: mostly
 * counters (個, 件), function words (的, 在) and the pieces the segmenter leaves of a word its
 * dictionary lacks; on the real headlines in tests/fixtures/segmenter they linked unrelated
 * stories more often than they helped related ones (the loss: abbreviations such as 米, America).
 */
function scriptTerm(word: string): string {
  const term = word.normalize('NFKC');
  return term.length < 2 || HIRAGANA_ONLY.test(term) || isScriptStopWord(term) ? '' : term;
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
function wordInfo(w: string, script?: true): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    if (WORDS.size >= 50_000) WORDS.clear();
    // A no-space script word is never a Latin one, so both kinds share the map.
    if (script) info = { folded: scriptTerm(w), lower: false, mask: 0, en: undefined };
    else {
      const folded = fold(w);
      info = { folded, lower: hasLower(w), mask: languageMask(folded), en: undefined };
    }
    WORDS.set(w, info);
  }
  return info;
}

/** The stem of `word`, a word as `info` folds it or a form of it (commas dropped). */
function stemOf(info: WordInfo, word: string, lang: string): string {
  return lang === 'en' && word === info.folded ? (info.en ??= stem(word, 'en')) : stemCached(word, lang);
}

const SEGMENT_LOCALES = new Set(['zh', 'ja', 'th']);

/** The locale to segment `text` in: the language given when it is one of those scripts', else the script's. */
function segmentLocale(text: string, lang: string | undefined): string {
  return lang !== undefined && SEGMENT_LOCALES.has(lang) ? lang : scriptLanguage(text);
}

/** Tokens of `text` in order, stop words dropped, stemmed, duplicates kept. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const segmented = hasNoSpaceScript(text);
  const words = rawWords(text, segmented ? segmentLocale(text, options.lang) : undefined);
  const n = words.length;
  const infos = new Array<WordInfo>(n);
  const lower = new Array<boolean>(n);
  // One lookup per word serves both the language guess and the stop-word test.
  const masks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = wordInfo(words[i].text, words[i].script));
    lower[i] = info.lower;
    masks[i] = info.mask;
  }
  // Latin words inside Chinese, Japanese or Thai text are brands and names ("Apple Watch"): read
  // as the script's language, as the outlet's feed would say, they are not stemmed as English.
  const lang = options.lang ?? (segmented ? scriptLanguage(text) : (guessFromMasks(masks) ?? 'en'));
  const stopBit = stopWordBit(lang);
  const caseInformative = capitalsAreInformative(words, lower);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const { text: original, initial, script } = words[i];
    const info = infos[i];
    if (script) {
      if (info.folded) tokens.push({ term: info.folded, name: false, number: false });
      continue;
    }
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
  const infos = words.map((w) => wordInfo(w));
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
