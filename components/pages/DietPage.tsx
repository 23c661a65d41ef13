import { useState } from 'preact/hooks';
import type { DietMix, Side } from '../../utils/diet/diet';
import type { DietView } from '../../utils/diet/diet-view';
import { BIAS_LABELS, FACTUALITY_LABELS } from '../../utils/i18n/labels';
import { BIAS_TAGS } from '../BiasBar';
import { DistributionBar } from '../DistributionBar';
import { FACTUALITY_TAGS } from '../FactualityBar';
import { StoryCard } from './StoryCard';
import { type MessageKey, t, tn } from '../../utils/i18n/translate';

/** Each sentence about a side is its own message: "the Left" takes its own article and case in each language. */
const SIDE_SENTENCES: Record<Side, Record<'least' | 'none' | 'today' | 'recent', MessageKey>> = {
  left: { least: 'pages_dietLeastLeft', none: 'pages_dietNoneLeft', today: 'pages_dietTodayLeft', recent: 'pages_dietRecentLeft' },
  center: { least: 'pages_dietLeastCenter', none: 'pages_dietNoneCenter', today: 'pages_dietTodayCenter', recent: 'pages_dietRecentCenter' },
  right: { least: 'pages_dietLeastRight', none: 'pages_dietNoneRight', today: 'pages_dietTodayRight', recent: 'pages_dietRecentRight' },
};

export interface DietPageProps {
  view: DietView;
  now: number;
  onEnable: (on: boolean) => void;
  onClear: () => Promise<number>;
}

function Period({ title, mix, biasLabel, factualityLabel }: { title: string; mix: DietMix; biasLabel: string; factualityLabel: string }) {
  return (
    <section class="diet-period" aria-label={title}>
      <h2>{title}</h2>
      <p class="covered">{tn('pages_dietReads', mix.reads)}</p>
      {mix.reads > 0 && (
        <>
          <DistributionBar label={biasLabel} shares={mix.bias} labels={BIAS_LABELS} tags={BIAS_TAGS} classPrefix="bias" />
          <DistributionBar label={factualityLabel} shares={mix.factuality} labels={FACTUALITY_LABELS} tags={FACTUALITY_TAGS} classPrefix="fact" />
          <h3>{t('pages_dietTopOutlets')}</h3>
          <ol class="top-outlets">
            {mix.topOutlets.map((o) => (
              <li key={o.outletId}>
                <bdi>{o.name}</bdi>{' '}
                <span class="fine">
                  ({BIAS_LABELS[o.bias]}) · {tn('common_articles', o.reads)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** My news diet: what the reader read, from which side, kept on this device only. */
export function DietPage({ view, now, onEnable, onClear }: DietPageProps) {
  const [note, setNote] = useState<string>();
  return (
    <>
      <h1>{t('pages_dietTitle')}</h1>
      <p class="lead">{t('pages_dietLead')}</p>
      <div class="diet-controls">
        <label class="inline">
          <input type="checkbox" role="switch" checked={view.enabled} onChange={(e) => onEnable(e.currentTarget.checked)} />
          {t('pages_dietKeep')}
        </label>
        <button type="button" class="danger" disabled={view.entries === 0} onClick={() => void onClear().then((n) => setNote(tn('pages_dietCleared', n)))}>
          {t('pages_dietClear')}
        </button>
      </div>
      <p role="status" class="fine">
        {note ?? (view.enabled ? tn('pages_dietOn', view.entries) : view.entries ? tn('pages_dietOffKept', view.entries) : t('pages_dietOff'))}
      </p>
      {view.entries > 0 && (
        <>
          <div class="columns">
            <Period title={t('pages_dietWeek')} mix={view.week} biasLabel={t('pages_dietWeekBias')} factualityLabel={t('pages_dietWeekFactuality')} />
            <Period title={t('pages_dietMonth')} mix={view.month} biasLabel={t('pages_dietMonthBias')} factualityLabel={t('pages_dietMonthFactuality')} />
          </div>
          {view.least && (
            <section aria-labelledby="suggest-title">
              <h2 id="suggest-title">{t('pages_dietSuggestTitle')}</h2>
              <p>
                {t(SIDE_SENTENCES[view.least].least)} {t(SIDE_SENTENCES[view.least][!view.suggestions.length ? 'none' : view.suggestionsFrom])}
              </p>
              <ol class="story-cards" aria-label={t('pages_dietSuggestions')}>
                {view.suggestions.map((s) => (
                  <StoryCard key={s.id} story={s} now={now} />
                ))}
              </ol>
            </section>
          )}
        </>
      )}
    </>
  );
}
