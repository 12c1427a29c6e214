import { describe, expect, it } from 'vitest';
import { MarketReportSchema, createAggregator, type MarketReport } from '../../src/aggregate/index.js';
import type { RequirementSummary } from '../../src/schema.js';
import { P1, P2, P3, P4, P5, P6_DUPLICATE_OF_P1 } from './fixture-corpus.js';

function build(options: { dedupe?: boolean } = {}): MarketReport {
  const acc = createAggregator();
  for (const [summary, meta] of [P1, P2, P3, P4, P5, P6_DUPLICATE_OF_P1]) acc.addSummary(summary, meta);
  // A broken summary: counted as invalid, with its index and reason.
  acc.addSummary({ ...P4[0], minYears: -1 } as RequirementSummary, {}, { source: 'hand.jsonl', index: 7 });
  return acc.report({ top: 10, cooccurrenceTop: 3, ...options });
}

const counts = (rows: { key: string; count: number }[]): Record<string, number> =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));

describe('market report over the hand-counted fixture corpus', () => {
  const r = build();

  it('is a valid MarketReport', () => {
    expect(MarketReportSchema.parse(r)).toEqual(r);
  });

  it('counts postings, the invalid record and the dropped duplicate', () => {
    // 7 records: P1-P5, P6 (= P1), one invalid summary.
    expect(r.postings).toEqual({ received: 7, invalid: 1, duplicatesDropped: 1, counted: 5, dedupe: true });
    expect(r.invalidRecords).toHaveLength(1);
    expect(r.invalidRecords[0]).toMatchObject({ source: 'hand.jsonl', index: 7 });
    expect(r.invalidRecords[0]!.reason).toMatch(/minYears/);
  });

  it('counts degree levels by posting: any mention, required, minimum', () => {
    // any: bachelor P1 P5; master P1 P2; doctorate P2 P3. required: bachelor P1 P5; master P2.
    expect(counts(r.degrees.any)).toEqual({ bachelor: 2, master: 2, doctorate: 2 });
    expect(counts(r.degrees.required)).toEqual({ bachelor: 2, master: 1 });
    expect(counts(r.degrees.minimum)).toEqual({ bachelor: 2, master: 1, doctorate: 1 });
    expect(r.degrees.notStated).toBe(1); // P4
    expect(r.degrees.requiredNotStated).toBe(2); // P3 (PhD not required), P4
    expect(r.degrees.any.map((d) => d.key)).toEqual(['high-school', 'associate', 'bachelor', 'master', 'doctorate']);
    expect(r.degrees.any.find((d) => d.key === 'master')!.share).toBeCloseTo(2 / 5, 12);
  });

  it('counts fields, ranked by count then id', () => {
    expect(r.fields.items.map((f) => [f.key, f.count])).toEqual([
      ['computer-science', 2], ['mathematics', 1], ['statistics', 1],
    ]);
    expect(r.fields.notStated).toBe(2); // P3, P4
    expect(r.fields.distinct).toBe(3);
  });

  it('gives the years histogram, median and mean', () => {
    // minYears 3 (P1), 2 (P2), 5 (P4), 12 (P5); P3 states none. Sorted 2 3 5 12: median (3+5)/2, mean 22/4.
    expect(r.experience.stated).toBe(4);
    expect(r.experience.notStated).toBe(1);
    expect(r.experience.share).toBeCloseTo(4 / 5, 12);
    expect(r.experience.median).toBe(4);
    expect(r.experience.mean).toBe(5.5);
    expect(counts(r.experience.histogram)).toEqual({ '2': 1, '3': 1, '5': 1, '10+': 1 });
    expect(r.experience.histogram.map((h) => h.key)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10+']);
  });

  it('gives years by degree from pairings and by minimum degree', () => {
    const pairs = Object.fromEntries(r.experienceByDegree.pairs.map((p) => [p.level, [p.postings, p.median, p.mean]]));
    // bachelor: 3 (P1); master: 1 (P1), 2 (P2); doctorate: 0 (P2).
    expect(pairs).toMatchObject({ bachelor: [1, 3, 3], master: [2, 1.5, 1.5], doctorate: [1, 0, 0], associate: [0, null, null] });
    expect(r.experienceByDegree.pairsNotStated).toBe(3);
    const byMin = Object.fromEntries(r.experienceByDegree.byMinimumDegree.map((p) => [p.level, [p.postings, p.stated, p.median]]));
    // bachelor: P1 (3), P5 (12); master: P2 (2); doctorate: P3 (no years).
    expect(byMin).toMatchObject({ bachelor: [2, 2, 7.5], master: [1, 1, 2], doctorate: [1, 0, null] });
  });

  it('counts skills overall and per category from the categories the hits carried', () => {
    expect(r.skills.overall.items.map((s) => [s.key, s.label, s.count])).toEqual([
      ['python', 'Python', 3], ['pytorch', 'PyTorch', 2], ['sql', 'SQL', 2], ['tensorflow', 'TensorFlow', 2],
      ['aws', 'AWS', 1], ['tableau', 'Tableau', 1],
    ]);
    expect(r.skills.overall.notStated).toBe(1); // P4
    // language: P1 P2 P3 P5; dl-framework: P1 P2 P3; cloud: P3; visualization: P5.
    expect(r.skills.categories.map((c) => [c.category, c.count])).toEqual([
      ['language', 4], ['dl-framework', 3], ['cloud', 1], ['visualization', 1],
    ]);
    expect(r.skills.categories[0]!.table.notStated).toBe(1);
  });

  it('counts communication, companies, sizes, industries and places', () => {
    expect(r.communication).toMatchObject({ count: 3, notStated: 2 });
    expect(counts(r.companies.items)).toEqual({ Acme: 2, 'Beta Labs': 1, Gamma: 1 });
    expect(r.companies.notStated).toBe(1);
    expect(counts(r.companySizes.items)).toEqual({ '501-1000': 1, '10000+': 1, '1-50': 1, '51-200': 1 });
    expect(r.companySizes.notStated).toBe(1); // "Unknown"
    expect(counts(r.industries.items)).toEqual({ 'IT Services': 2, 'Biotech & Pharmaceuticals': 2 });
    expect(r.industries.notStated).toBe(1);
    expect(counts(r.locations.states.items)).toEqual({ CA: 1, NY: 1, MA: 1 });
    expect(r.locations.states.notStated).toBe(2);
    expect(counts(r.locations.cities.items)).toEqual({ 'San Francisco, CA': 1, 'New York, NY': 1, 'Cambridge, MA': 1 });
    expect(r.locations).toMatchObject({ remote: 1, countryOnly: 1, other: 0, notStated: 0 });
  });

  it('gives co-occurrence of the top skills', () => {
    // python & pytorch: P2 P3; python & sql: P1; pytorch & sql: none.
    expect(r.cooccurrence).toEqual({
      skills: ['python', 'pytorch', 'sql'],
      // The names SKILLS gives them.
      labels: ['Python', 'PyTorch', 'SQL'],
      counts: [[3, 2, 1], [2, 2, 0], [1, 0, 2]],
    });
  });

  it('counts the duplicate when dedupe is off', () => {
    const all = build({ dedupe: false });
    expect(all.postings).toMatchObject({ counted: 6, duplicatesDropped: 0, dedupe: false });
    expect(counts(all.companies.items)).toMatchObject({ Acme: 3 });
    expect(all.skills.overall.items[0]).toMatchObject({ key: 'python', count: 4 });
  });

  it('cuts ranked tables at top N but keeps the distinct count', () => {
    const acc = createAggregator();
    for (const [s, m] of [P1, P2, P3, P4, P5]) acc.addSummary(s, m);
    const small = acc.report({ top: 2 });
    expect(small.skills.overall.items.map((s) => s.key)).toEqual(['python', 'pytorch']);
    expect(small.skills.overall.distinct).toBe(6);
  });
});
