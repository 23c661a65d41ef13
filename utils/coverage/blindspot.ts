/**
 * The blindspot verdict: a story one side of the spectrum barely covers. Judged on outlets with
 * a bias rating only (unrated outlets say nothing about sides), and only when enough of them
 * covered the story for a share to mean something.
 */
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

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The verdict for the biases of the distinct outlets that covered a story. */
export function blindspotOf(biases: readonly BiasOrUnrated[], threshold = DEFAULT_BLINDSPOT_THRESHOLD, minRated = DEFAULT_BLINDSPOT_MIN_RATED): Blindspot {
  const rated = biases.filter((b) => b !== 'unrated').length;
  const left = biases.filter((b) => b === 'left' || b === 'lean-left').length;
  const right = biases.filter((b) => b === 'lean-right' || b === 'right').length;
  const rule =
    `A story is a blindspot for one side when at least ${minRated} outlets with a bias rating covered it ` +
    `and fewer than ${pct(threshold)} of them are from that side (Left: left and lean left; Right: lean right and right).`;
  const base = { ratedOutlets: rated, left, right, rule };
  if (rated < minRated) {
    return { ...base, side: null, judged: false, verdict: `Not enough rated outlets to judge: ${rated} of the ${minRated} needed.` };
  }
  // "Fewer than 20%": exactly 1 of 5 is not a blindspot, whatever floating point says.
  const below = (n: number): boolean => n / rated < threshold - 1e-9;
  const leftMissing = below(left);
  const rightMissing = below(right);
  const side: BlindspotSide | null = leftMissing && rightMissing ? 'both' : leftMissing ? 'left' : rightMissing ? 'right' : null;
  const counts = `${left} of ${rated} rated outlets (${pct(left / rated)}) are on the Left, ${right} (${pct(right / rated)}) on the Right.`;
  const verdict =
    side === 'both'
      ? `Blindspot for both sides: ${counts}`
      : side === 'left'
        ? `Blindspot for the Left: ${counts}`
        : side === 'right'
          ? `Blindspot for the Right: ${counts}`
          : `No blindspot: ${counts}`;
  return { ...base, side, judged: true, verdict };
}
