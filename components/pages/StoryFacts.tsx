import { formatPercent } from '../../utils/format';
import { formatCount, t, tn } from '../../utils/i18n/translate';
import { languageName, regionName } from '../options/display-names';
import type { StoryPageView } from '../../utils/story-lists/story-page';

/** A name for a country or language code; outlets the catalog gives none are counted as unknown. */
const orUnknown = (name: (code: string) => string) => (code: string) => (code === 'unknown' ? t('pages_originUnknown') : name(code));

function Tally({ items, name }: { items: { key: string; count: number }[]; name: (k: string) => string }) {
  return (
    <ul class="tally">
      {items.map((i) => (
        <li key={i.key}>
          {name(i.key)} <span class="fine">{formatCount(i.count)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Where the covering outlets are from and what they write in. */
export function OutletOrigins({ view }: { view: StoryPageView }) {
  return (
    <dl class="origins">
      <dt>{t('pages_outletsByCountry')}</dt>
      <dd>
        <Tally items={view.byCountry} name={orUnknown(regionName)} />
      </dd>
      <dt>{t('pages_outletsByLanguage')}</dt>
      <dd>
        <Tally items={view.byLanguage} name={orUnknown(languageName)} />
      </dd>
    </dl>
  );
}

/** Who owns the covering outlets, when the catalog says; nothing at all when it never does. */
export function OwnershipMix({ ownership }: { ownership: StoryPageView['ownership'] }) {
  if (!ownership) return null;
  return (
    <section aria-labelledby="ownership-title">
      <h2 id="ownership-title">{t('pages_ownershipTitle')}</h2>
      <ul class="tally">
        {ownership.shares.map((s) => (
          <li key={s.key}>
            {s.key}{' '}
            <span class="fine">
              {formatCount(s.count)} · {formatPercent(s.percent)}
            </span>
          </li>
        ))}
      </ul>
      {ownership.unknown > 0 && <p class="fine">{tn('pages_ownershipUnknown', ownership.unknown)}</p>}
    </section>
  );
}
