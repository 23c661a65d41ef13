import { duration, formatDate } from '../../utils/format';
import { BIAS_LABELS } from '../../utils/i18n/labels';
import { TIMELINE_KEYS, timelineOf } from '../../utils/story-lists/timeline';
import type { ArticleView } from '../../utils/views';
import { tn } from '../../utils/i18n/translate';

const W = 640;
const H = 140;
const PAD = { left: 28, right: 8, top: 8, bottom: 22 };

/**
 * Articles over time, stacked by bias: an SVG drawn here, no chart library. The drawing is an
 * image to screen readers, named by a sentence with the span, the bin width and the busiest bin.
 */
export function TimelineChart({ articles }: { articles: ArticleView[] }) {
  const t = timelineOf(articles);
  if (t.bins.length === 0) return null;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / t.bins.length;
  const busiest = t.bins.reduce((a, b) => (b.total > a.total ? b : a));
  const first = t.bins[0].start;
  const end = t.bins[t.bins.length - 1].start + t.step;
  const description =
    `${tn('common_articles', articles.length)} from ${formatDate(first)} to ${formatDate(end)}, in ${duration(t.step)} steps; ` +
    `the busiest step, from ${formatDate(busiest.start)}, had ${busiest.total}.`;
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <figure>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Articles over time, coloured by bias: ${description}`}>
          <line class="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
          <text class="tick" x={PAD.left - 4} y={PAD.top + 8} text-anchor="end">
            {t.peak}
          </text>
          <text class="tick" x={PAD.left - 4} y={H - PAD.bottom} text-anchor="end">
            0
          </text>
          {t.bins.map((bin, i) => {
            let y = H - PAD.bottom;
            return (
              <g key={bin.start}>
                {TIMELINE_KEYS.filter((k) => bin.counts[k] > 0).map((k) => {
                  const h = (bin.counts[k] / t.peak) * plotH;
                  y -= h;
                  return <rect key={k} class={`bar bias-${k}`} x={PAD.left + i * barW + 1} y={y} width={Math.max(1, barW - 2)} height={h} />;
                })}
              </g>
            );
          })}
          <text class="tick" x={PAD.left} y={H - 6}>
            {formatDate(first)}
          </text>
          <text class="tick" x={W - PAD.right} y={H - 6} text-anchor="end">
            {formatDate(end)}
          </text>
        </svg>
        <figcaption class="fine">
          {description}{' '}
          <span class="keys" aria-hidden="true">
            {TIMELINE_KEYS.map((k) => (
              <span key={k} class="key">
                <span class={`dot bias-${k}`} /> {BIAS_LABELS[k]}
              </span>
            ))}
          </span>
        </figcaption>
      </figure>
    </section>
  );
}
