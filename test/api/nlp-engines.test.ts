import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createAggregator, createExtractor, JobsiftError, JobsiftOptionsError, loadNlpEngines, useNlpEngines } from '../../src/index.js';

const require = createRequire(import.meta.url);
const winkNlp = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc(text: string): unknown; its: unknown };
const model = require('wink-eng-lite-web-model') as object;

// A real posting line whose "Integrity" and "tenacity" stand in doubt until the tagger reads the sentence.
const NEEDS_TAGGER = 'Data Engineer\nRequirements:\n- Strong computer skills - heavy excel usage - running pivot tables, vlookup, etc. Strong communication skills\n- Integrity and tenacity; Outlook';

/** A wink-nlp that runs `first` each time it reads a document, then tags it as wink-nlp does (a caller inside an extraction). */
function taggingAfter(first: () => void): (m: unknown, pipe?: string[]) => { readDoc(text: string): unknown; its: unknown } {
  return (m, pipe) => {
    const real = winkNlp(m, pipe);
    return {
      its: real.its,
      readDoc(text: string) {
        first();
        return real.readDoc(text);
      },
    };
  };
}

describe('useNlpEngines', () => {
  it.each([
    ['null', null, /expects \{ winkNlp, model \}, got null/],
    ['a string', 'wink-nlp', /expects \{ winkNlp, model \}/],
    ['winkNlp that is not a function', { winkNlp: 42, model }, /winkNlp must be the wink-nlp module/],
    ['a missing model', { winkNlp, model: undefined }, /model must be the wink-eng-lite-web-model module/],
    ['a model that is a string', { winkNlp, model: 'wink-eng-lite-web-model' }, /model must be/],
  ])('refuses %s with a JobsiftOptionsError, and keeps the engines it had', (_name, modules, message) => {
    const ex = createExtractor();
    const before = ex.extract(NEEDS_TAGGER).summary;
    expect(() => useNlpEngines(modules as never)).toThrow(JobsiftOptionsError);
    expect(() => useNlpEngines(modules as never)).toThrow(message);
    expect(loadNlpEngines()).toBe(true);
    expect(ex.extract(NEEDS_TAGGER).summary).toEqual(before);
  });

  it('takes the modules (or their default exports) and tags with them', () => {
    const ex = createExtractor();
    const before = ex.extract(NEEDS_TAGGER).summary;
    useNlpEngines({ winkNlp: { default: winkNlp }, model: { default: model } });
    expect(loadNlpEngines()).toBe(true);
    expect(ex.extract(NEEDS_TAGGER).summary).toEqual(before);
  });

  it('engines that fail to load are a JobsiftOptionsError naming useNlpEngines, not a TypeError', () => {
    useNlpEngines({ winkNlp: () => { throw new TypeError('not a wink model'); }, model: {} });
    try {
      expect(() => createExtractor().extract(NEEDS_TAGGER)).toThrow(JobsiftOptionsError);
      expect(() => loadNlpEngines()).toThrow(/engines given to useNlpEngines do not load: not a wink model/);
    } finally {
      useNlpEngines({ winkNlp, model });
    }
    expect(loadNlpEngines()).toBe(true);
  });

  it('engines that fail to load keep the engine\'s error as the cause', () => {
    const broken = new TypeError('not a wink model');
    useNlpEngines({ winkNlp: () => { throw broken; }, model: {} });
    try {
      expect(() => loadNlpEngines()).toThrow(expect.objectContaining({ name: 'JobsiftOptionsError', cause: broken }));
    } finally {
      useNlpEngines({ winkNlp, model });
    }
  });

  // Engines that load (useNlpEngines only checks that winkNlp is a function and model an object) but break on the
  // first sentence they are asked to tag: each is a JobsiftOptionsError from the extraction, never a bare TypeError
  // from inside jobsift, and the extractor works again once good engines are back.
  type Nlp = ReturnType<typeof winkNlp>;
  const real = (m: unknown, pipe?: string[]): Nlp => winkNlp(m, pipe);
  it.each([
    ['winkNlp returns no readDoc', (): unknown => ({ its: {} }), /readDoc is not a function/],
    ['readDoc throws', (m: unknown, pipe?: string[]) => ({ its: real(m, pipe).its, readDoc: () => { throw new RangeError('model mismatch'); } }), /: model mismatch/],
    ['readDoc returns a document without tokens', (m: unknown, pipe?: string[]) => ({ its: real(m, pipe).its, readDoc: () => ({}) }), /tokens is not a function/],
    ['tokens().out returns no array', (m: unknown, pipe?: string[]) => ({ its: real(m, pipe).its, readDoc: () => ({ tokens: () => ({ out: () => 'Integrity' }) }) }), /did not give an array$/],
    ['tokens().out returns no strings', (m: unknown, pipe?: string[]) => ({ its: real(m, pipe).its, readDoc: () => ({ tokens: () => ({ out: () => [1, 2] }) }) }), /did not give an array of strings$/],
    ['no its.pos', (m: unknown, pipe?: string[]) => ({ its: undefined, readDoc: (t: string) => real(m, pipe).readDoc(t) }), /Cannot read properties of undefined/],
  ])('an engine that breaks while tagging (%s) is a JobsiftOptionsError naming useNlpEngines, with the cause', (_name, broken, message) => {
    const ex = createExtractor();
    const before = ex.extract(NEEDS_TAGGER).summary;
    useNlpEngines({ winkNlp: broken, model });
    try {
      expect(loadNlpEngines()).toBe(true);
      let thrown: unknown;
      try {
        ex.extract(NEEDS_TAGGER);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(JobsiftOptionsError);
      expect(String(thrown)).toMatch(/the engines given to useNlpEngines failed while tagging a sentence/);
      expect(String(thrown)).toMatch(message);
      expect((thrown as Error).cause).toBeInstanceOf(Error);
    } finally {
      useNlpEngines({ winkNlp, model });
    }
    expect(ex.extract(NEEDS_TAGGER).summary).toEqual(before);
  });

  it('an engine that calls jobsift from inside an extraction gets a JobsiftError, and nothing is corrupted', () => {
    const outer = createExtractor();
    const inner = createExtractor();
    const expected = outer.extract(NEEDS_TAGGER).summary;
    let reentered: unknown = null;
    useNlpEngines({
      model,
      winkNlp: taggingAfter(() => {
        try {
          inner.extract('Python, SQL. Integrity, tenacity. 5 years. BS in CS.');
        } catch (err) {
          reentered = err;
        }
      }),
    });
    try {
      expect(outer.extract(NEEDS_TAGGER).summary).toEqual(expected);
      expect(reentered).toBeInstanceOf(JobsiftError);
      expect(String(reentered)).toMatch(/not re-entrant/);
    } finally {
      useNlpEngines({ winkNlp, model });
    }
    // The extractors work again once the engine is gone.
    expect(inner.extract('Requires Python and SQL.').summary.skills).toEqual(['python', 'sql']);
  });

  it('an engine that counts postings with addMany from inside an extraction gets them refused, and the guard stays on', () => {
    const outer = createExtractor();
    const inner = createExtractor();
    const expected = outer.summarize(NEEDS_TAGGER);
    const acc = createAggregator();
    let afterBatch: unknown = null;
    useNlpEngines({
      model,
      winkNlp: taggingAfter(() => {
        acc.addMany(['Python, SQL. Integrity, tenacity. 5 years. BS in CS.']);
        // The batch was refused; the outer extraction is still running, so this must be refused too.
        try {
          inner.summarize('Requires Python and SQL.');
        } catch (err) {
          afterBatch = err;
        }
      }),
    });
    try {
      expect(outer.summarize(NEEDS_TAGGER)).toEqual(expected);
      expect(afterBatch).toBeInstanceOf(JobsiftError);
      expect(String(afterBatch)).toMatch(/not re-entrant/);
      expect(acc.toJSON().invalidSamples[0]!.reason).toMatch(/^extraction failed: .*not re-entrant/);
    } finally {
      useNlpEngines({ winkNlp, model });
    }
  });
});
