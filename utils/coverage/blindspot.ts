/**
 * The blindspot verdict: a story one side of the spectrum barely covers. Judged on outlets with
 * a bias rating only (unrated outlets say nothing about sides), and only when enough of them
 * covered the story for a share to mean something.
 */
import { formatPercent } from '../format';
import { formatCount, t, tn } from '../i18n/translate';
import type { BiasOrUnrated } from '../model';

/** Which side missed the story: `both` when only the center covered it. */
type BlindspotSide = 'left' | 'right' | 'both';

export interface Blindspot {
  side: BlindspotSide | null;
  /** False when too few rated outlets covered the story to judge. */
  judged: boolean;
  ratedOutlets: number;
  /** Rated outlets on the Left (left, lean left) and on the Right (lean right, right). */
  left: number;
  right: number;
  /** The rule, in words, with the settings in force. */
  rule: string;
  /** This story's verdict, in words. */
  verdict: string;
}

const DEFAULT_BLINDSPOT_THRESHOLD = 0.2;
const DEFAULT_BLINDSPOT_MIN_RATED = 5;

const pct = (x: number): string => formatPercent(Math.round(x * 100));

/** "Blindspot for the Left: 1 of 6 rated outlets (17%) are on the Left, 4 (67%) on the Right." */
const VERDICTS = {
  both: 'coverage_verdictBoth',
  left: 'coverage_verdictLeft',
  right: 'coverage_verdictRight',
  none: 'coverage_verdictNone',
} as const;

/** The verdict for the biases of the distinct outlets that covered a story. */
export function blindspotOf(biases: readonly BiasOrUnrated[], threshold = DEFAULT_BLINDSPOT_THRESHOLD, minRated = DEFAULT_BLINDSPOT_MIN_RATED): Blindspot {
  const rated = biases.filter((b) => b !== 'unrated').length;
  const left = biases.filter((b) => b === 'left' || b === 'lean-left').length;
  const right = biases.filter((b) => b === 'lean-right' || b === 'right').length;
  const rule = tn('coverage_blindspotRule', minRated, pct(threshold));
  const base = { ratedOutlets: rated, left, right, rule };
  if (rated < minRated) {
    return { ...base, side: null, judged: false, verdict: t('coverage_notEnoughRated', formatCount(rated), formatCount(minRated)) };
  }
  // "Fewer than 20%": exactly 1 of 5 is not a blindspot, whatever floating point says.
  const below = (n: number): boolean => n / rated < threshold - 1e-9;
  const leftMissing = below(left);
  const rightMissing = below(right);
  const side: BlindspotSide | null = leftMissing && rightMissing ? 'both' : leftMissing ? 'left' : rightMissing ? 'right' : null;
  const counts = [formatCount(left), pct(left / rated), formatCount(right), pct(right / rated)] as const;
  const verdict = tn(VERDICTS[side ?? 'none'], rated, ...counts);
  return { ...base, side, judged: true, verdict };
}
