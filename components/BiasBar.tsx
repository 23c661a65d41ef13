import type { BiasOrUnrated } from '../utils/model';
import { formatPercent } from '../utils/format';
import { BIAS_LABELS, labels } from '../utils/i18n/labels';
import { t, tn, uiLocale } from '../utils/i18n/translate';
import type { KeyedShare } from '../utils/views';
import { DistributionBar } from './DistributionBar';

/** The initials drawn in the bar's segments, so colour never carries the meaning alone: in the UI language ("G", "CG"…). */
export const BIAS_TAGS = labels<BiasOrUnrated>({
  left: 'bias_tagLeft',
  'lean-left': 'bias_tagLeanLeft',
  center: 'bias_tagCenter',
  'lean-right': 'bias_tagLeanRight',
  right: 'bias_tagRight',
  unrated: 'bias_tagUnrated',
});

/** The sentence under the bar, like "48% of the sources are Center", or the tie when there is one. */
export function biasHeadline(shares: KeyedShare<BiasOrUnrated>[]): string | undefined {
  const rated = shares.filter((s) => s.key !== 'unrated' && s.count > 0);
  const most = Math.max(0, ...rated.map((s) => s.count));
  const top = rated.filter((s) => s.count === most);
  if (top.length === 0) return undefined;
  if (top.length === 1) return t('popup_biasMost', formatPercent(top[0].percent), BIAS_LABELS[top[0].key]);
  const names = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(top.map((s) => BIAS_LABELS[s.key]));
  return t('popup_biasLevel', names, tn('common_sources', most));
}

export function BiasBar({ shares }: { shares: KeyedShare<BiasOrUnrated>[] }) {
  const headline = biasHeadline(shares);
  return (
    <div class="bias">
      <DistributionBar label={t('popup_biasDistribution')} shares={shares} labels={BIAS_LABELS} tags={BIAS_TAGS} classPrefix="bias" />
      {headline && <p class="headline-figure">{headline}</p>}
    </div>
  );
}
