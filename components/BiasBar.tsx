import { BIAS_LABELS, type BiasOrUnrated } from '../utils/model';
import type { Share } from '../utils/views';
import { DistributionBar } from './DistributionBar';

export const BIAS_TAGS: Record<BiasOrUnrated, string> = {
  left: 'L', 'lean-left': 'LL', center: 'C', 'lean-right': 'LR', right: 'R', unrated: '?',
};

/** The sentence under the bar, like "48% of the sources are Center". */
export function biasHeadline(shares: Share<BiasOrUnrated>[]): string | undefined {
  const top = [...shares].filter((s) => s.key !== 'unrated' && s.count > 0).sort((a, b) => b.count - a.count)[0];
  if (!top) return undefined;
  return `${top.percent}% of the sources are ${BIAS_LABELS[top.key]}`;
}

export function BiasBar({ shares }: { shares: Share<BiasOrUnrated>[] }) {
  const headline = biasHeadline(shares);
  return (
    <div class="bias">
      <DistributionBar label="Bias distribution" shares={shares} labels={BIAS_LABELS} tags={BIAS_TAGS} classPrefix="bias" />
      {headline && <p class="headline-figure">{headline}</p>}
    </div>
  );
}
