import { formatPercent } from '../../utils/format';
import { languageName, regionName } from '../options/display-names';
import type { StoryPageView } from '../../utils/story-lists/story-page';

function Tally({ items, name }: { items: { key: string; count: number }[]; name: (k: string) => string }) {
  return (
    <ul class="tally">
      {items.map((i) => (
        <li key={i.key}>
          {i.key === 'unknown' ? 'Unknown' : name(i.key)} <span class="fine">{i.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** Where the covering outlets are from and what they write in. */
export function OutletOrigins({ view }: { view: StoryPageView }) {
  return (
    <dl class="origins">
      <dt>Outlets by country</dt>
      <dd>
        <Tally items={view.byCountry} name={regionName} />
      </dd>
      <dt>Outlets by language</dt>
      <dd>
        <Tally items={view.byLanguage} name={languageName} />
      </dd>
    </dl>
  );
}

/** Who owns the covering outlets, when the catalog says; nothing at all when it never does. */
export function OwnershipMix({ ownership }: { ownership: StoryPageView['ownership'] }) {
  if (!ownership) return null;
  return (
    <section aria-labelledby="ownership-title">
      <h2 id="ownership-title">Ownership</h2>
      <ul class="tally">
        {ownership.shares.map((s) => (
          <li key={s.key}>
            {s.key}{' '}
            <span class="fine">
              {s.count} · {formatPercent(s.percent)}
            </span>
          </li>
        ))}
      </ul>
      {ownership.unknown > 0 && (
        <p class="fine">
          {ownership.unknown} of the outlets {ownership.unknown === 1 ? 'has' : 'have'} no ownership in the catalog; the percentages count the others.
        </p>
      )}
    </section>
  );
}
