import { BIAS_LABELS, FACTUALITY_LABELS } from '../utils/i18n/labels';
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

/** One rating: the value as a pill, then the reader's note or where the rating comes from. */
function RatingRow({ label, pill, text, original, source }: { label: string; pill: string; text: string; original?: string; source?: RatingProvenance }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span class={`pill ${pill}`}>{text}</span>
        {original ? <span class="fine"> your rating; originally {original}</span> : <Source source={source} />}
      </dd>
    </>
  );
}

/** "This outlet": the current page's outlet, its ratings and where they come from. */
export function OutletCard({ outlet }: { outlet: OutletView }) {
  return (
    <section class="outlet-card" aria-label="This outlet">
      <h2>This outlet</h2>
      <p class="outlet-name">
        {outlet.name}
        {outlet.ownership?.kind === 'state-funded' && <span class="tag state-funded">State-funded</span>}
        {outlet.disabled && <span class="tag">turned off in your sources</span>}
      </p>
      <dl>
        <RatingRow
          label="Bias"
          pill={`bias-${outlet.bias}`}
          text={BIAS_LABELS[outlet.bias]}
          original={outlet.originalBias && BIAS_LABELS[outlet.originalBias]}
          source={outlet.biasSource}
        />
        <RatingRow
          label="Factuality"
          pill={`fact-${outlet.factuality}`}
          text={FACTUALITY_LABELS[outlet.factuality]}
          original={outlet.originalFactuality && FACTUALITY_LABELS[outlet.originalFactuality]}
          source={outlet.factualitySource}
        />
        {outlet.ownership && (
          <>
            <dt>Ownership</dt>
            <dd>
              <span class={`pill own-${outlet.ownership.kind}`}>{outlet.ownership.label}</span>
              {outlet.ownership.owner && <span class="owner"> {outlet.ownership.owner}</span>}
              <Source source={outlet.ownership.source} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
