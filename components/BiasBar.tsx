import type { BiasOrUnrated } from '../utils/model';
import { BIAS_LABELS } from '../utils/i18n/labels';
import type { KeyedShare } from '../utils/views';
import { DistributionBar } from './DistributionBar';

export const BIAS_TAGS: Record<BiasOrUnrated, string> = {
  left: 'L',
  'lean-left': 'LL',
  center: 'C',
  'lean-right': 'LR',
  right: 'R',
  unrated: '?',
};

/** The sentence under the bar, like "48% of the sources are Center", or the tie when there is one. */
export function biasHeadline(shares: KeyedShare<BiasOrUnrated>[]): string | undefined {
  const rated = shares.filter((s) => s.key !== 'unrated' && s.count > 0);
  const most = Math.max(0, ...rated.map((s) => s.count));
  const top = rated.filter((s) => s.count === most);
  if (top.length === 0) return undefined;
  if (top.length === 1) return `${top[0].percent}% of the sources are ${BIAS_LABELS[top[0].key]}`;
  const names = top.map((s) => BIAS_LABELS[s.key]);
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are level, with ${most} ${most === 1 ? 'source' : 'sources'} each`;
}

export function BiasBar({ shares }: { shares: KeyedShare<BiasOrUnrated>[] }) {
  const headline = biasHeadline(shares);
  return (
    <div class="bias">
      <DistributionBar label="Bias distribution" shares={shares} labels={BIAS_LABELS} tags={BIAS_TAGS} classPrefix="bias" />
      {headline && <p class="headline-figure">{headline}</p>}
    </div>
  );
}
