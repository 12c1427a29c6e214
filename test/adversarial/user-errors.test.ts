import { describe, expect, it } from 'vitest';
import {
  createExtractor,
  extractRequirements,
  JobsiftError,
  JobsiftInputError,
  JobsiftOptionsError,
  JobsiftTaxonomyError,
} from '../../src/index.js';

/**
 * Every user error is an exported JobsiftError subclass whose message says what was wrong and where: the type that
 * was received, the option that was invalid, the taxonomy entry and its problem. Bugs are anything else.
 */

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('wrong input type', () => {
  it.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got number 42/],
    ['a boolean', true, /got boolean true/],
    ['an array', ['Python'], /got an array of length 1/],
    ['a posting object', { text: 'Python' }, /got an object/],
    ['a Buffer', new TextEncoder().encode('Python'), /got an object \(\[object Uint8Array\]\)/],
    ['a String object', new String('Python'), /got an object \(\[object String\]\)/],
    ['a symbol', Symbol('x'), /got symbol/],
  ])('%s is a JobsiftInputError naming the type received', (_name, input, received) => {
    for (const call of [() => extractRequirements(input as string), () => createExtractor().extract(input as string)]) {
      const e = thrown(call);
      expect(e).toBeInstanceOf(JobsiftInputError);
      expect(e).toBeInstanceOf(JobsiftError);
      expect(e.name).toBe('JobsiftInputError');
      expect(e.message).toMatch(/expects a string/);
      expect(e.message).toMatch(received);
    }
  });

  it('an input over maxLength is a JobsiftInputError giving both lengths', () => {
    const e = thrown(() => extractRequirements('x'.repeat(101), { maxLength: 100 }));
    expect(e).toBeInstanceOf(JobsiftInputError);
    expect(e.message).toMatch(/101 characters/);
    expect(e.message).toMatch(/maxLength/);
    expect(e.message).toMatch(/100/);
  });
});

describe('invalid options', () => {
  it.each<[string, unknown, RegExp]>([
    ['options that are not an object', 'html', /options must be an object, got a string/],
    ['options that are null', null, /options must be an object, got null/],
    ['an unknown format', { format: 'xml' }, /format/],
    ['a negative maxLength', { maxLength: -1 }, /maxLength/],
    ['a fractional maxLength', { maxLength: 1.5 }, /maxLength/],
    ['a misspelt option', { fromat: 'html' }, /fromat/],
    ['a taxonomy that is a string', { taxonomy: 'skills.json' }, /taxonomy/],
  ])('%s is a JobsiftOptionsError naming the option', (_name, options, named) => {
    const e = thrown(() => createExtractor(options as never));
    expect(e).toBeInstanceOf(JobsiftOptionsError);
    expect(e).toBeInstanceOf(JobsiftError);
    expect(e.message).toMatch(named);
  });
});

describe('invalid custom taxonomy', () => {
  it.each<[string, unknown[], RegExp]>([
    ['an entry that is not an object', ['python'], /taxonomy entry 0/],
    ['an entry without a name', [{ id: 'polars', category: 'ml-library' }], /taxonomy entry 0 \(id "polars"\).*name/],
    ['an id that is not a slug', [{ id: 'Polars DF', name: 'Polars', category: 'ml-library' }], /taxonomy entry 0.*id/],
    ['an unknown category', [{ id: 'polars', name: 'Polars', category: 'dataframes' }], /taxonomy entry 0 \(id "polars"\).*category/],
    ['an unknown alias policy', [{ id: 'polars', name: 'Polars', category: 'ml-library', aliases: [{ form: 'pl', policy: 'maybe' }] }], /taxonomy entry 0.*aliases/],
    [
      'a duplicate id (second entry)',
      [{ id: 'polars', name: 'Polars', category: 'ml-library' }, { id: 'polars', name: 'Polars 2', category: 'ml-library' }],
      /taxonomy entry 1 \(id "polars"\).*duplicate/,
    ],
  ])('%s is a JobsiftTaxonomyError naming the entry', (_name, skills, named) => {
    const e = thrown(() => createExtractor({ taxonomy: skills }));
    expect(e).toBeInstanceOf(JobsiftTaxonomyError);
    expect(e).toBeInstanceOf(JobsiftError);
    expect(e.message).toMatch(named);
  });

  it('a valid custom entry is accepted and found', () => {
    const extractor = createExtractor({ taxonomy: [{ id: 'polars', name: 'Polars', category: 'ml-library' }] });
    expect(extractor.extract('Experience with Polars and pandas DataFrames.').summary.skills).toContain('polars');
  });
});

describe('large but valid inputs are no error', () => {
  it('a posting of 130,000 year figures gives its minimum (a spread of that many overflowed the stack)', () => {
    const input = `Requirements:\n- ${'5+ years of SQL\n- '.repeat(130_000)}`;
    expect(extractRequirements(input).summary.minYears).toBe(5);
  });
});
