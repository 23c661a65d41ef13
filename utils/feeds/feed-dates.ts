/**
 * Feed dates to ISO strings. Feeds write RFC 822 dates with every liberty (named zones,
 * no seconds, 12-hour clocks, month-first order, Portuguese or Italian month names) and
 * ISO 8601 dates with or without zones. Date.parse is not used: what it accepts differs
 * between engines. A date we cannot read, or one outside a plausible range, becomes null.
 */

/** Earliest plausible publication date: older dates are placeholders or garbage. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** How far ahead of the clock a date may be (time zone slop, scheduled posts). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Month numbers by name, abbreviation (first three letters) or French four-letter form. */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Portuguese, Spanish, Italian, French, German, Dutch abbreviations that differ from English.
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  ene: 1,
  dic: 12,
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  ott: 10,
  fév: 2,
  avr: 4,
  aoû: 8,
  déc: 12,
  mär: 3,
  mrz: 3,
  okt: 10,
  mei: 5,
  maa: 3,
  juin: 6,
  juil: 7,
  janv: 1,
  févr: 2,
};

/** Zone abbreviations seen in feeds, in minutes east of UTC. IST is taken as India's. */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  awst: 480,
  acst: 570,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
};

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

function offsetFrom(sign: string, hours: string, minutes = '0'): number {
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

function monthFrom(token: string): number | undefined {
  const word = token.replace(/\.$/, '');
  if (word.length < 3) return undefined;
  return MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)];
}

function expandYear(year: number): number {
  if (year >= 100) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Reads one token of an RFC 822-like date into `parts`; tokens that mean nothing are skipped. */
function readToken(token: string, parts: Parts, state: { pm?: boolean; am?: boolean }): void {
  let m: RegExpMatchArray | null;
  if ((m = token.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/))) {
    [parts.hour, parts.minute, parts.second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  } else if ((m = token.match(/^([+-])(\d{2}):?(\d{2})?$/))) {
    parts.offsetMinutes = offsetFrom(m[1], m[2], m[3]);
  } else if ((m = token.match(/^(?:gmt|utc)([+-])(\d{1,2}):?(\d{2})?$/))) {
    parts.offsetMinutes = offsetFrom(m[1], m[2], m[3]);
  } else if ((m = token.match(/^(\d{1,2})-([^\d-]+)-(\d{2,4})$/))) {
    parts.day = Number(m[1]);
    parts.month = monthFrom(m[2]);
    parts.year = expandYear(Number(m[3]));
  } else if ((m = token.match(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/))) {
    [parts.year, parts.month, parts.day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (/^\d{4}$/.test(token)) {
    parts.year = Number(token);
  } else if (/^\d{1,2}(st|nd|rd|th)?$/.test(token)) {
    const value = Number.parseInt(token, 10);
    if (parts.day === undefined) parts.day = value;
    else parts.year ??= expandYear(value);
  } else if (token === 'pm' || token === 'p.m.') {
    state.pm = true;
  } else if (token === 'am' || token === 'a.m.') {
    state.am = true;
  } else if (token in ZONES) {
    parts.offsetMinutes = ZONES[token];
  } else {
    // Month names; anything else (weekday names in any language) is ignored.
    parts.month = monthFrom(token) ?? parts.month;
  }
}

function fromIso(m: RegExpMatchArray): Parts {
  const zone = (m[7] ?? 'Z').toUpperCase();
  const offset = zone === 'Z' || zone === 'UTC' || zone === 'GMT' ? null : zone.match(/^([+-])(\d{2}):?(\d{2})?$/);
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3] ?? 1),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    offsetMinutes: offset ? offsetFrom(offset[1], offset[2], offset[3]) : 0,
  };
}

function fromRfc822(text: string): Parts {
  const parts: Parts = { hour: 0, minute: 0, second: 0, offsetMinutes: 0 };
  const state: { pm?: boolean; am?: boolean } = {};
  // A leading "word," is the weekday: Italian "mar," (martedì) must not be read as March.
  const body = text.toLowerCase().replace(/^[^\d\s,]+\.?,/, ' ');
  for (const token of body.split(/[\s,]+/)) if (token) readToken(token, parts, state);
  if (state.pm && parts.hour < 12) parts.hour += 12;
  if (state.am && parts.hour === 12) parts.hour = 0;
  return parts;
}

function toEpoch(p: Parts): number | null {
  const { year, month, day } = p;
  if (year === undefined || month === undefined || day === undefined) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || p.hour > 23 || p.minute > 59 || p.second > 60) return null;
  const local = Date.UTC(year, month - 1, day, p.hour, p.minute, Math.min(p.second, 59));
  // Date.UTC rolls 31 February over to March: reject instead.
  if (new Date(local).getUTCDate() !== day) return null;
  return local - p.offsetMinutes * 60_000;
}

/**
 * Parses a feed date to an ISO 8601 UTC string, or null when it is missing, unreadable, before
 * 1990 or more than a day after `now` (epoch ms). A date without a zone is taken as UTC.
 */
export function parseFeedDate(raw: string | undefined, now: number): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 100) return null;
  const iso = text.match(ISO);
  const epoch = toEpoch(iso ? fromIso(iso) : fromRfc822(text));
  if (epoch === null || Number.isNaN(epoch)) return null;
  if (epoch < EARLIEST || epoch > now + FUTURE_SLACK_MS) return null;
  return new Date(epoch).toISOString();
}
