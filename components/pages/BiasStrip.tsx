import type { BiasOrUnrated } from '../../utils/model';
import { BIAS_LABELS } from '../../utils/i18n/labels';
import type { KeyedShare } from '../../utils/views';
import { formatCount, t, uiLocale } from '../../utils/i18n/translate';

const listFormats = new Map<string, Intl.ListFormat>();

/** "Left 1, Center 2" as the UI language lists things (one formatter per language: a list holds hundreds of strips). */
function list(items: string[]): string {
  const lang = uiLocale();
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'unit', style: 'short' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

/** A story's bias mix in one thin bar; the words beside it are the screen reader's version. */
export function BiasStrip({ shares }: { shares: KeyedShare<BiasOrUnrated>[] }) {
  const shown = shares.filter((s) => s.count > 0);
  return (
    <span class="bias-strip-wrap">
      <span class="bias-strip" aria-hidden="true">
        {shown.map((s) => (
          <span key={s.key} class={`seg bias-${s.key}`} style={{ flexGrow: s.count }} />
        ))}
      </span>
      <span class="visually-hidden">{t('pages_biasStrip', list(shown.map((s) => t('pages_biasStripItem', BIAS_LABELS[s.key], formatCount(s.count)))))}</span>
    </span>
  );
}
