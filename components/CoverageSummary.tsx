import { duration, formatDate } from '../utils/format';
import { t, tn } from '../utils/i18n/translate';
import type { CoverageView } from '../utils/views';
import { Phrase } from './Phrase';

const BLINDSPOT_WORDS = { both: 'coverage_blindspotBoth', left: 'coverage_blindspotLeft', right: 'coverage_blindspotRight' } as const;

export function BlindspotFlag({ blindspot }: { blindspot: CoverageView['blindspot'] }) {
  if (!blindspot.side) return null;
  return (
    <section class="blindspot" role="note" aria-label={t('coverage_blindspot')}>
      <strong>⚑ {t(BLINDSPOT_WORDS[blindspot.side])}</strong>
      <p class="fine">{blindspot.verdict}</p>
      <p class="fine">{blindspot.rule}</p>
    </section>
  );
}

/** "AP, 18 Sep 2023, 14:00 UTC": who, and when. */
const outletAt = (outletName: string, at: number) => <Phrase id="popup_outletAt" parts={[<bdi key="o">{outletName}</bdi>, formatDate(at)]} />;

export function CoverageDetails({ coverage }: { coverage: CoverageView }) {
  const { first, last } = coverage;
  return (
    <section class="details" aria-label={t('popup_coverageDetails')}>
      <h2>{t('popup_coverageDetails')}</h2>
      <dl>
        {first && (
          <>
            <dt>{t('popup_firstReported')}</dt>
            <dd>{outletAt(first.outletName, first.at)}</dd>
          </>
        )}
        {last && (
          <>
            <dt>{t('popup_lastUpdated')}</dt>
            <dd>{outletAt(last.outletName, last.at)}</dd>
          </>
        )}
        {first && last && (
          <>
            <dt>{t('popup_timeSpan')}</dt>
            <dd>{duration(last.at - first.at)}</dd>
          </>
        )}
        <dt>{t('popup_articles')}</dt>
        <dd>{tn('common_articles', coverage.totalArticles)}</dd>
      </dl>
    </section>
  );
}

export function StorySummary({ summary }: { summary: CoverageView['summary'] }) {
  if (summary.length === 0) return null;
  return (
    <section class="summary" aria-label={t('popup_summary')}>
      <h2>{t('popup_summary')}</h2>
      <ul>
        {summary.map((s, i) => (
          <li key={i}>
            <bdi>{s.text}</bdi>{' '}
            <span class="fine">
              <bdi>({s.outletName})</bdi>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
