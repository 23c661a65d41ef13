/**
 * Clustering quality against labels: pairwise and B-cubed precision, recall and F1. Both are
 * computed from the contingency table of (true label, predicted cluster) counts, so they cost
 * O(items), not O(items²).
 */

/** Precision, recall and their harmonic mean. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function countBy(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

function tables(truth: readonly string[], predicted: readonly string[]) {
  if (truth.length !== predicted.length) throw new Error('truth and predicted differ in length');
  return {
    cells: countBy(truth.map((t, i) => `${t}\u0000${predicted[i]}`)),
    trueSizes: countBy(truth),
    predSizes: countBy(predicted),
  };
}

/**
 * Over all pairs of items: precision = pairs put together that belong together / pairs put
 * together. With no pair put together (or none belonging together) the ratio is taken as 1:
 * nothing was done wrong.
 */
export function pairwise(truth: readonly string[], predicted: readonly string[]): PRF {
  const { cells, trueSizes, predSizes } = tables(truth, predicted);
  let tp = 0;
  for (const n of cells.values()) tp += pairs(n);
  let predPairs = 0;
  for (const n of predSizes.values()) predPairs += pairs(n);
  let truePairs = 0;
  for (const n of trueSizes.values()) truePairs += pairs(n);
  return prf(predPairs ? tp / predPairs : 1, truePairs ? tp / truePairs : 1);
}

/**
 * B-cubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that shares its
 * label (precision) and the share of its label's items in its cluster (recall), averaged.
 */
export function bcubed(truth: readonly string[], predicted: readonly string[]): PRF {
  const n = truth.length;
  if (n === 0) return prf(1, 1);
  const { cells, trueSizes, predSizes } = tables(truth, predicted);
  let p = 0;
  let r = 0;
  for (const [key, c] of cells) {
    const [t, pr] = key.split('\u0000');
    p += (c * c) / (predSizes.get(pr) as number);
    r += (c * c) / (trueSizes.get(t) as number);
  }
  return prf(p / n, r / n);
}
