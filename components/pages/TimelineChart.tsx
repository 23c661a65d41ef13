import { duration, formatDate } from '../../utils/format';
import { BIAS_LABELS } from '../../utils/i18n/labels';
import { TIMELINE_KEYS, timelineOf } from '../../utils/story-lists/timeline';
import type { ArticleView } from '../../utils/views';
import { formatCount, t, tn } from '../../utils/i18n/translate';

const W = 640;
const H = 140;
const PAD = { left: 28, right: 8, top: 8, bottom: 22 };

/**
 * Articles over time, stacked by bias: an SVG drawn here, no chart library. The drawing is an
 * image to screen readers, named by a sentence with the span, the bin width and the busiest bin.
 */
export function TimelineChart({ articles }: { articles: ArticleView[] }) {
  const timeline = timelineOf(articles);
  if (timeline.bins.length === 0) return null;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / timeline.bins.length;
  const busiest = timeline.bins.reduce((a, b) => (b.total > a.total ? b : a));
  const first = timeline.bins[0].start;
  const end = timeline.bins[timeline.bins.length - 1].start + timeline.step;
  const description = tn(
    'pages_timelineDescription',
    articles.length,
    formatDate(first),
    formatDate(end),
    duration(timeline.step),
    formatDate(busiest.start),
    formatCount(busiest.total),
  );
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('pages_timelineTitle')}</h2>
      <figure>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('pages_timelineChartLabel', description)}>
          <line class="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
          <text class="tick" x={PAD.left - 4} y={PAD.top + 8} text-anchor="end">
            {formatCount(timeline.peak)}
          </text>
          <text class="tick" x={PAD.left - 4} y={H - PAD.bottom} text-anchor="end">
            {formatCount(0)}
          </text>
          {timeline.bins.map((bin, i) => {
            let y = H - PAD.bottom;
            return (
              <g key={bin.start}>
                {TIMELINE_KEYS.filter((k) => bin.counts[k] > 0).map((k) => {
                  const h = (bin.counts[k] / timeline.peak) * plotH;
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
