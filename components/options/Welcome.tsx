import { useState } from 'preact/hooks';
import type { SourceChoice } from '../../utils/access';
import type { Catalog } from '../../utils/model';
import type { IndexStatus } from '../../utils/views';
import { formatCount, t, tn } from '../../utils/i18n/translate';
import { FirstRefresh } from './FirstRefresh';
import { RegionPicker } from './RegionPicker';

export interface WelcomeProps {
  catalog: Catalog;
  /** Countries ticked at first (the browser's region). */
  initialCountries: string[];
  /**
   * Writes the choice and asks for its hosts; resolves with how many sources are on and whether
   * access was allowed. Called straight from the click, so the browser can show its prompt.
   */
  onChoose: (countries: string[] | null) => Promise<SourceChoice>;
  /** The worker's index status, for the first refresh's progress. */
  indexStatus: () => Promise<IndexStatus>;
  optionsHref: string;
}

/** The first-run page: what Parallax does, what it never sends, and which countries' sources to keep on. */
export function Welcome({ catalog, initialCountries, onChoose, indexStatus, optionsHref }: WelcomeProps) {
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const [granted, setGranted] = useState<boolean>();
  const choose = async (countries: string[] | null) => {
    try {
      const { on, granted } = await onChoose(countries);
      setError('');
      setGranted(granted);
      setDone(countries ? tn(countries.length === 1 ? 'welcome_doneCountry' : 'welcome_doneCountries', on) : tn('welcome_doneAll', on));
    } catch (e) {
      setError(t('welcome_notSaved', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <main class="welcome">
      <h1>{t('welcome_title')}</h1>
      <p class="lead">{t('welcome_lead')}</p>
      <section aria-labelledby="privacy-heading" class="panel">
        <h2 id="privacy-heading">{t('welcome_privacyHeading')}</h2>
        <ul>
          <li>{t('welcome_privacyPages')}</li>
          <li>{t('welcome_privacyHistory')}</li>
          <li>{t('welcome_privacyRequests')}</li>
        </ul>
      </section>
      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t('welcome_chooseHeading')}</h2>
        <p>{t('welcome_chooseIntro', formatCount(catalog.outlets.length), formatCount(new Set(catalog.outlets.map((o) => o.country)).size))}</p>
        <RegionPicker outlets={catalog.outlets} initial={initialCountries} onChoose={choose} />
        <p role="status">{done}</p>
        {granted === false && (
          <p role="alert" class="error">
            {t('welcome_denied')}
          </p>
        )}
        {granted && <FirstRefresh indexStatus={indexStatus} />}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </section>
      <p>
        <a href={optionsHref}>{t('welcome_optionsLink')}</a>
      </p>
    </main>
  );
}
