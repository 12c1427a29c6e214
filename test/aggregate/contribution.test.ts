import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedUniqueStrings, toContribution } from '../../src/aggregate/contribution.js';
import type { RequirementSummary } from '../../src/schema.js';

// Counting a posting builds its canonical tuple (src/aggregate/contribution.ts): sorted, distinct lists and cleaned
// company details. The fast paths there are held to the plain definitions, written out here.

/** The plain definition: distinct, in code-unit order. */
const plainSortedUnique = (xs: readonly string[]): string[] => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const EMPTY: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null, yearsByDegree: [],
  skills: [], communication: false,
};

describe('sortedUniqueStrings', () => {
  it('is the distinct strings in code-unit order, for any list, and never the list given', () => {
    const word = fc.oneof(fc.constantFrom('python', 'sql', 'r', 'R', 'c++', 'é', 'e\u0301', 'Z', ''), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (xs) => {
        const before = [...xs];
        const out = sortedUniqueStrings(xs);
        expect(out).toEqual(plainSortedUnique(xs));
        expect(out).not.toBe(xs);
        expect(xs).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['sorted and distinct', ['aws', 'python', 'sql'], ['aws', 'python', 'sql']],
    ['unsorted with repeats', ['sql', 'python', 'sql', 'aws', 'python'], ['aws', 'python', 'sql']],
    ['capitals before lower case, as code units order them', ['scala', 'R', 'Spark'], ['R', 'Spark', 'scala']],
    ['a repeat at the end of a sorted run', ['aws', 'sql', 'sql'], ['aws', 'sql']],
  ])('%s', (_name, xs, expected) => {
    expect(sortedUniqueStrings(xs)).toEqual(expected);
  });
});

describe('toContribution: company details', () => {
  // Values as the glassdoor-2020 export writes them (company with its rating on a line of its own, "-1" for unknown).
  it.each([
    ['a company with its rating', { company: 'Tecolote Research\n3.8' }, 8, 'Tecolote Research'],
    ['a company with spaces to fold', { company: '  Acme   Corp ' }, 8, 'Acme Corp'],
    ['an unknown company', { company: '-1' }, 8, null],
    ['an industry', { industry: 'Aerospace & Defense' }, 10, 'Aerospace & Defense'],
    ['an unknown industry', { industry: 'Unknown' }, 10, null],
    ['a company size', { companySize: '1001 to 5000 employees' }, 9, '1001-5000'],
    ['a company size as a number', { companySize: 250 }, 9, '201-500'],
    ['an unknown company size', { companySize: '-1' }, 9, null],
    // Past the length the memo keeps (256): cleaned each time, the same way.
    ['a company name of 300 characters', { company: `${'Acme '.repeat(60)}\n4.1` }, 8, 'Acme '.repeat(60).trim()],
  ])('%s, asked twice and after many others', (_name, meta, item, expected) => {
    expect(toContribution(EMPTY, meta)[item]).toBe(expected);
    expect(toContribution(EMPTY, meta)[item]).toBe(expected);
    // Past the memo's bound (4,096 values of a kind), which then starts afresh.
    for (let k = 0; k < 5000; k++) toContribution(EMPTY, { company: `Company ${k}`, industry: `Industry ${k}`, companySize: `${k} employees` });
    expect(toContribution(EMPTY, meta)[item]).toBe(expected);
  });

  it('reads the degree levels of a summary as named, distinct and in order', () => {
    const summary: RequirementSummary = {
      ...EMPTY, degreeLevels: ['master', 'bachelor'], requiredDegreeLevels: ['bachelor', 'bachelor'], minimumDegree: 'bachelor',
    };
    const [levels, required, minimum] = toContribution(summary, {});
    // Indices into DEGREE_LEVELS: high-school, associate, bachelor, master, doctorate.
    expect(levels).toEqual([2, 3]);
    expect(required).toEqual([2]);
    expect(minimum).toBe(2);
    expect(toContribution({ ...EMPTY, minimumDegree: 'doctorate' }, {})[0]).toEqual([4]);
  });
});
