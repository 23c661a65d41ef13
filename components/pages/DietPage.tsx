import { useState } from 'preact/hooks';
import type { DietMix } from '../../utils/diet/diet';
import type { DietView } from '../../utils/diet/diet-view';
import { plural } from '../../utils/format';
import { BIAS_LABELS, FACTUALITY_LABELS } from '../../utils/i18n/labels';
import { BIAS_TAGS } from '../BiasBar';
import { DistributionBar } from '../DistributionBar';
import { FACTUALITY_TAGS } from '../FactualityBar';
import { StoryCard } from './StoryCard';
import { tn } from '../../utils/i18n/translate';

const SIDE_NAMES = { left: 'the Left', center: 'the Center', right: 'the Right' } as const;

export interface DietPageProps {
  view: DietView;
  now: number;
  onEnable: (on: boolean) => void;
  onClear: () => Promise<number>;
}

function Period({ title, mix }: { title: string; mix: DietMix }) {
  return (
    <section class="diet-period" aria-label={title}>
      <h2>{title}</h2>
      <p class="covered">{tn('common_articles', mix.reads)} read</p>
      {mix.reads > 0 && (
        <>
          <DistributionBar label={`Bias, ${title.toLowerCase()}`} shares={mix.bias} labels={BIAS_LABELS} tags={BIAS_TAGS} classPrefix="bias" />
          <DistributionBar
            label={`Factuality, ${title.toLowerCase()}`}
            shares={mix.factuality}
            labels={FACTUALITY_LABELS}
            tags={FACTUALITY_TAGS}
            classPrefix="fact"
          />
          <h3>Top outlets</h3>
          <ol class="top-outlets">
            {mix.topOutlets.map((o) => (
              <li key={o.outletId}>
                {o.name}{' '}
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
      <h1>My news diet</h1>
      <p class="lead">
        For each article you open on an outlet Parallax knows, your diet keeps the day, the outlet and the story, on this device only. It is never sent
        anywhere, entries expire after 90 days, and an index export leaves it out unless you ask.
      </p>
      <div class="diet-controls">
        <label class="inline">
          <input type="checkbox" role="switch" checked={view.enabled} onChange={(e) => onEnable(e.currentTarget.checked)} />
          Keep my news diet on this device
        </label>
        <button
          type="button"
          class="danger"
          disabled={view.entries === 0}
          onClick={() => void onClear().then((n) => setNote(`Cleared ${plural(n, 'entry', 'entries')}.`))}
        >
          Clear my diet
        </button>
      </div>
      <p role="status" class="fine">
        {note ??
          (view.enabled
            ? `On. ${plural(view.entries, 'entry', 'entries')} kept.`
            : `Off: nothing is recorded.${view.entries ? ` ${plural(view.entries, 'entry', 'entries')} from before are kept until you clear them or they expire.` : ''}`)}
      </p>
      {view.entries > 0 && (
        <>
          <div class="columns">
            <Period title="Last 7 days" mix={view.week} />
            <Period title="Last 30 days" mix={view.month} />
          </div>
          {view.least && (
            <section aria-labelledby="suggest-title">
              <h2 id="suggest-title">Read another side</h2>
              <p>
                In the last 30 days you read {SIDE_NAMES[view.least]} least.{' '}
                {!view.suggestions.length
                  ? `No story in your index was covered by ${SIDE_NAMES[view.least]}.`
                  : view.suggestionsFrom === 'today'
                    ? `Stories of the day ${SIDE_NAMES[view.least]} covered:`
                    : `No story of the last 48 hours was covered by ${SIDE_NAMES[view.least]}; the most recent ones it covered:`}
              </p>
              <ol class="story-cards" aria-label="Suggested stories">
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
