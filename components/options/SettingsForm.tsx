import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCount, type MessageKey, t } from '../../utils/i18n/translate';
import { safeHref } from '../../utils/safe-url';
import { INDEX_SETTINGS_LIMITS, type IndexSettings } from '../../utils/settings';
import { Notes, type Note } from './Notes';

export interface SettingsFormProps {
  value: IndexSettings;
  /** `browser.permissions.request({ origins })`, for the index URL's host. */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  onSave: (value: IndexSettings) => Promise<void>;
}

/** The numeric settings as the form shows them (the threshold in percent). */
const FIELDS: readonly { key: 'refreshMinutes' | 'retentionDays' | 'blindspotThreshold'; label: MessageKey; scale: number }[] = [
  { key: 'refreshMinutes', label: 'options_refreshMinutes', scale: 1 },
  { key: 'retentionDays', label: 'options_retentionDays', scale: 1 },
  { key: 'blindspotThreshold', label: 'options_blindspotThreshold', scale: 100 },
];
type Key = (typeof FIELDS)[number]['key'];
const INDEX_URL_EXAMPLE = 'https://example.org/parallax/latest.json';
const shown = (value: IndexSettings) => Object.fromEntries(FIELDS.map((f) => [f.key, String(Math.round(value[f.key] * f.scale))])) as Record<Key, string>;

/** Refresh interval, retention, blindspot threshold, and an optional index URL the reader trusts. */
export function SettingsForm({ value, requestOrigins, onSave }: SettingsFormProps) {
  const [numbers, setNumbers] = useState(() => shown(value));
  const [useUrl, setUseUrl] = useState(value.indexUrl !== '');
  const [url, setUrl] = useState(value.indexUrl);
  const [note, setNote] = useState<Note>();
  // Stored values changed elsewhere (an imported file, another tab) replace what the form shows.
  const shownFor = useRef(value);
  useEffect(() => {
    if (shownFor.current === value) return; // first render: typing may already have begun
    shownFor.current = value;
    setNumbers(shown(value));
    setUseUrl(value.indexUrl !== '');
    setUrl(value.indexUrl);
  }, [value]);

  const submit = (e: Event) => {
    e.preventDefault();
    const next: IndexSettings = { ...value, indexUrl: useUrl ? url.trim() : '' };
    for (const { key, label, scale } of FIELDS) {
      const n = Number(numbers[key]);
      const { min, max } = INDEX_SETTINGS_LIMITS[key];
      if (numbers[key].trim() === '' || !Number.isInteger(n) || n < min * scale || n > max * scale)
        return setNote({ ok: false, text: t('options_wholeNumber', t(label), formatCount(min * scale), formatCount(max * scale)) });
      next[key] = n / scale;
    }
    if (useUrl && !safeHref(next.indexUrl)) return setNote({ ok: false, text: t('options_indexUrlInvalid') });
    // Asked inside the click, before any await, so the browser shows its prompt.
    const origin = next.indexUrl ? new URL(next.indexUrl).origin : undefined;
    const allowed = origin ? requestOrigins([`${origin}/*`]) : Promise.resolve(true);
    void allowed
      .then(async (ok) => {
        if (!ok) return setNote({ ok: false, text: t('options_indexUrlDenied', origin ?? '') });
        await onSave(next);
        setNote({ ok: true, text: t('options_settingsSaved') });
      })
      .catch((error: unknown) => setNote({ ok: false, text: t('options_settingsNotSaved', error instanceof Error ? error.message : String(error)) }));
  };

  return (
    <form class="settings-form" aria-label={t('options_indexSettings')} onSubmit={submit}>
      {FIELDS.map(({ key, label, scale }) => (
        <label key={key}>
          {t(label)}
          <input
            type="number"
            inputMode="numeric"
            min={INDEX_SETTINGS_LIMITS[key].min * scale}
            max={INDEX_SETTINGS_LIMITS[key].max * scale}
            step={1}
            value={numbers[key]}
            onInput={(e) => setNumbers({ ...numbers, [key]: e.currentTarget.value })}
          />
        </label>
      ))}
      <fieldset>
        <legend>{t('options_staticIndexLegend')}</legend>
        <label class="inline">
          <input type="checkbox" checked={useUrl} onChange={(e) => setUseUrl(e.currentTarget.checked)} />
          {t('options_useIndexUrl')}
        </label>
        <label>
          {t('options_indexUrl')}
          <input type="url" value={url} disabled={!useUrl} placeholder={INDEX_URL_EXAMPLE} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <p class="fine">{t('options_indexUrlNote')}</p>
      </fieldset>
      <button type="submit" class="primary">
        {t('options_saveSettings')}
      </button>
      <Notes note={note} />
    </form>
  );
}
