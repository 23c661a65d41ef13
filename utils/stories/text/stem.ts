/**
 * Light stemmers: inflection only (plurals, verb endings), never derivation, after Savoy's light
 * stemmers for European languages. Aggressive stemmers (Porter's full rule set) conflate words
 * that tell news stories apart ("university"/"universe", "general"/"generic"); headlines need
 * "votes"/"voted"/"voting" to meet, not more. Input is a folded (lower-case, accent-free) word.
 */

const MIN_STEM = 3;
const VOWEL = /[aeiouy]/;

function strip(word: string, suffix: string, keep = MIN_STEM): string | undefined {
  return word.length - suffix.length >= keep && word.endsWith(suffix) ? word.slice(0, -suffix.length) : undefined;
}

/** `runn` -> `run`, `stopp` -> `stop`: the doubling that -ing/-ed adds. */
function undouble(stem: string): string {
  const n = stem.length;
  return n > 3 && stem[n - 1] === stem[n - 2] && !VOWEL.test(stem[n - 1]) && !/[lsz]/.test(stem[n - 1]) ? stem.slice(0, -1) : stem;
}

function stemEnglish(w: string): string {
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}i`;
  else if (/(ss|us|is)$/.test(s)) {
    // keep: "press", "bus", "crisis"
  } else if (/(sses|[xz]es|[cs]hes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && s.length > 3) s = s.slice(0, -1);

  // A stem needs a vowel ("spring", "string" stay) and -ed must not split "speed" into "spe".
  const verb = strip(s, 'ing') ?? strip(s, 'ed');
  if (verb !== undefined && VOWEL.test(verb) && !verb.endsWith('e')) s = undouble(verb);

  // "policy"/"policies" both end in i; "vote"/"voted"/"votes" all lose the e.
  if (s.length > 3 && s.endsWith('y') && !VOWEL.test(s[s.length - 2])) s = `${s.slice(0, -1)}i`;
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

function stemGerman(w: string): string {
  // Plural -n only after -el/-er ("Regeln", "Mauern"): a bare -n strip would turn "Berlin" into "Berli".
  if (/e[lr]n$/.test(w) && w.length > 5) return w.slice(0, -1);
  for (const suffix of ['ern', 'em', 'en', 'er', 'es', 'e', 's']) {
    const s = strip(w, suffix, 4);
    if (s !== undefined) return s;
  }
  return w;
}

/** French, Spanish, Italian, Portuguese: plural -s/-es/-x, then the gender/number vowel. */
function stemRomance(w: string): string {
  let s = w;
  s = strip(s, 'es', 4) ?? strip(s, 's', 4) ?? strip(s, 'x', 4) ?? s;
  s = strip(s, 'a', 4) ?? strip(s, 'o', 4) ?? strip(s, 'e', 4) ?? strip(s, 'i', 4) ?? s;
  return s;
}

/** Stem one folded word for `lang` (BCP 47 primary subtag); unknown languages are left alone. */
export function stem(word: string, lang = 'en'): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  switch (lang) {
    case 'en':
      return stemEnglish(word);
    case 'de':
      return stemGerman(word);
    case 'fr':
    case 'es':
    case 'it':
    case 'pt':
      return stemRomance(word);
    default:
      return word;
  }
}
