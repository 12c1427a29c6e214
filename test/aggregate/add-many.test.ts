import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, createAggregator, createExtractor, JobsiftInputError } from '../../src/index.js';
import { summarizeBatchOf } from '../../src/extract.js';

// Real postings: the first records of the example corpus (examples/data, glassdoor-2020).
const RECORDS: { text: string; company: string }[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 24)
  .map((l) => JSON.parse(l) as { text: string; company: string });

describe('summarizeBatchOf', () => {
  it('gives each input the summary summarize gives it, in input order', () => {
    const extractor = createExtractor();
    const inputs = [...RECORDS.map((r) => r.text), '', 'Python', '<ul><li>MS in Statistics</li></ul>', 'Data Scientist\nBS in CS and 3+ years of SQL.'];
    expect(summarizeBatchOf(extractor)(inputs)).toEqual(inputs.map((t) => extractor.summarize(t)));
  });

  it('gives an input summarize refuses the error summarize throws, and the others their summaries', () => {
    const extractor = createExtractor({ maxLength: 2000 });
    const long = RECORDS.find((r) => r.text.length > 2000)!.text;
    const short = RECORDS.find((r) => r.text.length <= 2000)!.text;
    const out = summarizeBatchOf(extractor)([short, long, 42 as unknown as string, short]);
    expect(out[0]).toEqual(extractor.summarize(short));
    expect(out[3]).toEqual(out[0]);
    expect(out[1]).toBeInstanceOf(JobsiftInputError);
    expect((out[1] as Error).message).toBe(`input is ${long.length} characters, over the maxLength option (2000)`);
    expect(() => extractor.summarize(long)).toThrow((out[1] as Error).message);
    expect(out[2]).toBeInstanceOf(JobsiftInputError);
    expect((out[2] as Error).message).toMatch(/^summarize expects a string/);
  });
});

describe('Aggregator.addMany', () => {
  it('counts an extraction failure as add does, with the same reason', () => {
    const options = { extractor: { maxLength: 2000 } };
    const items = RECORDS.slice(0, 6);
    const one = createAggregator(options);
    items.forEach((r, i) => one.add(r, { source: 'x.jsonl', index: i + 1 }));
    const many = createAggregator(options);
    many.addMany(items, items.map((_, i) => ({ source: 'x.jsonl', index: i + 1 })));
    expect(many.toJSON()).toEqual(one.toJSON());
    expect(many.toJSON().invalid).toBeGreaterThan(0);
    expect(many.toJSON().invalidSamples[0]!.reason).toMatch(/^extraction failed: input is \d+ characters, over the maxLength option \(2000\)$/);
  });

  it('in strict mode throws at the first invalid posting, after counting the ones before it', () => {
    const items: unknown[] = [RECORDS[0], RECORDS[1], { title: 'no text' }, RECORDS[2]];
    const one = createAggregator({ strict: true });
    let thrown = '';
    try {
      items.forEach((p, i) => one.add(p, { index: i }));
    } catch (err) {
      thrown = (err as Error).message;
    }
    const many = createAggregator({ strict: true });
    expect(() => many.addMany(items, items.map((_, i) => ({ index: i })))).toThrow(JobsiftInputError);
    expect(() => createAggregator({ strict: true }).addMany(items)).toThrow(thrown.replace(/^record 2: /, ''));
    expect(thrown).toMatch(/^record 2: /);
    expect(many.received).toBe(3);
    expect(many.toJSON()).toEqual(one.toJSON());
  });

  it('refuses what is not a list of postings, or origins that do not match it, and counts nothing', () => {
    const acc = createAggregator();
    expect(() => acc.addMany('text' as unknown as unknown[])).toThrow(/^addMany expects an array of postings, got/);
    expect(() => acc.addMany([RECORDS[0], RECORDS[1]], [{ index: 0 }])).toThrow(/^addMany: origins must be an array as long as postings \(2\)/);
    expect(() => acc.addMany([RECORDS[0], RECORDS[1]], [{ index: 0 }, { index: -1 }])).toThrow(/origin\.index must be a non-negative integer/);
    expect(acc.received).toBe(0);
    acc.addMany([]);
    expect(acc.received).toBe(0);
  });

  it('reads a hole in the list as add reads undefined: an invalid posting', () => {
    const items = ['Python and SQL', , 'BS in Computer Science'];
    const one = createAggregator();
    for (let i = 0; i < items.length; i++) one.add(items[i], { index: i });
    const many = createAggregator();
    many.addMany(items, [{ index: 0 }, { index: 1 }, { index: 2 }]);
    expect(many.received).toBe(3);
    expect(many.toJSON()).toEqual(one.toJSON());
  });

  it('throws what a posting throws when read, after counting the postings before it, as add does', () => {
    const bad = {
      get text(): string {
        throw new Error('unreadable');
      },
    };
    const items: unknown[] = ['Python and SQL', 'BS in Computer Science', bad, 'MS in Statistics'];
    const one = createAggregator();
    expect(() => items.forEach((p, i) => one.add(p, { index: i }))).toThrow('unreadable');
    const many = createAggregator();
    expect(() => many.addMany(items, items.map((_, i) => ({ index: i })))).toThrow('unreadable');
    expect(one.received).toBe(2);
    expect(many.received).toBe(2);
    expect(many.toJSON()).toEqual(one.toJSON());
  });
});

describe('aggregate over an iterable that fails', () => {
  it('counts (and reports) what the iterable gave before it failed, then throws its error', () => {
    const log: string[] = [];
    function* postings(): Generator<unknown> {
      yield 'Python and SQL';
      yield 42;
      throw new Error('source broke');
    }
    expect(() => aggregate(postings(), { onInvalid: (r) => log.push(`invalid ${r.index}`) })).toThrow('source broke');
    expect(log).toEqual(['invalid 1']);
  });

  it('in strict mode throws at the invalid posting, not at the failure read after it', () => {
    function* postings(): Generator<unknown> {
      yield 'Python and SQL';
      yield 42;
      throw new Error('source broke');
    }
    expect(() => aggregate(postings(), { strict: true })).toThrow(/^record 1: a posting must be a string or an object, got number/);
  });
});

