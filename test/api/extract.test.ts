import { describe, expect, it } from 'vitest';
import {
  createExtractor,
  extractRequirements,
  JobsiftError,
  JobsiftInputError,
  JobsiftOptionsError,
  RequirementsSchema,
  VERSION,
} from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

describe('extractRequirements: input handling', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [{ text: 'x' }, 'an object'],
    [['a'], 'an array of length 1'],
    [Buffer.from('Python'), 'an object'],
  ])('refuses %o with a JobsiftInputError naming what it got', (value, described) => {
    let caught: unknown;
    try {
      extractRequirements(value as unknown as string);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JobsiftInputError);
    expect(caught).toBeInstanceOf(JobsiftError);
    expect((caught as Error).message).toContain('expects a string');
    expect((caught as Error).message).toContain(described);
  });

  it.each(['', '   ', '\n\n\t', '<p></p>', '<!-- nothing -->'])('returns an empty, valid result for %j', (input) => {
    const r = extractRequirements(input);
    expect(RequirementsSchema.parse(r)).toEqual(r);
    expect(r.summary).toEqual({
      degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null,
      yearsByDegree: [], skills: [], communication: false,
    });
  });

  it('refuses input over maxLength', () => {
    const ex = createExtractor({ maxLength: 10 });
    expect(() => ex.extract('x'.repeat(11))).toThrow(JobsiftInputError);
    expect(() => ex.extract('x'.repeat(10))).not.toThrow();
  });
});

describe('createExtractor: options', () => {
  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ maxLength: -1 }, 'maxLength'],
    [{ colour: 'blue' }, 'colour'],
  ])('rejects %o with an error naming the option', (options, name) => {
    expect(() => createExtractor(options as never)).toThrow(JobsiftOptionsError);
    expect(() => createExtractor(options as never)).toThrow(name);
  });

  it('rejects options that are not an object', () => {
    expect(() => createExtractor('html' as never)).toThrow(/options must be an object, got a string/);
  });

  it('reads HTML when told to, and plain text when told to', () => {
    const input = '<p>Requirements</p><ul><li>SQL</li></ul>';
    expect(createExtractor({ format: 'html' }).extract(input).meta.format).toBe('html');
    expect(createExtractor({ format: 'text' }).extract(input).meta.format).toBe('text');
    expect(extractRequirements(input).meta.format).toBe('html');
  });
});

describe('result shape', () => {
  it('carries sections with headings cut from the original input, and the version', () => {
    const input = '<h2>What you&rsquo;ll need</h2><ul><li>3+ years of SQL</li></ul><h2>Benefits</h2><p>401(k)</p>';
    const r = extractRequirements(input);
    expect(RequirementsSchema.safeParse(r).success).toBe(true);
    const kinds = r.meta.sections.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['requirements', 'benefits']));
    const req = r.meta.sections.find((s) => s.kind === 'requirements')!;
    expect(req.heading?.text).toBe('What you&rsquo;ll need');
    expectEvidenceIndexesInput(input, r);
    expect(r.meta.version).toBe(VERSION);
  });

  it('keeps VERSION in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
