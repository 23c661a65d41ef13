import type { FactualityOrUnrated } from '../utils/model';
import { FACTUALITY_LABELS } from '../utils/i18n/labels';
import type { KeyedShare } from '../utils/views';
import { DistributionBar } from './DistributionBar';

export const FACTUALITY_TAGS: Record<FactualityOrUnrated, string> = {
  reliable: '✓',
  'no-consensus': '~',
  unreliable: '✗',
  blacklisted: '⊘',
  unrated: '?',
};

export function FactualityBar({ shares, aboutHref }: { shares: KeyedShare<FactualityOrUnrated>[]; aboutHref: string }) {
  return (
    <div class="factuality">
      <DistributionBar label="Factuality" shares={shares} labels={FACTUALITY_LABELS} tags={FACTUALITY_TAGS} classPrefix="fact" />
      <p class="fine">
        Reliability as rated by Wikipedia's perennial sources list.{' '}
        <a href={aboutHref} target="_blank" rel="noreferrer">
          About the ratings
        </a>
      </p>
    </div>
  );
}
