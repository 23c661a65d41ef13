/**
 * From text to words as written: runs of letters and digits split at spaces and punctuation, dotted
 * and apostrophe forms taken apart, and runs in scripts written without spaces (Chinese, Japanese,
 * Thai) split into words by the platform's `Intl.Segmenter`, which Chromium, Firefox and Node all
 * ship with dictionaries for those scripts.
 */

/** A word as written, and whether a sentence starts with it. */
export interface RawWord {
  text: string;
  initial: boolean;
  /** A word of a script written without spaces: no case, no stemmer, its own stop words. */
  script?: true;
}

// A word: letters, marks and digits, joined by inner dots or apostrophes ("U.S", "1.8", "Biden's").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[.'’]|,(?=\p{N}{3}))[\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /^\p{N}/u;
const ELIDED = /^(?:l|d|j|n|s|c|m|t|qu|dell|all|dall|nell|sull)$/;
/** Scripts written without spaces between words. Korean and the others read here use spaces. */
const NO_SPACE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const THAI = /\p{sc=Thai}/u;

/** Whether `text` holds a script written without spaces, so its words need a segmenter. */
export function hasNoSpaceScript(text: string): boolean {
  return NO_SPACE.test(text);
}

/** The language a no-space script says a text is in: kana is Japanese, Thai script Thai, Han alone Chinese. */
export function scriptLanguage(text: string): string {
  return KANA.test(text) ? 'ja' : THAI.test(text) ? 'th' : 'zh';
}

// Building a segmenter loads its dictionaries: one per locale, kept for the worker's life.
const SEGMENTERS = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let out = SEGMENTERS.get(locale);
  if (out === undefined) {
    out = new Intl.Segmenter(locale, { granularity: 'word' });
    SEGMENTERS.set(locale, out);
  }
  return out;
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

/**
 * Split a run of letters that holds a no-space script into its words. The segmenter also splits
 * at a change of script, so a brand or number inside the run ("Microsoftが2022年…") comes out as a
 * word of its own and is read as any other Latin word or number.
 */
function pushSegmented(run: string, initial: boolean, locale: string, out: RawWord[]): void {
  let first = initial;
  for (const s of segmenter(locale).segment(run)) {
    if (!s.isWordLike) continue;
    if (NO_SPACE.test(s.segment)) out.push({ text: s.segment, initial: first, script: true });
    else pushWord(s.segment, first, out);
    first = false;
  }
}

/**
 * The words of `text` in order. `segmentLocale` is given when the text holds a no-space script:
 * the locale its runs are segmented in (a run's own script decides where it is not Han alone).
 */
export function rawWords(text: string, segmentLocale?: string): RawWord[] {
  const out: RawWord[] = [];
  let last = 0;
  let initial = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const idx = m.index;
    // Most gaps are one space: only longer ones can hold a sentence end.
    if ((idx > last + 1 || (idx === last + 1 && text.charCodeAt(last) !== 32)) && endsSentence(text, last, idx)) initial = true;
    if (segmentLocale !== undefined && NO_SPACE.test(m[0])) {
      const own = scriptLanguage(m[0]);
      pushSegmented(m[0], initial, own === 'zh' ? segmentLocale : own, out);
    } else pushWord(m[0], initial, out);
    initial = false;
    last = idx + m[0].length;
  }
  return out;
}
