/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below
 * it, i.e. the value at rank ⌈p/100 × n⌉ of the sorted list (ranks from 1). Always one of
 * the measured waits, never an interpolation, so a manager can find it in the CSV.
 * Null for no values. `sorted` must be ascending.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}
