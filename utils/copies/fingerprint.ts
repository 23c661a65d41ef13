/**
 * Text fingerprints for spotting the same wire text under different sites: a headline or lead
 * folded to lower-case words without punctuation, so "U.N." and "UN", "China's" and "China’s",
 * or Title Case and sentence case read alike. Exact keys, so grouping costs one map look-up.
 */
import { stripDateline } from './attribution';

/** Fewer words than this and two headlines can match by chance ("Stocks fall"). */
const MIN_HEADLINE_WORDS = 5;
/** Leads are compared on their first words: later sentences are where carriers trim or add. */
const LEAD_WORDS = 20;
const MIN_LEAD_WORDS = 10;

/** Apostrophes, dots and quotes vanish inside words ("U.N." -> "un", "China’s" -> "chinas"). */
const DROPPED = new Set([0x2e, 0x27, 0x60, 0x22, 0xb4, 0x2018, 0x2019, 0x201c, 0x201d]);

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  (c > 127 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xa0 && c !== 0xab && c !== 0xbb);

/**
 * Lower-case words of `text`, at most `limit`, punctuation dropped or split on. One pass over the
 * characters: this runs for every article, so no Unicode regular expressions and no normalisation
 * (a copy carries the same accents as its source).
 */
function words(text: string, limit: number): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let cur = '';
  let start = 0;
  for (let i = 0; i <= lower.length && out.length < limit; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) continue;
    if (DROPPED.has(c) && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1)) && i > start) {
      cur += lower.slice(start, i);
    } else {
      cur += lower.slice(start, i);
      if (cur) out.push(cur);
      cur = '';
    }
    start = i + 1;
  }
  return out;
}

/** Desk slugs a wire puts before a headline and carriers keep or drop: "UPDATE 2-", "REFILE-", "APNewsBreak:". */
const DESK_SLUG = /^(?:(?:UPDATE \d+|REFILE|CORRECTED|RPT|WRAPUP(?: \d+)?|EXCLUSIVE|APNewsBreak|BREAKING)\s*[-:]\s*)+/i;
/** A desk's upper-case column name before a hyphen: "GRAINS-", "US STOCKS-", "PRECIOUS-" (not "US-China"). */
const DESK_COLUMN = /^[A-Z][A-Z .&]{2,24}-(?=[A-Z0-9])/;
/** " - Reuters", " | Yahoo News": a site's name after its headline, up to four words. */
const SITE_SUFFIX = /\s+[-–—|]\s+[^-–—|]{1,40}$/;

/** A lead is keyed on its first words: 400 characters hold them, and reading no further keeps this cheap. */
const LEAD_CHARS = 400;

/** The headline's key, or undefined when it is too short to tell copies from coincidence. */
export function headlineKey(title: string): string | undefined {
  let trimmed = title.replace(DESK_SLUG, '').replace(DESK_COLUMN, '');
  // Twice: "Headline - wistv.com - Columbia, South ...".
  for (let i = 0; i < 2; i++) trimmed = trimmed.replace(SITE_SUFFIX, (m) => (m.trim().split(/\s+/).length <= 5 ? '' : m));
  const w = words(trimmed, 60);
  return w.length >= MIN_HEADLINE_WORDS ? w.join(' ') : undefined;
}

/** The lead's key: its first words after any wire dateline, or undefined when too short. */
export function leadKey(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const w = words(stripDateline(description.slice(0, LEAD_CHARS)), LEAD_WORDS + 1);
  // A lead cut at 400 characters may end in half a word: compare only words the cut cannot reach.
  const usable = w.length > LEAD_WORDS || description.length <= LEAD_CHARS ? w.length : w.length - 1;
  return usable >= MIN_LEAD_WORDS ? w.slice(0, Math.min(LEAD_WORDS, usable)).join(' ') : undefined;
}
