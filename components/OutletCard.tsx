import { BIAS_LABELS, FACTUALITY_LABELS, OWNERSHIP_LABELS } from '../utils/i18n/labels';
import { t } from '../utils/i18n/translate';
import { formatMonth } from '../utils/format';
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
      {source.licence && `, ${formatMonth(source.date)}, ${source.licence}`})
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
        {original ? <span class="fine"> {t('popup_yourRating', original)}</span> : <Source source={source} />}
      </dd>
    </>
  );
}

/** "This outlet": the current page's outlet, its ratings and where they come from. */
export function OutletCard({ outlet }: { outlet: OutletView }) {
  return (
    <section class="outlet-card" aria-label={t('popup_thisOutlet')}>
      <h2>{t('popup_thisOutlet')}</h2>
      <p class="outlet-name">
        <bdi>{outlet.name}</bdi>
        {outlet.ownership?.kind === 'state-funded' && <span class="tag state-funded">{OWNERSHIP_LABELS['state-funded']}</span>}
        {outlet.disabled && <span class="tag">{t('popup_outletOff')}</span>}
      </p>
      <dl>
        <RatingRow
          label={t('popup_bias')}
          pill={`bias-${outlet.bias}`}
          text={BIAS_LABELS[outlet.bias]}
          original={outlet.originalBias && BIAS_LABELS[outlet.originalBias]}
          source={outlet.biasSource}
        />
        <RatingRow
          label={t('popup_factuality')}
          pill={`fact-${outlet.factuality}`}
          text={FACTUALITY_LABELS[outlet.factuality]}
          original={outlet.originalFactuality && FACTUALITY_LABELS[outlet.originalFactuality]}
          source={outlet.factualitySource}
        />
        {outlet.ownership && (
          <>
            <dt>{t('popup_ownership')}</dt>
            <dd>
              <span class={`pill own-${outlet.ownership.kind}`}>{outlet.ownership.label}</span>
              {outlet.ownership.owner && (
                <>
                  {' '}
                  <bdi class="owner">{outlet.ownership.owner}</bdi>
                </>
              )}
              <Source source={outlet.ownership.source} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
