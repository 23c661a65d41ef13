import { intlFor, t } from './i18n/translate';

/**
 * Dates, times, durations, sizes and percentages in the language of the words around them
 * (`uiLocale()`, the bundle's own tag), each formatter made once per language (`intlFor`).
 */
const relative = () => intlFor('relative', (lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'long' }));

/** "3 minutes ago", "5 hours ago", "2 days ago" (in the UI language); the date past a week. */
export function timeAgo(at: number, now: number = Date.now()): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return t('common_justNow');
  if (minutes < 60) return relative().format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative().format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days <= 7) return relative().format(-days, 'day');
  return formatDate(at);
}

/** How every date with its time reads (the e2e suite formats its expected dates with these too). */
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
};

export function formatDate(at: number): string {
  return intlFor('date', (lang) => new Intl.DateTimeFormat(lang, DATE_OPTIONS)).format(new Date(at));
}

/** The month of an ISO date ("2022-09-28"), as a rating's date reads: "Sep 2022", "sept. 2022"; the text itself if it is no date. */
export function formatMonth(isoDate: string): string {
  const at = Date.parse(isoDate.slice(0, 10));
  if (Number.isNaN(at)) return isoDate;
  return intlFor('month', (lang) => new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(at);
}

const unit = (name: 'minute' | 'hour' | 'day') =>
  intlFor(`unit-${name}`, (lang) => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' }));

/** "2 days 3 hr", "45 min": at most two units, in the UI language. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return unit('minute').format(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return [unit('hour').format(hours), ...(minutes % 60 ? [unit('minute').format(minutes % 60)] : [])].join(' ');
  const days = Math.floor(hours / 24);
  return [unit('day').format(days), ...(hours % 24 ? [unit('hour').format(hours % 24)] : [])].join(' ');
}

const SIZE_UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** `4404019` -> "4.2 MB" ("4,2 Mo" in French). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return intlFor('byte', (lang) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'short' })).format(bytes);
  let value = bytes / 1024;
  let step = 0;
  while (value >= 1024 && step < SIZE_UNITS.length - 1) {
    value /= 1024;
    step++;
  }
  const name = SIZE_UNITS[step];
  const digits = value >= 10 ? 0 : 1;
  return intlFor(
    `${name}-${digits}`,
    (lang) => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }),
  ).format(value);
}

/** A whole percentage as the UI language writes it: 48 → "48%" / "48 %". */
export function formatPercent(percent: number): string {
  return intlFor('percent', (lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(percent / 100);
}
