/**
 * Exact statistics over counts: values are kept as a histogram of exact values (value -> postings), so medians
 * and means do not depend on the order in which postings were added or merged.
 */

/** Adds `copies` to a counter map. */
export function bump<K>(map: Map<K, number>, key: K, copies: number): void {
  map.set(key, (map.get(key) ?? 0) + copies);
}

/**
 * The midpoint of a <= b without overflow: a + (b - a) / 2 when they have one sign (b - a cannot overflow), (a + b) / 2
 * when they straddle zero (a + b cannot). Either way the result lies in [a, b].
 */
function midpoint(a: number, b: number): number {
  return (a < 0) === (b < 0) ? a + (b - a) / 2 : (a + b) / 2;
}

/** Median of a histogram of exact values (the midpoint of the two middle values when the count is even). */
export function medianOf(values: ReadonlyMap<number, number>): number | null {
  const sorted = [...values.entries()].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const [v, c] of sorted) {
      seen += c;
      if (rank < seen) return v;
    }
    return sorted[sorted.length - 1]![0];
  };
  return n % 2 === 1 ? at((n - 1) / 2) : midpoint(at(n / 2 - 1), at(n / 2));
}

/**
 * Mean of a histogram of exact values, summed in value order (the same float whatever the insertion order). Values
 * near Number.MAX_VALUE would overflow the sum: it is then taken over the values scaled by a power of two (exact), and
 * scaled back. The result is kept within [min, max], where rounding (0.1 * 3 / 3 > 0.1) could step outside.
 */
export function meanOf(values: ReadonlyMap<number, number>): number | null {
  const sorted = [...values.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return null;
  let n = 0;
  let sum = 0;
  let largest = 0;
  for (const [v, c] of sorted) {
    n += c;
    sum += v * c;
    largest = Math.max(largest, Math.abs(v));
  }
  let mean = sum / n;
  if (!Number.isFinite(mean)) {
    // |v / scale| <= 2, so the scaled sum stays below 2n; 2^1023 is the largest power of two a double holds.
    const scale = 2 ** Math.min(1023, Math.floor(Math.log2(largest)));
    let scaled = 0;
    for (const [v, c] of sorted) scaled += (v / scale) * c;
    mean = (scaled / n) * scale;
  }
  return Math.min(sorted[sorted.length - 1]![0], Math.max(sorted[0]![0], mean));
}

/** Whole-year buckets 0..9 and 10+; 1.5 years counts as 1. */
export const YEAR_BUCKETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10+'] as const;

export function yearBucket(years: number): (typeof YEAR_BUCKETS)[number] {
  return years >= 10 ? '10+' : YEAR_BUCKETS[Math.floor(years)]!;
}

export const share = (count: number, of: number): number => (of > 0 ? count / of : 0);

/** Ranks keys by count (descending), ties by key, so that top-N lists are stable. */
export function ranked(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
