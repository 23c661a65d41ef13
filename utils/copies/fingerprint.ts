/**
 * Text fingerprints for spotting the same wire text under different sites: a headline or lead
 * folded to lower-case words without punctuation, so "U.N." and "UN", "China's" and "China’s",
 * or Title Case and sentence case read alike. Exact keys, so grouping costs one map look-up.
 */
import { stripDateline } from './attribution';

/** Fewer words than this and two headlines can match by chance ("Stocks fall"). */
export const MIN_HEADLINE_WORDS = 5;
/** Leads are compared on their first words: later sentences are where carriers trim or add. */
export const LEAD_WORDS = 20;
export const MIN_LEAD_WORDS = 10;

const DROP = /[.'’‘`´"“”]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** " - Reuters", " | Yahoo News": a site's name after its headline, up to four words. */
const SITE_SUFFIX = /\s+[-–—|]\s+[^-–—|]{1,40}$/;

function words(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.replace(DROP, '').replace(NON_WORD, ' ').trim().split(' ').filter(Boolean);
}

/** The headline's key, or undefined when it is too short to tell copies from coincidence. */
export function headlineKey(title: string): string | undefined {
  const trimmed = title.replace(SITE_SUFFIX, (m) => (m.trim().split(/\s+/).length <= 5 ? '' : m));
  const w = words(trimmed);
  return w.length >= MIN_HEADLINE_WORDS ? w.join(' ') : undefined;
}

/** The lead's key: its first words after any wire dateline, or undefined when too short. */
export function leadKey(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const w = words(stripDateline(description.replace(/^\s*by\s[^.]{0,80}?\s{2,}/i, '')));
  return w.length >= MIN_LEAD_WORDS ? w.slice(0, LEAD_WORDS).join(' ') : undefined;
}
