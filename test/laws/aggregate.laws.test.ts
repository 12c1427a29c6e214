import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, createAggregator, MarketReportSchema, type Aggregator } from '../../src/index.js';

/**
 * Aggregation laws over real postings through the public API (`add` extracts them): the empty aggregator is an
 * identity of merge, and splitting the postings among aggregators does not change the report. The merge laws on
 * synthetic summaries (commutative, associative, partition, JSON round trip) are in test/aggregate/merge.laws.test.ts.
 */

interface PostingRecord {
  id: string;
  text: string;
  company: string;
  location: string;
  companySize: string;
  industry: string;
}

const RECORDS: PostingRecord[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 40)
  .map((l) => JSON.parse(l) as PostingRecord);

/** A posting as users pass it: a record, its bare text, an exact duplicate, or something invalid. */
const posting = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...RECORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...RECORDS.map((r) => r.text)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 42, { title: 'no text' }, '', { text: 7 }) },
);
const postings = fc.array(posting, { maxLength: 25 });

function fed(items: readonly unknown[], offset = 0): Aggregator {
  const acc = createAggregator();
  items.forEach((p, i) => acc.add(p, { index: offset + i }));
  return acc;
}

describe('aggregation laws on real postings', () => {
  it('the empty aggregator is an identity of merge, on either side, and through JSON', () => {
    fc.assert(
      fc.property(postings, (items) => {
        const a = fed(items);
        const expected = a.toJSON();
        expect(createAggregator().merge(a).toJSON()).toEqual(expected);
        expect(createAggregator().merge(a.toJSON()).toJSON()).toEqual(expected);
        expect(fed(items).merge(createAggregator()).toJSON()).toEqual(expected);
        expect(fed(items).merge(createAggregator().toJSON()).report()).toEqual(a.report());
      }),
      { numRuns: 30 },
    );
  });

  it('addMany counts what add counts, posting by posting, and reports the invalid ones in the same order', () => {
    fc.assert(
      fc.property(postings, fc.array(fc.nat(25), { maxLength: 3 }), (items, cuts) => {
        const seen: unknown[] = [];
        const one = createAggregator({ onInvalid: (r) => seen.push(r) });
        items.forEach((p, i) => one.add(p, { source: 'f', index: i }));
        const seenMany: unknown[] = [];
        const many = createAggregator({ onInvalid: (r) => seenMany.push(r) });
        // The list in runs, as the command line hands them over.
        const points = [...new Set(cuts.map((c) => Math.min(c, items.length)))].sort((x, y) => x - y);
        let from = 0;
        for (const p of [...points, items.length]) {
          many.addMany(items.slice(from, p), items.slice(from, p).map((_, k) => ({ source: 'f', index: from + k })));
          from = p;
        }
        expect(many.toJSON()).toEqual(one.toJSON());
        expect(seenMany).toEqual(seen);
        expect(many.received).toBe(items.length);
      }),
      { numRuns: 30 },
    );
  });

  it('the empty report is a valid report of no postings', () => {
    const r = createAggregator().report();
    expect(MarketReportSchema.parse(r)).toEqual(r);
    expect(r.postings.counted).toBe(0);
    expect(aggregate([])).toEqual(r);
  });

  it('splitting the postings among aggregators and merging gives the report of all of them at once', () => {
    fc.assert(
      fc.property(postings, fc.array(fc.nat(25), { maxLength: 3 }), (items, cuts) => {
        const points = [...new Set(cuts.map((c) => Math.min(c, items.length)))].sort((x, y) => x - y);
        const whole = fed(items);
        const merged = createAggregator();
        let from = 0;
        for (const p of [...points, items.length]) {
          merged.merge(fed(items.slice(from, p), from));
          from = p;
        }
        expect(merged.report()).toEqual(whole.report());
        expect(merged.toJSON()).toEqual(whole.toJSON());
        expect(aggregate(items)).toEqual(whole.report());
      }),
      { numRuns: 30 },
    );
  });
});
