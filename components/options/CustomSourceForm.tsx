import { useState } from 'preact/hooks';
import { BIASES, type Bias, type Outlet } from '../../utils/model';
import { BIAS_LABELS } from '../../utils/i18n/labels';
import { t } from '../../utils/i18n/translate';
import { buildCustomSource, defaultDomain, guessCountry, type CustomSourceInput, type FeedCheck } from '../../utils/sources/custom-source';
import { languageName, regionName } from './display-names';
import { LabeledSelect } from './LabeledSelect';
import { useFocusOnMount } from './use-disclosure';

const FEED_URL_EXAMPLE = 'https://example.com/rss.xml';

export interface CustomSourceFormProps {
  /** The source being edited; absent when adding one. */
  existing?: Outlet;
  /** Ids in use (catalog and custom), so a new id never clashes. */
  taken: ReadonlySet<string>;
  countries: string[];
  languages: string[];
  /** The language most outlets of a country publish in. */
  languageFor: (country: string) => string | undefined;
  /** Asks for the feed host and checks the feed; called straight from the submit handler. */
  verify: (url: string) => Promise<FeedCheck>;
  today: () => string;
  onSave: (outlet: Outlet, check?: FeedCheck) => void | Promise<void>;
  onClose?: () => void;
}

/** Add or edit a source of the reader's own: the feed is checked (and its host asked for) before anything is saved. */
export function CustomSourceForm({ existing, taken, countries, languages, languageFor, verify, today, onSave, onClose }: CustomSourceFormProps) {
  const [form, setForm] = useState<CustomSourceInput>({
    feedUrl: existing?.feeds[0] ?? '',
    name: existing?.name ?? '',
    domains: existing?.domains.join(', ') ?? '',
    bias: existing?.bias?.value ?? '',
    country: existing?.country ?? '',
    language: existing?.language ?? '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useFocusOnMount<HTMLInputElement>();
  const set = (patch: Partial<CustomSourceInput>) => setForm({ ...form, ...patch });
  const country = form.country || guessCountry(form.feedUrl, countries) || '';
  const input: CustomSourceInput = { ...form, country, language: form.language || languageFor(country) || '' };
  const ctx = { taken, existing, today: today() };

  const submit = (e: Event) => {
    e.preventDefault();
    // Mistakes that need no network are caught first, so a typo costs no permission prompt.
    const draft = buildCustomSource(input, { ...ctx, feedTitle: existing?.name ?? 'untitled' });
    if (!draft.ok) return setError(draft.error);
    if (existing?.feeds[0] === draft.value.feeds[0]) return void onSave(draft.value); // same feed: checked when added
    const checking = verify(input.feedUrl); // the permission request must stay inside this handler
    setBusy(true);
    setError(undefined);
    void checking.then(async (check) => {
      setBusy(false);
      if (!check.ok) return setError(check.error);
      const built = buildCustomSource(input, { ...ctx, feedTitle: check.title });
      if (!built.ok) return setError(built.error);
      await onSave(built.value, check);
    });
  };

  return (
    <form
      class="editor custom-form"
      aria-label={existing ? t('options_editSource', existing.name) : t('options_addSource')}
      aria-busy={busy}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onClose?.()}
    >
      <label class="wide">
        {t('options_feedAddress')}
        <input ref={first} type="url" required value={form.feedUrl} placeholder={FEED_URL_EXAMPLE} onInput={(e) => set({ feedUrl: e.currentTarget.value })} />
      </label>
      <label>
        {t('options_sourceName')}
        <input
          type="text"
          dir="auto"
          value={form.name}
          placeholder={t('options_sourceNamePlaceholder')}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('options_sourceDomains')}
        <input
          type="text"
          value={form.domains}
          placeholder={defaultDomain(form.feedUrl) ?? 'example.com'}
          onInput={(e) => set({ domains: e.currentTarget.value })}
        />
      </label>
      <LabeledSelect
        label={t('options_yourBias')}
        value={form.bias}
        onChange={(bias) => set({ bias: bias as Bias | '' })}
        options={[['', BIAS_LABELS.unrated], ...BIASES.map((b): [string, string] => [b, BIAS_LABELS[b]])]}
      />
      <LabeledSelect
        label={t('options_country')}
        value={country}
        onChange={(c) => set({ country: c })}
        options={[['', t('options_choose')], ...countries.map((c): [string, string] => [c, regionName(c)])]}
      />
      <LabeledSelect
        label={t('options_language')}
        value={input.language}
        onChange={(l) => set({ language: l })}
        options={[['', t('options_choose')], ...languages.map((l): [string, string] => [l, languageName(l)])]}
      />
      {error && (
        <p role="alert" class="error wide" dir="auto">
          {error}
        </p>
      )}
      <div class="wide actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('options_checkingFeed') : existing ? t('options_saveChanges') : t('options_checkAndAdd')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('options_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
