import { formatCount, t, tn } from '../utils/i18n/translate';
import type { OwnershipMix } from '../utils/sources/ownership';

/** "3 of 14 outlets are state-funded": who pays for the coverage, and how much of it the data knows. */
export function OwnershipLine({ mix }: { mix?: OwnershipMix }) {
  if (!mix || mix.outlets === 0) return null;
  const state =
    mix.stateFunded === 0 ? tn('ownership_noneStateFunded', mix.outlets) : tn('ownership_someStateFunded', mix.stateFunded, tn('common_outlets', mix.outlets));
  return (
    <p class="ownership-line" role="note" aria-label={t('popup_ownership')}>
      {mix.public > 0 ? tn('ownership_withPublic', mix.public, state) : state}
      <span class="fine"> {t('ownership_known', formatCount(mix.known), formatCount(mix.outlets))}</span>
    </p>
  );
}
