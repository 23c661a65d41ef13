import { duration, formatDate } from '../utils/format';
import type { CoverageView } from '../utils/views';
import { tn } from '../utils/i18n/translate';

export function BlindspotFlag({ blindspot }: { blindspot: CoverageView['blindspot'] }) {
  if (!blindspot.side) return null;
  const who = blindspot.side === 'both' ? 'both the Left and the Right' : blindspot.side === 'left' ? 'the Left' : 'the Right';
  return (
    <section class="blindspot" role="note" aria-label="Blindspot">
      <strong>⚑ Blindspot: {who} barely covered this.</strong>
      <p class="fine">{blindspot.verdict}</p>
      <p class="fine">{blindspot.rule}</p>
    </section>
  );
}

export function CoverageDetails({ coverage }: { coverage: CoverageView }) {
  const { first, last } = coverage;
  return (
    <section class="details" aria-label="Coverage details">
      <h2>Coverage details</h2>
      <dl>
        {first && (
          <>
            <dt>First reported</dt>
            <dd>
              {first.outletName}, {formatDate(first.at)}
            </dd>
          </>
        )}
        {last && (
          <>
            <dt>Last updated</dt>
            <dd>
              {last.outletName}, {formatDate(last.at)}
            </dd>
          </>
        )}
        {first && last && (
          <>
            <dt>Time span</dt>
            <dd>{duration(last.at - first.at)}</dd>
          </>
        )}
        <dt>Articles</dt>
        <dd>{tn('common_articles', coverage.totalArticles)}</dd>
      </dl>
    </section>
  );
}

export function StorySummary({ summary }: { summary: CoverageView['summary'] }) {
  if (summary.length === 0) return null;
  return (
    <section class="summary" aria-label="Summary">
      <h2>Summary</h2>
      <ul>
        {summary.map((s, i) => (
          <li key={i}>
            <bdi>{s.text}</bdi> <span class="fine">({s.outletName})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
