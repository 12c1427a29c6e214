import { describe, expect, it } from 'vitest';
import { aggregatorFromJSON, createAggregator, dedupeKey, type AggregatePartial } from '../../src/aggregate/index.js';
import { JobsiftInputError } from '../../src/errors.js';
import type { RequirementSummary } from '../../src/schema.js';

// The first lines of real glassdoor-2020 postings.
const POSTING_A = 'Data Scientist\nLocation: Albuquerque, NM\nEducation Required: Bachelor’s degree required, preferably in math, engineering, business, or the sciences.';
const POSTING_B = 'What You Will Do:\n\nI. General Summary\n\nThe Healthcare Data Scientist position will join our Advanced Analytics group at the University of Maryland Medical System (UMMS).';
const KEY_A = dedupeKey(POSTING_A);
const KEY_B = dedupeKey(POSTING_B);

/** A posting that asks for Python and nothing else the summary records. */
const PYTHON: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null, yearsByDegree: [],
  skills: ['python'], communication: false,
};
const tupleAt = (company: string | null) => [[], [], -1, [], null, [], ['python'], 0, company, null, null, null, null, null];

const partialOf = (entries: unknown[], version = 2, received = 2): unknown => ({
  format: 'jobsift-aggregate-partial', version, received, invalid: 0, invalidSamples: [], skills: {}, entries,
});

describe('partial format 2: dedupe keys apart from the counted contribution', () => {
  it('two texts with the same details share one entry, which lists both keys', () => {
    const acc = createAggregator();
    acc.addSummary(PYTHON, { text: POSTING_A, company: 'Acme' });
    acc.addSummary(PYTHON, { text: POSTING_B, company: 'Acme' });
    acc.addSummary(PYTHON, { company: 'Acme' });
    const partial = acc.toJSON();
    expect(partial.version).toBe(2);
    expect(partial.entries).toEqual([[tupleAt('Acme'), 3, 1, [KEY_A, KEY_B].sort()]]);
  });

  it('one text with two companies: counted once with dedupe, for the smaller tuple, whatever the order', () => {
    for (const order of [['Beta Labs', 'Acme'], ['Acme', 'Beta Labs']]) {
      const acc = createAggregator();
      for (const company of order) acc.addSummary(PYTHON, { text: POSTING_A, company });
      const report = acc.report();
      expect(report.postings).toMatchObject({ received: 2, counted: 1, duplicatesDropped: 1 });
      expect(report.companies.items.map((i) => [i.key, i.count])).toEqual([['Acme', 1]]);
      expect(acc.report({ dedupe: false }).companies.items.map((i) => [i.key, i.count])).toEqual([['Acme', 1], ['Beta Labs', 1]]);
      expect(acc.toJSON().entries).toEqual([
        [tupleAt('Acme'), 1, 0, [KEY_A]],
        [tupleAt('Beta Labs'), 1, 0, []],
      ]);
    }
  });

  it('a duplicate across two partials is still dropped after the merge', () => {
    const first = createAggregator();
    first.addSummary(PYTHON, { text: POSTING_A, company: 'Beta Labs' });
    const second = createAggregator();
    second.addSummary(PYTHON, { text: `  ${POSTING_A.toUpperCase()}\n`, company: 'Acme' });
    const merged = aggregatorFromJSON(JSON.parse(JSON.stringify(first.toJSON()))).merge(second.toJSON());
    expect(merged.report().postings).toMatchObject({ counted: 1, duplicatesDropped: 1 });
    expect(merged.report().companies.items.map((i) => i.key)).toEqual(['Acme']);
  });

  it('reads a version 1 partial (the key inside each tuple) as the same counts', () => {
    const v1 = partialOf(
      [
        [['', ...tupleAt('Acme')], 1],
        [[KEY_A, ...tupleAt('Acme')], 2],
        [[KEY_A, ...tupleAt('Beta Labs')], 1],
      ],
      1,
      4,
    );
    const read = aggregatorFromJSON(v1);
    expect(read.toJSON().entries).toEqual([
      [tupleAt('Acme'), 3, 1, [KEY_A]],
      [tupleAt('Beta Labs'), 1, 0, []],
    ]);
    expect(read.report().postings).toMatchObject({ received: 4, counted: 2, duplicatesDropped: 2 });
  });

  it.each([
    ['an unknown version', { ...(partialOf([]) as object), version: 3 }, /unsupported aggregate partial version 3: this jobsift reads versions 1 and 2/],
    ['more keys than postings', partialOf([[tupleAt('Acme'), 1, 0, [KEY_A, KEY_B]]]), /more texts/],
    ['a key that is not 16 hex digits', partialOf([[tupleAt('Acme'), 1, 0, ['xyz']]]), /entries/],
    ['a version 1 entry in a version 2 partial', partialOf([[[KEY_A, ...tupleAt('Acme')], 1]]), /entries/],
  ])('refuses %s', (_name, partial, message) => {
    expect(() => aggregatorFromJSON(partial as AggregatePartial)).toThrow(JobsiftInputError);
    expect(() => aggregatorFromJSON(partial as AggregatePartial)).toThrow(message);
  });
});
