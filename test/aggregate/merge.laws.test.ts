import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatorFromJSON, createAggregator, type Aggregator, type SkillInfo, type SummaryMeta } from '../../src/aggregate/index.js';
import { DEGREE_LEVELS, type RequirementSummary } from '../../src/schema.js';

const level = fc.constantFrom(...DEGREE_LEVELS);
const years = fc.constantFrom(0, 1, 1.5, 2, 3, 5, 7, 10, 12);
const summary: fc.Arbitrary<RequirementSummary> = fc
  .record({
    degreeLevels: fc.uniqueArray(level),
    required: fc.boolean(),
    fields: fc.uniqueArray(fc.constantFrom('computer-science', 'statistics', 'mathematics', 'physics')),
    minYears: fc.option(years),
    yearsByDegree: fc.array(fc.record({ level, years })),
    skills: fc.uniqueArray(fc.constantFrom('python', 'sql', 'spark', 'aws', 'tableau', 'pytorch')),
    communication: fc.boolean(),
  })
  .map((s) => {
    const levels = DEGREE_LEVELS.filter((l) => s.degreeLevels.includes(l));
    return {
      degreeLevels: levels,
      requiredDegreeLevels: s.required ? levels.slice(0, 1) : [],
      minimumDegree: levels[0] ?? null,
      fields: s.fields,
      minYears: s.minYears,
      yearsByDegree: s.yearsByDegree,
      skills: s.skills,
      communication: s.communication,
    };
  });
const meta: fc.Arbitrary<SummaryMeta> = fc.record(
  {
    // A small pool of texts so that duplicates are common; undefined = no text (never deduped).
    text: fc.constantFrom('Data Scientist, Python', 'data scientist,  python', 'ML Engineer', 'Analyst with SQL', 'Research Scientist'),
    company: fc.constantFrom('Acme', 'Beta Labs', null),
    companySize: fc.constantFrom('1 to 50 employees', '10000+ employees', 'Unknown', null),
    industry: fc.constantFrom('IT Services', 'Insurance Carriers', null),
    location: fc.constantFrom('San Francisco, CA', 'New York, NY', 'Remote', 'United States', 'Berlin, Germany', null),
    skills: fc.constantFrom<Record<string, SkillInfo>>(
      { python: { name: 'Python', category: 'language' }, sql: { name: 'SQL', category: 'language' } },
      { spark: { name: 'Apache Spark', category: 'big-data' }, aws: { name: 'AWS', category: 'cloud' } },
      { python: { name: 'Python 3', category: 'language' } },
    ),
  },
  { requiredKeys: ['company', 'location'] },
);
/** A record: a summary with its details, or an invalid one. */
const item = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(summary, meta).map(([s, m]) => ({ ok: true as const, s, m })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((reason) => ({ ok: false as const, reason: reason || 'bad' })) },
);
type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

/** Feeds items (with their positions in the whole corpus) to a fresh aggregator. */
function feed(items: readonly [Item, number][]): Aggregator {
  const acc = createAggregator();
  for (const [it, index] of items) {
    if (it.ok) acc.addSummary(it.s, it.m, { source: 'corpus', index });
    else acc.addInvalid(it.reason, { source: 'corpus', index });
  }
  return acc;
}
const indexed = (items: readonly Item[]): [Item, number][] => items.map((it, i) => [it, i]);
const merged = (...parts: Aggregator[]): Aggregator => {
  const acc = createAggregator();
  for (const p of parts) acc.merge(p);
  return acc;
};

describe('merge laws', () => {
  const corpus = fc.array(item, { maxLength: 40 });

  it('merge is commutative', () => {
    fc.assert(
      fc.property(corpus, corpus, (a, b) => {
        const A = indexed(a);
        const B = indexed(b).map(([it, i]) => [it, i + 1000] as [Item, number]);
        expect(merged(feed(A), feed(B)).toJSON()).toEqual(merged(feed(B), feed(A)).toJSON());
      }),
    );
  });

  it('merge is associative', () => {
    fc.assert(
      fc.property(corpus, corpus, corpus, (a, b, c) => {
        const [A, B, C] = [a, b, c].map((x) => feed(indexed(x)));
        const left = merged(merged(A!, B!), C!);
        const right = merged(A!, merged(B!, C!));
        expect(left.toJSON()).toEqual(right.toJSON());
        expect(left.report()).toEqual(right.report());
      }),
    );
  });

  it('the report does not depend on how the postings were split or ordered', () => {
    fc.assert(
      fc.property(corpus, fc.array(fc.nat(40), { maxLength: 4 }), fc.boolean(), (items, cuts, dedupe) => {
        const all = indexed(items);
        const whole = feed(all);
        const points = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((x, y) => x - y);
        const shards: [Item, number][][] = [];
        let from = 0;
        for (const p of [...points, all.length]) {
          shards.push(all.slice(from, p));
          from = p;
        }
        // Merge in reverse order, through JSON, as partials written to disk would be.
        const parts = shards.reverse().map((s) => aggregatorFromJSON(JSON.parse(JSON.stringify(feed(s).toJSON()))));
        const combined = merged(...parts);
        expect(combined.toJSON()).toEqual(whole.toJSON());
        expect(combined.report({ dedupe })).toEqual(whole.report({ dedupe }));
        expect(feed([...all].reverse()).report({ dedupe })).toEqual(whole.report({ dedupe }));
      }),
    );
  });

  it('toJSON / fromJSON round-trips, and the partial is plain JSON', () => {
    fc.assert(
      fc.property(corpus, (items) => {
        const partial = feed(indexed(items)).toJSON();
        const copy = JSON.parse(JSON.stringify(partial));
        expect(copy).toEqual(partial);
        expect(aggregatorFromJSON(copy).toJSON()).toEqual(partial);
        expect(createAggregator.fromJSON(copy).report()).toEqual(feed(indexed(items)).report());
      }),
    );
  });

  it('counts every record: counted + duplicates dropped + invalid = received', () => {
    fc.assert(
      fc.property(corpus, (items) => {
        const r = feed(indexed(items)).report();
        expect(r.postings.counted + r.postings.duplicatesDropped + r.postings.invalid).toBe(items.length);
        expect(r.postings.invalid).toBe(items.filter((i) => !i.ok).length);
      }),
    );
  });
});

describe('invalid records are listed in code-unit order (source, index, reason), whatever the locale and merge order', () => {
  // Expected orders worked out from the UTF-16 code units: 'B' (0x42) < 'a' (0x61), 'e' (0x65) < 'é' (0xE9),
  // 'z' (0x7A) < 'ä' (0xE4). A locale's collation puts 'a' before 'B' and 'ä' before 'z', and ties the two spellings
  // of "é" (U+00E9 and e + U+0301), leaving their order to the order of merges. No source (null) comes before any
  // source, the empty one included (both used to read as '').
  type Rec = [string | null, string];
  it.each<[string, Rec[], Rec[]]>([
    ['capitals before small letters in sources', [['a.jsonl', 'bad'], ['B.jsonl', 'bad']], [['B.jsonl', 'bad'], ['a.jsonl', 'bad']]],
    ['two spellings of the same accented name are two sources', [['\u00e9.jsonl', 'bad'], ['e\u0301.jsonl', 'bad']], [['e\u0301.jsonl', 'bad'], ['\u00e9.jsonl', 'bad']]],
    ['capitals before small letters in reasons', [['a.jsonl', 'bad line'], ['a.jsonl', 'Bad line']], [['a.jsonl', 'Bad line'], ['a.jsonl', 'bad line']]],
    ['an accented reason after every ASCII letter', [['a.jsonl', '\u00e4rger'], ['a.jsonl', 'zero']], [['a.jsonl', 'zero'], ['a.jsonl', '\u00e4rger']]],
    ['equivalent spellings of a reason are two reasons', [['a.jsonl', '\u00e9t\u00e9'], ['a.jsonl', 'e\u0301te\u0301']], [['a.jsonl', 'e\u0301te\u0301'], ['a.jsonl', '\u00e9t\u00e9']]],
    ['no source before the empty source', [['', 'bad'], [null, 'bad']], [[null, 'bad'], ['', 'bad']]],
  ])('%s', (_name, records, expected) => {
    const one = ([source, reason]: Rec): Aggregator => {
      const acc = createAggregator();
      acc.addInvalid(reason, { source, index: 1 });
      return acc;
    };
    const [x, y] = records as [Rec, Rec];
    const orders = [merged(one(x), one(y)), merged(one(y), one(x)), merged(merged(one(y)), one(x))];
    for (const acc of orders) {
      expect(acc.toJSON().invalidSamples.map((r) => [r.source, r.reason])).toEqual(expected);
      expect(acc.report().invalidRecords.map((r) => [r.source, r.reason])).toEqual(expected);
    }
  });
});
