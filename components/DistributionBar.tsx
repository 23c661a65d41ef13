import { formatPercent } from '../utils/format';
import { formatCount } from '../utils/i18n/translate';
import type { KeyedShare } from '../utils/views';

export interface DistributionBarProps<K extends string> {
  /** Heading, also the start of the screen-reader text. */
  label: string;
  shares: KeyedShare<K>[];
  labels: Record<K, string>;
  /** Short tag drawn inside a segment, so colour never carries the meaning alone. */
  tags: Record<K, string>;
  /** CSS class prefix per key: `seg-${key}`. */
  classPrefix: string;
}

/**
 * A stacked bar with a legend of counts and percentages. The bar is decorative for screen
 * readers (`aria-hidden`); the legend list is the text equivalent.
 */
export function DistributionBar<K extends string>({ label, shares, labels, tags, classPrefix }: DistributionBarProps<K>) {
  const shown = shares.filter((s) => s.count > 0);
  const summary = shown.map((s) => `${labels[s.key]} ${s.count} (${formatPercent(s.percent)})`).join(', ');
  return (
    <section class="dist" aria-label={label}>
      <h2 class="dist-title">{label}</h2>
      <div class="dist-bar" aria-hidden="true" title={summary}>
        {shown.map((s) => (
          <span key={s.key} class={`seg ${classPrefix}-${s.key}`} style={{ flexGrow: s.count }}>
            {s.percent >= 12 ? tags[s.key] : ''}
          </span>
        ))}
      </div>
      <ul class="dist-legend">
        {shares.map((s) => (
          <li key={s.key} class={s.count === 0 ? 'zero' : undefined}>
            <span class={`swatch ${classPrefix}-${s.key}`} aria-hidden="true">
              {tags[s.key]}
            </span>
            <span class="legend-label">{labels[s.key]}</span>
            <span class="legend-figures">
              {formatCount(s.count)} · {formatPercent(s.percent)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
