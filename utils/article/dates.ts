/**
 * Publication dates come in every spelling; we return one: an ISO 8601 instant in UTC
 * (`2021-11-01T09:52:50.000Z`). A time written without a zone is taken as UTC: the page does not
 * say which zone it means, and UTC keeps the result independent of the machine reading it.
 */

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b/;
/** Earliest and latest years we believe a web page's date. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function plausible(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? d.toISOString() : undefined;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

/** The instant `value` names, as an ISO string in UTC; undefined when it names none. */
export function toIsoInstant(value: string | undefined): string | undefined {
  const s = value?.trim();
  if (!s || s.length > 64) return undefined;
  if (/^\d{10}(\d{3})?$/.test(s)) return plausible(Number(s) * (s.length === 10 ? 1000 : 1));
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 24) return undefined;
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec, Number(frac.slice(0, 3).padEnd(3, '0')));
    return plausible(ms - zoneOffsetMinutes(zone) * 60_000);
  }
  // RFC 2822 and the "June 3, 2019 10:00 AM" spellings some CMSs print; only if they look like a date.
  if (!/\d{4}/.test(s) || !/[a-z]{3}/i.test(s)) return undefined;
  return plausible(Date.parse(HAS_ZONE.test(s) ? s : `${s} UTC`));
}
