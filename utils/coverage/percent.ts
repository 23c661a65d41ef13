/**
 * Whole percentages that add up to exactly 100 (Hamilton's largest-remainder method): floor every
 * share, then hand the missing points to the largest remainders. Plain rounding shows 33+33+33.
 */
export function largestRemainder(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * total) / sum);
  const out = exact.map(Math.floor);
  let missing = total - out.reduce((a, b) => a + b, 0);
  // Ties go to the earlier entry, so equal inputs always round the same way.
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i]++;
    missing--;
  }
  return out;
}
