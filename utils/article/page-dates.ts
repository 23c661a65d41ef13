/**
 * Publication dates come in every spelling; we return one of two: an ISO 8601 instant in UTC
 * (`2021-11-01T09:52:50.000Z`) when the page gives a time, or an ISO calendar date
 * (`2021-11-01`) when it gives only a day (inventing a midnight in some zone would be a guess).
 * A time written without a zone is taken as UTC unless a zone hint (such as the `EDT` printed
 * beside a `<time>`) says otherwise: UTC keeps the result independent of the machine reading it.
 */

import { printedDate } from './dateline';

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b/;
const HAS_TIME = /\d:\d\d/;
/** Zone abbreviations that name one offset (ET and PT do not: they depend on the season). */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};
/** Earliest and latest years we believe a web page's date. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function plausible(ms: number, dateOnly = false): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return dateOnly ? d.toISOString().slice(0, 10) : d.toISOString();
}

/** Offset in minutes of `+05:30`, `-0500`, `-500`, `Z`; undefined for no zone. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  // `-500` reads as -5:00, like `-0500` and `-05:00`; `Z`, `UTC` and `GMT` are 0.
  const m = /^([+-])(\d\d?):?(\d\d)?$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0)) : 0;
}

/** The zone named by an abbreviation in `text` (e.g. `04:01 PM EDT`), in minutes east of UTC. */
export function zoneHint(text: string | undefined): number | undefined {
  const m = text ? /\b([A-Z]{1,4}T|UTC|GMT)\b/.exec(text) : null;
  return m ? ZONES[m[1]] : undefined;
}

/**
 * The instant (or day) `value` names, as described above; undefined when it names none.
 * `hintMinutes` is the zone to assume when the value itself has none.
 */
export function toIsoInstant(value: string | undefined, hintMinutes?: number): string | undefined {
  const s = value?.trim().replace(/^"|"$/g, '');
  if (!s || s.length > 64) return undefined;
  if (/^\d{10}(\d{3})?$/.test(s)) return plausible(Number(s) * (s.length === 10 ? 1000 : 1));
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi = '0', sec = '0', frac = '0', zone] = m;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || Number(h ?? 0) > 24) return undefined;
    if (h === undefined) return plausible(Date.UTC(+y, +mo - 1, +d), true);
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec, Number(frac.slice(0, 3).padEnd(3, '0')));
    return plausible(ms - (offsetMinutes(zone) ?? hintMinutes ?? 0) * 60_000);
  }
  // RFC 2822, `Date.toString()` and "June 3, 2019 10:00 AM" spellings, only if they look like a
  // date; a day alone ("June 3, 2019") is read as printed (dateline.ts), engine-independently.
  if (!/\d{4}/.test(s) || !/\p{L}{3}/u.test(s)) return undefined;
  if (!HAS_TIME.test(s)) return printedDate(s);
  const zoned = HAS_ZONE.test(s) ? s.replace(/\s*\([^)]*\)\s*$/, '') : `${s} UTC`;
  const ms = Date.parse(zoned);
  return plausible(HAS_ZONE.test(s) ? ms : ms - (hintMinutes ?? 0) * 60_000);
}
