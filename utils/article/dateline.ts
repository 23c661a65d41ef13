/**
 * Dates printed for people, just under a headline: "By Ana Ruiz, 3 May 2024", "Dec. 22, 2016",
 * "2019年4月4日", "15.05.2020". Read to the day only: the printed time's zone is rarely stated.
 */

/** English, French, German and Spanish month names (and their usual abbreviations). */
const MONTHS: [RegExp, number][] = [
  [/^(jan|janv|januar|enero|ene)/, 1],
  [/^(feb|fév|fev|februar|febrero)/, 2],
  [/^(mar|mär|marz|mars|marzo)/, 3],
  [/^(apr|avr|abr)/, 4],
  [/^(may|mai|mayo)/, 5],
  [/^(jun|juin)/, 6],
  [/^(jul|juil)/, 7],
  [/^(aug|aoû|aou|ago)/, 8],
  [/^(sep|set)/, 9],
  [/^(oct|okt)/, 10],
  [/^(nov)/, 11],
  [/^(dec|déc|dez|dic)/, 12],
];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(w))?.[1];
}

/** textContent runs blocks together ("2024The"), so digit lookarounds stand in for \b. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number, number] | undefined][] = [
  [/(?<!\d)((?:19|20)\d\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?!\d)/, (m) => [+m[1], +m[2], +m[3]]],
  [/((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => [+m[1], +m[2], +m[3]]],
  [/(?<!\d)(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/((?:19|20)\d\d)(?!\d)/, (m) => [+m[3], +m[1], +m[2]]],
  [/(?<!\d)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?!\d)/, (m) => [+m[3], +m[2], +m[1]]],
  [/(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)/u, (m) => (monthOf(m[1]) ? [+m[3], monthOf(m[1])!, +m[2]] : undefined)],
  [/(?<!\d)(\d{1,2})\.?\s+(\p{L}{3,9})\.?\s+((?:19|20)\d\d)(?!\d)/u, (m) => (monthOf(m[2]) ? [+m[3], monthOf(m[2])!, +m[1]] : undefined)],
];

/** The first date printed in `text`, as `YYYY-MM-DD`; undefined when it prints none. */
export function printedDate(text: string): string | undefined {
  let best: { at: number; day: string } | undefined;
  for (const [re, toParts] of PATTERNS) {
    const m = re.exec(text);
    const parts = m && toParts(m);
    if (!m || !parts || (best && best.at <= m.index)) continue;
    const [y, mo, d] = parts;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) continue;
    best = { at: m.index, day: date.toISOString().slice(0, 10) };
  }
  return best?.day;
}
