import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, createAggregator, readPosting, dedupeKey } from '../../src/aggregate/index.js';
import { JobsiftInputError } from '../../src/errors.js';

// The first lines of real glassdoor-2020 postings.
const POSTING_A = 'Data Scientist\nLocation: Albuquerque, NM\nEducation Required: Bachelor’s degree required, preferably in math, engineering, business, or the sciences.';
const POSTING_B = 'What You Will Do:\n\nI. General Summary\n\nThe Healthcare Data Scientist position will join our Advanced Analytics group at the University of Maryland Medical System (UMMS).';

describe('readPosting', () => {
  it.each([
    ['a string', POSTING_A, { ok: true, input: POSTING_A, format: 'auto' }],
    ['a record with text', { text: POSTING_A, company: 'Tecolote Research' }, { ok: true, input: POSTING_A, format: 'auto' }],
    ['a record with html', { html: '<p>Python</p>' }, { ok: true, input: '<p>Python</p>', format: 'html' }],
    ['nulls meaning "not stated"', { text: POSTING_A, industry: null, companySize: null }, { ok: true }],
    // Exports write an empty or null text beside the HTML they have: the HTML is the posting.
    ['an empty text beside html', { text: '', html: '<p>Python</p>' }, { ok: true, input: '<p>Python</p>', format: 'html' }],
    ['a blank text beside html', { text: ' \n ', html: '<p>Python</p>' }, { ok: true, input: '<p>Python</p>', format: 'html' }],
    ['a null text beside html', { text: null, html: '<p>Python</p>' }, { ok: true, input: '<p>Python</p>', format: 'html' }],
    ['text and html both written: the text', { text: POSTING_A, html: '<p>Python</p>' }, { ok: true, input: POSTING_A, format: 'auto' }],
    ['a null html beside text', { text: POSTING_A, html: null }, { ok: true, input: POSTING_A, format: 'auto' }],
    ['an empty text alone (an empty posting, counted as such)', { text: '' }, { ok: true, input: '', format: 'auto' }],
  ])('accepts %s', (_name, value, expected) => {
    expect(readPosting(value)).toMatchObject(expected);
  });

  it.each([
    ['a number', 42, /string or an object/],
    ['null', null, /got null/],
    ['an array', [POSTING_A], /array/],
    ['a record without text', { title: 'Data Scientist' }, /"text" or an "html"/],
    ['a record whose text and html are both null', { text: null, html: null }, /"text" or an "html"/],
    ['text that is not a string', { text: 12 }, /text/],
    ['a company that is a number', { text: POSTING_A, company: 7 }, /company/],
  ])('refuses %s, with a reason', (_name, value, reason) => {
    const read = readPosting(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('aggregate(postings)', () => {
  it('counts bad records with their index and reason and never aborts', () => {
    const r = aggregate([POSTING_A, 42, { title: 'no text' }, { text: POSTING_B, location: 'Linthicum, MD' }]);
    expect(r.postings).toMatchObject({ received: 4, invalid: 2, counted: 2 });
    expect(r.invalidRecords.map((i) => i.index)).toEqual([1, 2]);
    expect(r.invalidRecords[1]!.reason).toMatch(/text/);
    expect(r.locations.states.items).toEqual([{ key: 'MD', label: 'Maryland', count: 1, share: 0.5 }]);
  });

  it('throws on the first bad record when strict', () => {
    expect(() => aggregate([POSTING_A, { title: 'no text' }], { strict: true })).toThrow(JobsiftInputError);
    expect(() => aggregate([POSTING_A, { title: 'no text' }], { strict: true })).toThrow(/record 1/);
  });

  it('drops exact duplicates (up to case and spacing) and says how many', () => {
    const r = aggregate([POSTING_A, POSTING_A.toUpperCase(), POSTING_A.replace(/\n/g, '\n\n  '), POSTING_B]);
    expect(r.postings).toMatchObject({ received: 4, duplicatesDropped: 2, counted: 2 });
    expect(aggregate([POSTING_A, POSTING_A], { dedupe: false }).postings).toMatchObject({ counted: 2, duplicatesDropped: 0 });
  });

  it('refuses unknown report options', () => {
    expect(() => aggregate([POSTING_A], { top: 0 })).toThrow(/top/);
  });
});

describe('dedupeKey', () => {
  it('is 16 hex digits and differs for different texts', () => {
    expect(dedupeKey(POSTING_A)).toMatch(/^[0-9a-f]{16}$/);
    expect(dedupeKey(POSTING_A)).not.toBe(dedupeKey(POSTING_B));
    expect(dedupeKey('Python and SQL')).toBe(dedupeKey('  python   AND sql '));
    expect(dedupeKey('Python and SQL')).not.toBe(dedupeKey('Python or SQL'));
  });

  // Keys are stored in partials, so they must never change: two 32-bit FNV-1a hashes (the standard offset basis
  // and 0x050c5d1f) of the folded text's code units, computed here the textbook way from foldForDedupe.
  // Runs of white space of every kind, at either end and between words: what the fold collapses and trims.
  const SPACED_TEXT = fc.string({ unit: fc.constantFrom(' ', ' ', '\n', '\t', '\u00a0', '\u3000', '\ufeff', 'a', 'B', 'É', 'İ', '+', '\u0000') });

  it('is FNV-1a of the folded text, for any string', async () => {
    const { foldForDedupe } = await import('../../src/aggregate/hash.js');
    const fnv1a = (s: string, basis: number): string => {
      let h = basis;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(16).padStart(8, '0');
    };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), SPACED_TEXT, fc.constantFrom(POSTING_A, POSTING_B, ' \u00a0Été\tPython\u2028SQL ')), (text) => {
        const folded = foldForDedupe(text);
        expect(dedupeKey(text)).toBe(fnv1a(folded, 0x811c9dc5) + fnv1a(folded, 0x050c5d1f));
      }),
      { numRuns: 600 },
    );
  });
});

describe('createAggregator', () => {
  it('keeps the category of each skill the extractor reported', () => {
    const acc = createAggregator();
    acc.addSummary(
      { degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null, yearsByDegree: [], skills: ['spark'], communication: false },
      { skills: { spark: { name: 'Apache Spark', category: 'big-data' } } },
    );
    expect(acc.toJSON().skills).toEqual({ spark: { name: 'Apache Spark', category: 'big-data' } });
    expect(acc.report().skills.categories.map((c) => c.category)).toEqual(['big-data']);
  });

  it('keeps the name and category of every skill a posting added by add() was found to ask for', async () => {
    const { createExtractor } = await import('../../src/index.js');
    const text = 'Requirements: 3+ years with Python and SQL; experience with Apache Spark and Tableau.';
    const acc = createAggregator();
    acc.add({ id: 'p1', text });
    const kept = acc.toJSON().skills;
    expect(kept.python).toEqual({ name: 'Python', category: 'language' });
    // Every hit of the extractor, no more: names and categories as the hits carried them.
    const hits = createExtractor().extract(text).skills;
    expect(Object.keys(kept).sort()).toEqual(hits.map((h) => h.id).sort());
    for (const h of hits) expect(kept[h.id]).toEqual({ name: h.name, category: h.category });
  });

  it('refuses a JSON that is not a partial', async () => {
    const { aggregatorFromJSON } = await import('../../src/aggregate/index.js');
    expect(() => aggregatorFromJSON({ format: 'something-else' })).toThrow(JobsiftInputError);
    expect(() => aggregatorFromJSON({ format: 'jobsift-aggregate-partial', version: 3 })).toThrow(/unsupported aggregate partial version 3/);
  });
});

describe('foldForDedupe', () => {
  it.each([
    ['  Data Scientist\n\nPython, SQL  ', 'data scientist python, sql'],
    ['Data\u00a0Scientist\t–\tNew York', 'data scientist – new york'],
    ['ÉTÉ Intern', 'été intern'],
  ])('%j -> %j', async (text, folded) => {
    const { foldForDedupe } = await import('../../src/aggregate/hash.js');
    expect(foldForDedupe(text)).toBe(folded);
  });
});
