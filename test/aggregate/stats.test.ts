import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/aggregate/index.js';
import { meanOf, medianOf } from '../../src/aggregate/stats.js';
import type { RequirementSummary } from '../../src/schema.js';

const MAX = Number.MAX_VALUE;
const histogram = (pairs: [number, number][]): Map<number, number> => {
  const m = new Map<number, number>();
  for (const [v, c] of pairs) m.set(v, (m.get(v) ?? 0) + c);
  return m;
};
/** Equal, or within a relative 1e-15 (values near 1e308 are not written exactly in decimal). */
const near = (actual: number | null, expected: number): void => {
  expect(actual).not.toBeNull();
  if (expected === 0) expect(actual).toBe(0);
  else expect(Math.abs(actual! - expected) / Math.abs(expected)).toBeLessThan(1e-15);
};

describe('median and mean of a histogram (value -> postings)', () => {
  // Worked out by hand: the median of an even count is the midpoint of the two middle values.
  it.each<[string, [number, number][], number]>([
    ['two values near the largest double', [[1e308, 1], [1.7e308, 1]], 1.35e308],
    ['the largest double twice', [[MAX, 2]], MAX],
    ['the largest double and its negative', [[-MAX, 1], [MAX, 1]], 0],
    ['two large negative values', [[-1.7e308, 1], [-1e308, 1]], -1.35e308],
    ['an even count of small values', [[1, 1], [2, 1], [3, 1], [4, 1]], 2.5],
    ['an odd count', [[1.5, 2], [10, 1]], 1.5],
  ])('median of %s', (_name, pairs, expected) => {
    near(medianOf(histogram(pairs)), expected);
  });

  // The mean is sum(value * postings) / postings.
  it.each<[string, [number, number][], number]>([
    ['the same value near 1e308 twice', [[1e308, 2]], 1e308],
    ['two values near 1e308', [[1e308, 1], [1.5e308, 1]], 1.25e308],
    ['the largest double, three postings', [[MAX, 3]], MAX],
    ['the largest double and its negative', [[-MAX, 1], [MAX, 1]], 0],
    ['large negative values', [[-1e308, 3]], -1e308],
    ['0.1 three times (0.1 * 3 / 3 rounds above 0.1)', [[0.1, 3]], 0.1],
    ['small values', [[1, 1], [2, 1], [6, 2]], 3.75],
  ])('mean of %s', (_name, pairs, expected) => {
    const mean = meanOf(histogram(pairs));
    near(mean, expected);
    // Within the values, whatever the rounding.
    expect(mean!).toBeGreaterThanOrEqual(Math.min(...pairs.map((p) => p[0])));
    expect(mean!).toBeLessThanOrEqual(Math.max(...pairs.map((p) => p[0])));
  });

  it('no postings: null', () => {
    expect(medianOf(new Map())).toBeNull();
    expect(meanOf(new Map())).toBeNull();
  });

  it('for any finite values, median and mean are finite and lie within [min, max]', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 1e300, max: MAX, noNaN: true }),
      fc.constantFrom(MAX, -MAX, Number.MIN_VALUE, -Number.MIN_VALUE, 0, 0.1),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.integer({ min: 1, max: 2 ** 31 })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const h = histogram(pairs);
        const lo = Math.min(...h.keys());
        const hi = Math.max(...h.keys());
        for (const stat of [medianOf(h), meanOf(h)]) {
          expect(Number.isFinite(stat)).toBe(true);
          expect(stat!).toBeGreaterThanOrEqual(lo);
          expect(stat!).toBeLessThanOrEqual(hi);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a report over postings asking about 1e308 years has a finite median and mean', () => {
    const summary = (minYears: number): RequirementSummary => ({
      degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears, yearsByDegree: [], skills: [], communication: false,
    });
    const acc = createAggregator();
    acc.addSummary(summary(1e308));
    acc.addSummary(summary(1.7e308));
    const x = acc.report().experience;
    near(x.median, 1.35e308);
    near(x.mean, 1.35e308);
  });
});
