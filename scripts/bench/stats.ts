/** Medians and ratios of the rounds. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** with / without, or NaN when without is 0. */
export function ratio(withValue: number, withoutValue: number): number {
  return withoutValue === 0 ? Number.NaN : withValue / withoutValue;
}

export function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}
