import { useEffect, useRef, useState } from 'preact/hooks';
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
const FIELDS = [
  { key: 'refreshMinutes', label: 'Refresh the index every (minutes)', scale: 1 },
  { key: 'retentionDays', label: 'Keep articles for (days)', scale: 1 },
  { key: 'blindspotThreshold', label: 'Blindspot threshold (percent of rated outlets)', scale: 100 },
] as const;
type Key = (typeof FIELDS)[number]['key'];
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
        return setNote({ ok: false, text: `${label} must be a whole number from ${min * scale} to ${max * scale}.` });
      next[key] = n / scale;
    }
    if (useUrl && !safeHref(next.indexUrl)) return setNote({ ok: false, text: 'The index URL must be a full http:// or https:// address.' });
    // Asked inside the click, before any await, so the browser shows its prompt.
    const origin = next.indexUrl ? new URL(next.indexUrl).origin : undefined;
    const allowed = origin ? requestOrigins([`${origin}/*`]) : Promise.resolve(true);
    void allowed
      .then(async (ok) => {
        if (!ok) return setNote({ ok: false, text: `Parallax was not allowed to read ${origin}, so the settings were not saved.` });
        await onSave(next);
        setNote({ ok: true, text: 'Settings saved.' });
      })
      .catch((error: unknown) => setNote({ ok: false, text: `The settings were not saved: ${error instanceof Error ? error.message : String(error)}` }));
  };

  return (
    <form class="settings-form" aria-label="Index settings" onSubmit={submit}>
      {FIELDS.map(({ key, label, scale }) => (
        <label key={key}>
          {label}
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
        <legend>Static index URL</legend>
        <label class="inline">
          <input type="checkbox" checked={useUrl} onChange={(e) => setUseUrl(e.currentTarget.checked)} />
          Download a ready-made index from a URL I trust, instead of reading the feeds
        </label>
        <label>
          Index URL
          <input
            type="url"
            value={url}
            disabled={!useUrl}
            placeholder="https://example.org/parallax/latest.json"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <p class="fine">Off by default. Whoever publishes that file decides which stories you see, and learns when you fetch it.</p>
      </fieldset>
      <button type="submit" class="primary">
        Save settings
      </button>
      <Notes note={note} />
    </form>
  );
}
