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
    expect(() => ex.summarize('x'.repeat(11))).toThrow(JobsiftInputError);
  });

  it('summarize refuses what extract refuses, with the same kind of error', () => {
    const ex = createExtractor();
    expect(() => ex.summarize(42 as unknown as string)).toThrow(JobsiftInputError);
    expect(() => ex.summarize(null as unknown as string)).toThrow(/summarize expects a string.*null/);
  });

  it('summarize gives the summary alone, with names and categories of the skills found', () => {
    const text = "Requirements:\n- Master's degree in Statistics\n- 3+ years of experience with Python and Tableau";
    const { summary, skills } = createExtractor().summarize(text);
    expect(summary.degreeLevels).toEqual(['master']);
    expect(summary.fields).toEqual(['statistics']);
    expect(summary.minYears).toBe(3);
    expect(summary.skills).toEqual(expect.arrayContaining(['python', 'tableau']));
    expect(skills).toEqual(expect.arrayContaining([{ id: 'python', name: 'Python', category: 'language' }]));
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

describe('LABELLING rule 20: the title line asks nothing', () => {
  it('ignores a skill named only in the opening title line', () => {
    const r = extractRequirements('Machine Learning Engineer\nLocation: Austin, TX\nYou will build dashboards in Tableau.');
    expect(r.meta.sections[0]?.kind).toBe('title');
    expect(r.summary.skills).toContain('tableau');
    expect(r.summary.skills).not.toContain('machine-learning');
  });

  it('keeps a skill named in the title and again in the text, with evidence in the text', () => {
    const input = 'Senior Python Developer\nRequirements:\n- 5+ years of Python';
    const r = extractRequirements(input);
    const python = r.skills.find((s) => s.id === 'python');
    expect(python?.mentions.map((m) => m.evidence.start)).toEqual([input.lastIndexOf('Python')]);
  });

  it('does not take a text of one line for a title: it asks what it names', () => {
    const r = extractRequirements('Data scientist with 5+ years of machine learning in Python');
    expect(r.meta.sections[0]?.kind).not.toBe('title');
    expect(r.summary.skills).toEqual(expect.arrayContaining(['machine-learning', 'python']));
  });

  it('does not take a first line that lists skills between bullets for a title, whichever bullet or symbol it uses', () => {
    for (const bullet of ['\u2022', '\u00b7', '\u261e', '\u2605']) {
      const r = extractRequirements(`Data Scientist ${bullet} Python ${bullet} SQL ${bullet} Spark ${bullet} AWS ${bullet} Remote\nWe are hiring a data scientist to build models.`);
      expect(r.meta.sections[0]?.kind).not.toBe('title');
      expect(r.summary.skills).toEqual(expect.arrayContaining(['python', 'sql', 'spark', 'aws']));
    }
    // A short one is still a title.
    expect(extractRequirements('Data Scientist \u2022 Remote\nWe use Python.').meta.sections[0]?.kind).toBe('title');
  });

  it('does not take an opening sentence or heading for a title', () => {
    expect(extractRequirements('We are hiring a Data Scientist with Python skills.').meta.sections[0]?.kind).not.toBe('title');
    expect(extractRequirements('Requirements\n- Python').meta.sections[0]?.kind).toBe('requirements');
  });
});

describe('fields are asked as their degree is', () => {
  it('keeps the fields of a required degree required beside a preferred PhD', () => {
    const r = extractRequirements("Requirements:\n- Master's degree in Computer Science, Statistics or a related field; PhD preferred");
    expect(r.degrees.map((d) => [d.level, d.required])).toEqual([['master', true], ['doctorate', false]]);
    expect(r.fields.map((f) => [f.id, f.required])).toEqual([['computer-science', true], ['statistics', true]]);
  });
});

describe('NLP engines', () => {
  it('load in Node on request, so the part-of-speech evidence is available', async () => {
    const { loadNlpEngines } = await import('../../src/index.js');
    expect(loadNlpEngines()).toBe(true);
  });
});
