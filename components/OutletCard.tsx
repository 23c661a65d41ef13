import { BIAS_LABELS, FACTUALITY_LABELS } from '../utils/model';
import { safeHref } from '../utils/safe-url';
import type { OutletView, RatingProvenance } from '../utils/views';

function Source({ source }: { source?: RatingProvenance }) {
  if (!source) return null;
  const href = safeHref(source.url);
  return (
    <span class="provenance">
      {' '}
      (
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {source.name}
        </a>
      ) : (
        source.name
      )}
      {source.licence && `, ${source.date.slice(0, 7)}, ${source.licence}`})
    </span>
  );
}

/** "This outlet": the current page's outlet, its ratings and where they come from. */
export function OutletCard({ outlet }: { outlet: OutletView }) {
  return (
    <section class="outlet-card" aria-label="This outlet">
      <h2>This outlet</h2>
      <p class="outlet-name">
        {outlet.name}
        {outlet.disabled && <span class="tag">turned off in your sources</span>}
      </p>
      <dl>
        <dt>Bias</dt>
        <dd>
          <span class={`pill bias-${outlet.bias}`}>{BIAS_LABELS[outlet.bias]}</span>
          {outlet.originalBias ? (
            <span class="fine"> your rating; originally {BIAS_LABELS[outlet.originalBias]}</span>
          ) : (
            <Source source={outlet.biasSource} />
          )}
        </dd>
        <dt>Factuality</dt>
        <dd>
          <span class={`pill fact-${outlet.factuality}`}>{FACTUALITY_LABELS[outlet.factuality]}</span>
          {outlet.originalFactuality ? (
            <span class="fine"> your rating; originally {FACTUALITY_LABELS[outlet.originalFactuality]}</span>
          ) : (
            <Source source={outlet.factualitySource} />
          )}
        </dd>
      </dl>
    </section>
  );
}
