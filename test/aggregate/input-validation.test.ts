import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, createAggregator, type AggregatePartial, type Aggregator, type InvalidRecord } from '../../src/aggregate/index.js';
import { Dictionary, encode } from '../../src/aggregate/compact.js';
import type { Contribution } from '../../src/aggregate/contribution.js';
import { JobsiftError, JobsiftInputError, JobsiftOptionsError, JobsiftTaxonomyError } from '../../src/errors.js';
import type { RequirementSummary } from '../../src/schema.js';

// The first lines of real glassdoor-2020 postings.
const POSTING_A = 'Data Scientist\nLocation: Albuquerque, NM\nEducation Required: Bachelor’s degree required, preferably in math, engineering, business, or the sciences.';
const POSTING_B = 'Senior Data Analyst. Requirements: 3+ years of experience with Python and SQL; a degree in statistics.';

const summaryOf = (skills: string[], fields: string[] = []): RequirementSummary => ({
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields, minYears: null, yearsByDegree: [], skills, communication: false,
});
const PYTHON = summaryOf(['python']);

/** An aggregator with a little of everything: postings with and without text, an invalid record, skill names. */
function sample(): Aggregator {
  const acc = createAggregator();
  acc.addSummary(PYTHON, { text: POSTING_A, company: 'Acme', location: 'Seattle, WA', skills: { python: { name: 'Python', category: 'language' } } });
  acc.addSummary(PYTHON, { text: POSTING_A.toUpperCase(), company: 'Acme' });
  acc.addSummary(summaryOf(['sql']), { company: 'Beta Labs' });
  acc.addInvalid('invalid JSON', { source: 'a.jsonl', index: 4 });
  return acc;
}
const roundTrip = (acc: Aggregator): Aggregator => createAggregator.fromJSON(JSON.parse(JSON.stringify(acc.toJSON())));

/** An iterable that fails the test if anything reads it: options must be refused before the first posting. */
const untouchable: Iterable<unknown> = {
  [Symbol.iterator]: () => {
    throw new Error('the postings were read before the options were checked');
  },
};

describe('aggregate(postings): what it accepts as the list of postings', () => {
  async function* asyncPostings(): AsyncGenerator<string> {
    yield POSTING_A;
  }
  it.each([
    ['one string (it would count one posting per character)', 'Requires Python and SQL', /single string/],
    ['a String object', new String('Requires Python and SQL'), /single string/],
    ['null', null, /array or iterable of postings, got null/],
    ['undefined', undefined, /array or iterable of postings, got undefined/],
    ['a number', 42, /got number 42/],
    ['a plain object', { text: POSTING_A }, /got an object/],
    ['an async iterable (pointing to the streaming API)', asyncPostings(), /async iterable: use createAggregator\(\), add each posting in a for await loop/],
  ])('refuses %s with a JobsiftInputError', (_name, postings, message) => {
    expect(() => aggregate(postings as Iterable<unknown>)).toThrow(JobsiftInputError);
    expect(() => aggregate(postings as Iterable<unknown>)).toThrow(message);
  });

  it('refuses a string when the code is type-checked too (npm test runs tsc over the tests)', () => {
    const one = 'Requires Python and SQL';
    // @ts-expect-error a string is iterable, but not a list of postings
    expect(() => aggregate(one)).toThrow(JobsiftInputError);
    const either = one as string | string[];
    // @ts-expect-error nor may a value that may be a string
    expect(() => aggregate(either)).toThrow(JobsiftInputError);
    // @ts-expect-error nor a String object
    expect(() => aggregate(new String(one))).toThrow(JobsiftInputError);
  });

  it('type-checks every kind of list of postings, generic callers included', () => {
    // Compiles (tsc over the tests is part of npm test); run, each counts its postings.
    const generic = <T extends Iterable<string>>(postings: T) => aggregate(postings);
    const genericArray = <T extends readonly string[]>(postings: T) => aggregate(postings);
    const asIterable: Iterable<unknown> = [POSTING_A];
    const readonlyList: readonly string[] = [POSTING_A, POSTING_B];
    expect(generic(new Set([POSTING_A])).postings.counted).toBe(1);
    expect(genericArray([POSTING_A, POSTING_B] as const).postings.counted).toBe(2);
    expect(aggregate(asIterable).postings.counted).toBe(1);
    expect(aggregate(readonlyList).postings.counted).toBe(2);
    expect(aggregate([] as unknown[]).postings.counted).toBe(0);
  });

  function* generated(): Generator<string> {
    yield POSTING_A;
    yield POSTING_B;
  }
  it.each([
    ['an array', [POSTING_A, POSTING_B]],
    ['a Set', new Set([POSTING_A, POSTING_B])],
    ['a generator', generated()],
  ])('reads %s', (_name, postings) => {
    expect(aggregate(postings).postings).toMatchObject({ received: 2, counted: 2 });
  });
});

describe('aggregator options are checked at creation', () => {
  it.each([
    ['null', null, /aggregator options must be an object, got null/],
    ['a number', 5, /must be an object, got number 5/],
    ['an unknown option', { bogus: 1 }, /unknown option "bogus"/],
    ['onInvalid that is no function', { onInvalid: 5 }, /onInvalid must be a function/],
    ['strict that is no boolean', { strict: 'yes' }, /strict must be a boolean/],
    ['an unknown extractor format', { extractor: { format: 'xml' } }, /extractor: invalid jobsift options: format/],
    ['extractor options that are null', { extractor: null }, /extractor: jobsift options must be an object/],
    ['an unknown extractor option', { extractor: { lang: 'en' } }, /extractor: invalid jobsift options/],
  ])('createAggregator refuses %s with a JobsiftOptionsError', (_name, options, message) => {
    expect(() => createAggregator(options as never)).toThrow(JobsiftOptionsError);
    expect(() => createAggregator(options as never)).toThrow(message);
  });

  it('a bad custom taxonomy throws at creation, not as one invalid record per posting', () => {
    expect(() => createAggregator({ extractor: { taxonomy: [{ id: 'Not A Slug', name: 'X', category: 'tool' }] } })).toThrow(JobsiftTaxonomyError);
  });

  it.each([
    ['null', null, /aggregate options must be an object, got null/],
    ['onInvalid that is no function', { onInvalid: 5 }, /onInvalid must be a function/],
    ['an unknown extractor format', { extractor: { format: 'xml' } }, /format/],
    ['an unknown option', { bogus: 1 }, /invalid aggregate options: .*bogus/],
    ['a bad report option', { top: 0 }, /invalid aggregate options: top/],
  ])('aggregate refuses %s before reading any posting', (_name, options, message) => {
    expect(() => aggregate(untouchable, options as never)).toThrow(JobsiftOptionsError);
    expect(() => aggregate(untouchable, options as never)).toThrow(message);
  });

  it('aggregate passes onInvalid on, with each invalid record', () => {
    const seen: InvalidRecord[] = [];
    const r = aggregate([POSTING_A, 42, { title: 'no text' }], { onInvalid: (rec) => seen.push(rec) });
    expect(r.postings).toMatchObject({ received: 3, invalid: 2 });
    expect(seen.map((s) => s.index)).toEqual([1, 2]);
    expect(seen[0]!.reason).toMatch(/string or an object/);
  });

  it('a posting over maxLength is still one invalid record (the input, not the options, is at fault)', () => {
    const r = aggregate([POSTING_A, 'Python'], { extractor: { maxLength: 20 } });
    expect(r.postings).toMatchObject({ received: 2, invalid: 1, counted: 1 });
    expect(r.invalidRecords[0]!.reason).toMatch(/maxLength/);
  });
});

describe('bad arguments to add, addSummary, addInvalid and merge are JobsiftInputErrors and change nothing', () => {
  const compact = (): Record<string, unknown> => sample().toCompact() as unknown as Record<string, unknown>;
  it.each<[string, (acc: Aggregator) => unknown, RegExp]>([
    ['add with a null origin', (acc) => acc.add(42, null as never), /origin must be an object/],
    ['add with a string origin', (acc) => acc.add(POSTING_A, 'a.jsonl' as never), /origin must be an object/],
    ['addSummary with null meta', (acc) => acc.addSummary(PYTHON, null as never), /meta must be an object, got null/],
    ['addSummary with a skill that is null', (acc) => acc.addSummary(PYTHON, { skills: { python: null } } as never), /meta\.skills\["python"\]/],
    ['addSummary with skills that are a string', (acc) => acc.addSummary(PYTHON, { skills: 'python' } as never), /meta\.skills must be an object/],
    ['addSummary with a company size that is a symbol', (acc) => acc.addSummary(PYTHON, { companySize: Symbol('big') } as never), /meta\.companySize must be a string, a number or null/],
    ['addSummary with a company that is a number', (acc) => acc.addSummary(PYTHON, { company: 7 } as never), /meta\.company must be a string or null, got number 7/],
    ['addSummary with a text that is an object', (acc) => acc.addSummary(PYTHON, { text: { body: POSTING_A } } as never), /meta\.text/],
    ['addSummary with a null origin', (acc) => acc.addSummary(PYTHON, {}, null as never), /origin must be an object/],
    ['addInvalid with a null origin', (acc) => acc.addInvalid('bad', null as never), /origin must be an object/],
    ['merge(null)', (acc) => acc.merge(null as never), /not a jobsift aggregate partial/],
    ['merge(undefined)', (acc) => acc.merge(undefined as never), /not a jobsift aggregate partial/],
    ['a compact partial with nothing but its kind', (acc) => acc.merge({ kind: 'jobsift-compact-partial' } as never), /not a jobsift compact partial: received/],
    ['a compact partial with entries that are not an array', (acc) => acc.merge({ ...compact(), entries: 'x' } as never), /entries, copies and untexted/],
    ['a compact partial whose key points past its entries', (acc) => acc.merge({ ...compact(), keyEntry: (compact().keyEntry as Int32Array).map(() => 99) } as never), /refers to entry 99/],
    ['a compact partial whose keys are a plain array', (acc) => acc.merge({ ...compact(), keyHi: [1, 2] } as never), /Uint32Arrays/],
    ['a compact partial with an entry naming no value of its dictionary', (acc) => acc.merge({ ...compact(), values: [] } as never), /entry 0 is not a valid encoded contribution/],
    // The dictionary is read into a Dictionary, which keeps one index per value: a repeat shifts every later reference.
    ['a compact partial whose dictionary repeats a value an entry refers to', (acc) => acc.merge({ ...compact(), values: (compact().values as string[]).map((v, i, all) => (i === all.length - 1 ? all[0]! : v)) } as never), /values must not repeat: "Acme"/],
    ['a compact partial whose dictionary repeats a value at its end', (acc) => acc.merge({ ...compact(), values: [...(compact().values as string[]), 'python'] } as never), /values must not repeat: "python"/],
    ['a compact partial with a truncated entry', (acc) => acc.merge({ ...compact(), entries: (compact().entries as string[]).map((e) => e.slice(0, -1)) } as never), /not a valid encoded contribution/],
    ['a compact partial with more texts than postings', (acc) => acc.merge({ ...compact(), copies: (compact().copies as number[]).map(() => 1), untexted: (compact().untexted as number[]).map(() => 1) } as never), /counts are not consistent/],
    ['a compact partial whose received does not add up', (acc) => acc.merge({ ...compact(), received: 0 } as never), /received \(0\)/],
    ['a compact partial with a sample that is null', (acc) => acc.merge({ ...compact(), invalidSamples: [null] } as never), /invalidSamples/],
    ['a compact partial with a skill that is null', (acc) => acc.merge({ ...compact(), skills: { python: null } } as never), /skills/],
  ])('%s', (_name, call, message) => {
    const acc = sample();
    const before = acc.toJSON();
    expect(() => call(acc)).toThrow(JobsiftInputError);
    expect(() => call(acc)).toThrow(message);
    expect(acc.toJSON()).toEqual(before);
  });

  it('an aggregator of another copy of jobsift (not this class) merges through its compact form, checked', () => {
    const inner = sample();
    const foreign = { toCompact: () => inner.toCompact() };
    expect(sample().merge(foreign as never).toJSON()).toEqual(sample().merge(inner).toJSON());
    const broken = { toCompact: () => ({ ...inner.toCompact(), received: -1 }) };
    expect(() => sample().merge(broken as never)).toThrow(JobsiftInputError);
  });

  it('a compact partial passed between threads (structured clone) merges like the aggregator itself', () => {
    const direct = sample().merge(sample());
    expect(sample().merge(structuredClone(sample().toCompact())).toJSON()).toEqual(direct.toJSON());
  });
});

describe('skill and field ids that are Object.prototype keys', () => {
  it.each([
    ['constructor', 'Constructor'],
    ['data-constructor', 'Data constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['data-valueOf', 'Data valueOf'],
    ['hasOwnProperty', 'hasOwnProperty'],
    ['sql-constructor', 'SQL constructor'],
  ])('%s is labelled %j', (id, label) => {
    const acc = createAggregator();
    acc.addSummary(summaryOf([id], [id]));
    const restored = roundTrip(acc).report();
    for (const r of [acc.report(), restored]) {
      expect(r.skills.overall.items.map((i) => i.label)).toEqual([label]);
      expect(r.fields.items.map((i) => i.label)).toEqual([label]);
    }
  });

  it('a state code "constructor" in a partial is its own label', () => {
    const tuple = [[], [], -1, [], null, [], [], 0, null, null, null, 'city', 'constructor', 'Springfield'];
    const partial = {
      format: 'jobsift-aggregate-partial', version: 2, received: 1, invalid: 0, invalidSamples: [], skills: {}, entries: [[tuple, 1, 1, []]],
    };
    expect(createAggregator.fromJSON(partial).report().locations.states.items.map((i) => i.label)).toEqual(['constructor']);
  });

  it('a skill "__proto__" keeps its name and category through toJSON, JSON and fromJSON', () => {
    const acc = createAggregator();
    const skills = JSON.parse('{"__proto__": {"name": "Proto Buffers", "category": "tool"}}') as Record<string, { name: string; category: string }>;
    acc.addSummary(summaryOf(['__proto__']), { skills });
    for (const a of [acc, roundTrip(acc)]) {
      expect(Object.hasOwn(a.toJSON().skills, '__proto__')).toBe(true);
      expect(a.report().skills.categories.map((c) => [c.category, c.table.items.map((i) => i.label)])).toEqual([['tool', ['Proto Buffers']]]);
    }
  });
});

describe('whatever toJSON writes, fromJSON reads', () => {
  it.each<[string, (acc: Aggregator) => void, RegExp]>([
    ['a negative index', (acc) => acc.add(null, { index: -1 }), /origin\.index must be a non-negative integer, got number -1/],
    ['a fractional index', (acc) => acc.add(null, { index: 2.5 }), /origin\.index/],
    ['an index that is NaN', (acc) => acc.addInvalid('bad', { index: Number.NaN }), /origin\.index/],
    ['an index past the safe integers', (acc) => acc.addInvalid('bad', { index: 2 ** 60 }), /origin\.index/],
    ['an index that is a string', (acc) => acc.addSummary(PYTHON, {}, { index: '3' as never }), /origin\.index/],
    ['a source that is a number', (acc) => acc.add(null, { source: 7 as never }), /origin\.source must be a string or null/],
    ['a reason that is not a string', (acc) => acc.addInvalid({ code: 1 } as never), /reason must be a string/],
  ])('refuses %s when it is added', (_name, call, message) => {
    const acc = sample();
    expect(() => call(acc)).toThrow(JobsiftInputError);
    expect(() => call(acc)).toThrow(message);
    expect(roundTrip(acc).report()).toEqual(acc.report());
  });

  const anyOrigin = fc.oneof(
    fc.constant(undefined),
    fc.anything(),
    fc.record(
      { source: fc.oneof(fc.string(), fc.constant(null), fc.anything()), index: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.anything()) },
      { requiredKeys: [] },
    ),
  );
  const id = fc.constantFrom('python', 'sql', 'constructor', '__proto__', 'data-constructor', 'toString');
  const anySkills = fc
    .array(fc.tuple(id, fc.oneof(fc.record({ name: fc.string(), category: fc.string() }), fc.anything())), { maxLength: 3 })
    .map((pairs) => Object.fromEntries(pairs));
  const anyMeta = fc.oneof(
    fc.constant(undefined),
    fc.anything(),
    fc.record(
      {
        text: fc.oneof(fc.constantFrom(POSTING_A, POSTING_B), fc.anything()),
        company: fc.oneof(fc.constantFrom('Acme', null), fc.anything()),
        location: fc.oneof(fc.constantFrom('Seattle, WA', 'Hybrid - Austin, TX'), fc.anything()),
        companySize: fc.oneof(fc.constantFrom('51 to 200 employees', 5000), fc.anything(), fc.constant(Symbol('size'))),
        industry: fc.anything(),
        skills: anySkills,
      },
      { requiredKeys: [] },
    ),
  );
  const anySummary = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.uniqueArray(id, { maxLength: 3 }), fc.uniqueArray(id, { maxLength: 2 }), fc.constantFrom(null, 0, 1.5, 3), fc.boolean())
        .map(([s, f, minYears, degree]): RequirementSummary => ({
          ...summaryOf(s, f),
          minYears,
          ...(degree && { degreeLevels: ['bachelor', 'master'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'bachelor', yearsByDegree: [{ level: 'master', years: 2 }] }),
        })),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const call = fc.oneof(
    fc.tuple(fc.constant('add' as const), fc.oneof(fc.constantFrom(POSTING_A, 'Python and SQL', ''), fc.anything()), anyOrigin),
    fc.tuple(fc.constant('addSummary' as const), anySummary, anyMeta, anyOrigin),
    fc.tuple(fc.constant('addInvalid' as const), fc.oneof(fc.string(), fc.anything()), anyOrigin),
  );

  it('for any calls that do not throw, fromJSON(JSON of toJSON()) succeeds and reports the same (and bad calls throw typed errors)', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 12 }), (calls) => {
        const acc = createAggregator();
        for (const c of calls) {
          try {
            if (c[0] === 'add') acc.add(c[1], c[2] as never);
            else if (c[0] === 'addSummary') acc.addSummary(c[1] as never, c[2] as never, c[3] as never);
            else acc.addInvalid(c[1] as never, c[2] as never);
          } catch (err) {
            expect(err).toBeInstanceOf(JobsiftError);
          }
        }
        const restored = roundTrip(acc);
        expect(restored.toJSON()).toEqual(acc.toJSON());
        // The compact form, as it crosses to another thread, passes its checks too.
        expect(createAggregator().merge(structuredClone(acc.toCompact())).toJSON()).toEqual(acc.toJSON());
        expect(restored.report()).toEqual(acc.report());
        const r = acc.report();
        expect(r.postings.counted + r.postings.duplicatesDropped + r.postings.invalid).toBe(r.postings.received);
      }),
      { numRuns: 150 },
    );
  });
});

describe('reports, callbacks and partials are copies of the state', () => {
  it('changing a report does not change the next report or the partial', () => {
    const acc = sample();
    const partial = acc.toJSON();
    const report = acc.report();
    report.invalidRecords[0]!.reason = 'REDACTED';
    expect(acc.report().invalidRecords[0]!.reason).toBe('invalid JSON');
    expect(acc.toJSON()).toEqual(partial);
  });

  it('changing the record onInvalid receives changes nothing', () => {
    const acc = createAggregator({ onInvalid: (r) => { r.reason = 'REDACTED'; r.index = 99; } });
    acc.add(42, { index: 3 });
    expect(acc.toJSON().invalidSamples).toEqual([{ source: null, index: 3, reason: 'a posting must be a string or an object, got number' }]);
  });

  it('changing a partial (JSON or compact) after it was merged or written changes nothing', () => {
    const acc = sample();
    const partial = acc.toJSON();
    acc.toJSON().skills.python!.name = 'Monty';
    const merged = createAggregator();
    const compact = sample().toCompact();
    merged.merge(compact);
    compact.invalidSamples[0]!.reason = 'REDACTED';
    expect(acc.toJSON()).toEqual(partial);
    expect(merged.toJSON()).toEqual(partial);
  });
});

describe('a partial whose counts do not add up is refused', () => {
  const good = (): AggregatePartial => sample().toJSON();
  const v1 = (received: number): unknown => ({
    format: 'jobsift-aggregate-partial', version: 1, received, invalid: 0, invalidSamples: [], skills: {},
    entries: [[['', [], [], -1, [], null, [], ['python'], 0, null, null, null, null, null, null], 2]],
  });
  it.each<[string, unknown, RegExp]>([
    ['received 0 with postings in it', { ...good(), received: 0 }, /received \(0\) is not the invalid records \(1\) plus the postings it holds \(3\)/],
    ['received one short', { ...good(), received: 3 }, /received \(3\)/],
    ['received more than it holds', { ...good(), received: 40 }, /received \(40\)/],
    ['more invalid samples than invalid records', { ...good(), received: 3, invalid: 0 }, /it lists 1 invalid records but counts 0/],
    ['a version 1 partial with received 0', v1(0), /received \(0\)/],
  ])('%s', (_name, partial, message) => {
    expect(() => createAggregator.fromJSON(partial)).toThrow(JobsiftInputError);
    expect(() => createAggregator.fromJSON(partial)).toThrow(message);
  });

  it('a consistent version 1 partial is read', () => {
    expect(createAggregator.fromJSON(v1(2)).report().postings).toMatchObject({ received: 2, counted: 2 });
  });
});

describe('summaries whose degree facts disagree are read consistently; partials holding such tuples are refused', () => {
  const nonZero = (rows: { key: string; count: number }[]): Record<string, number> =>
    Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
  const base: RequirementSummary = summaryOf(['python']);

  // What the report says of one posting, worked out from the rules: every level the summary names (degreeLevels,
  // requiredDegreeLevels or minimumDegree) is named; the minimum is the lowest level named; one year figure per level,
  // the lowest.
  it.each<[string, Partial<RequirementSummary>, { any: Record<string, number>; required: Record<string, number>; minimum: Record<string, number>; notStated: number; requiredNotStated: number }]>([
    ['a minimum degree that is not among the levels named is named too, and the lowest level is the minimum',
      { degreeLevels: ['master'], minimumDegree: 'bachelor' },
      { any: { bachelor: 1, master: 1 }, required: {}, minimum: { bachelor: 1 }, notStated: 0, requiredNotStated: 1 }],
    ['a minimum degree with no level named names that level',
      { degreeLevels: [], minimumDegree: 'master' },
      { any: { master: 1 }, required: {}, minimum: { master: 1 }, notStated: 0, requiredNotStated: 1 }],
    ['levels named with no minimum: the lowest is the minimum',
      { degreeLevels: ['bachelor', 'master'], minimumDegree: null },
      { any: { bachelor: 1, master: 1 }, required: {}, minimum: { bachelor: 1 }, notStated: 0, requiredNotStated: 1 }],
    ['a minimum above the lowest level named: the lowest is the minimum',
      { degreeLevels: ['bachelor', 'master'], minimumDegree: 'master' },
      { any: { bachelor: 1, master: 1 }, required: {}, minimum: { bachelor: 1 }, notStated: 0, requiredNotStated: 1 }],
    ['a required level with no level named is named, and is the minimum',
      { degreeLevels: [], requiredDegreeLevels: ['doctorate'], minimumDegree: null },
      { any: { doctorate: 1 }, required: { doctorate: 1 }, minimum: { doctorate: 1 }, notStated: 0, requiredNotStated: 0 }],
    ['a required level below the levels named is named, and is the minimum',
      { degreeLevels: ['master'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'master' },
      { any: { bachelor: 1, master: 1 }, required: { bachelor: 1 }, minimum: { bachelor: 1 }, notStated: 0, requiredNotStated: 0 }],
    ['a consistent summary is read as it is',
      { degreeLevels: ['associate', 'bachelor'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'associate' },
      { any: { associate: 1, bachelor: 1 }, required: { bachelor: 1 }, minimum: { associate: 1 }, notStated: 0, requiredNotStated: 0 }],
  ])('%s', (_name, degrees, expected) => {
    const acc = createAggregator();
    acc.addSummary({ ...base, ...degrees });
    for (const a of [acc, roundTrip(acc), createAggregator().merge(structuredClone(acc.toCompact()))]) {
      const r = a.report();
      expect(r.postings).toMatchObject({ received: 1, invalid: 0, counted: 1 });
      expect({
        any: nonZero(r.degrees.any), required: nonZero(r.degrees.required), minimum: nonZero(r.degrees.minimum),
        notStated: r.degrees.notStated, requiredNotStated: r.degrees.requiredNotStated,
      }).toEqual(expected);
      // The minimum table adds up: every posting has one minimum, or names no degree.
      expect(r.degrees.minimum.reduce((s, x) => s + x.count, 0) + r.degrees.notStated).toBe(r.postings.counted);
    }
  });

  it('two year figures for one level: the lowest is the one counted, once', () => {
    const acc = createAggregator();
    acc.addSummary({ ...base, degreeLevels: ['master'], minimumDegree: 'master', yearsByDegree: [{ level: 'master', years: 5 }, { level: 'master', years: 3 }] });
    const master = acc.report().experienceByDegree.pairs.find((p) => p.level === 'master')!;
    expect(master).toMatchObject({ postings: 1, stated: 1, median: 3, mean: 3, share: 1 });
  });

  // Tuples the aggregator never writes: [levels, required, minimum, fields, minYears, pairs, skills, communication,
  // company, size, industry, place kind, state, city]; levels are indices into DEGREE_LEVELS (2 bachelor, 3 master).
  const tuple = (patch: Record<number, unknown>): unknown[] => {
    const t: unknown[] = [[], [], -1, [], null, [], ['python'], 0, null, null, null, null, null, null];
    for (const [k, v] of Object.entries(patch)) t[Number(k)] = v;
    return t;
  };
  const bad: [string, unknown[], RegExp][] = [
    ['two year figures for one level', tuple({ 0: [3], 2: 3, 5: [[3, 5], [3, 3]] }), /two year figures for master/],
    ['a minimum degree that is not among the levels named', tuple({ 0: [3], 2: 2 }), /minimum degree bachelor is not the lowest level named \(master\)/],
    ['a minimum degree with no level named', tuple({ 2: 3 }), /minimum degree master is not the lowest level named \(none\)/],
    ['levels named with no minimum', tuple({ 0: [2, 3] }), /no minimum degree, though it names bachelor/],
    ['a minimum above the lowest level named', tuple({ 0: [2, 3], 2: 3 }), /minimum degree master is not the lowest level named \(bachelor\)/],
    ['a required level not among the levels named', tuple({ 0: [3], 1: [2, 3], 2: 3 }), /required degree level bachelor is not among the levels named/],
    ['a city without a state', tuple({ 11: 'city', 13: 'Springfield' }), /a city \("Springfield"\) without a state/],
  ];
  const partialWith = (t: unknown[], version = 2): unknown => ({
    format: 'jobsift-aggregate-partial', version, received: 1, invalid: 0, invalidSamples: [], skills: {},
    entries: version === 2 ? [[t, 1, 1, []]] : [[['', ...t], 1]],
  });
  it.each(bad)('a partial (version 2 or 1) with %s is refused by fromJSON and merge, which changes nothing', (_name, t, message) => {
    for (const version of [2, 1]) {
      expect(() => createAggregator.fromJSON(partialWith(t, version))).toThrow(JobsiftInputError);
      expect(() => createAggregator.fromJSON(partialWith(t, version))).toThrow(message);
      const acc = sample();
      const before = acc.toJSON();
      expect(() => acc.merge(partialWith(t, version) as never)).toThrow(JobsiftInputError);
      expect(acc.toJSON()).toEqual(before);
    }
  });

  it.each(bad)('a compact partial with %s is refused by merge, which changes nothing', (_name, t) => {
    const dict = new Dictionary();
    const compact = {
      kind: 'jobsift-compact-partial', received: 1, invalid: 0, invalidSamples: [], skills: {},
      entries: [encode(t as Contribution, dict)], values: dict.values, copies: [1], untexted: [1],
      keyHi: new Uint32Array(0), keyLo: new Uint32Array(0), keyEntry: new Int32Array(0),
    };
    const acc = sample();
    const before = acc.toJSON();
    expect(() => acc.merge(compact as never)).toThrow(JobsiftInputError);
    expect(() => acc.merge(compact as never)).toThrow(/entry 0 is not a valid encoded contribution/);
    expect(acc.toJSON()).toEqual(before);
  });

  it('the same partial, consistent, is read (the refusals above are for the inconsistency alone)', () => {
    const good = tuple({ 0: [2, 3], 1: [3], 2: 2, 5: [[2, 5], [3, 3]], 11: 'city', 12: 'IL', 13: 'Springfield' });
    expect(createAggregator.fromJSON(partialWith(good)).report().postings).toMatchObject({ received: 1, counted: 1 });
    const dict = new Dictionary();
    const compact = {
      kind: 'jobsift-compact-partial', received: 1, invalid: 0, invalidSamples: [], skills: {},
      entries: [encode(good as Contribution, dict)], values: dict.values, copies: [1], untexted: [1],
      keyHi: new Uint32Array(0), keyLo: new Uint32Array(0), keyEntry: new Int32Array(0),
    };
    expect(createAggregator().merge(compact as never).report().locations.cities.items.map((i) => i.key)).toEqual(['Springfield, IL']);
  });
});
