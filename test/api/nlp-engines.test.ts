import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createExtractor, JobsiftError, JobsiftOptionsError, loadNlpEngines, useNlpEngines } from '../../src/index.js';

const require = createRequire(import.meta.url);
const winkNlp = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc(text: string): unknown; its: unknown };
const model = require('wink-eng-lite-web-model') as object;

// A real posting line whose "Integrity" and "tenacity" stand in doubt until the tagger reads the sentence.
const NEEDS_TAGGER = 'Data Engineer\nRequirements:\n- Strong computer skills - heavy excel usage - running pivot tables, vlookup, etc. Strong communication skills\n- Integrity and tenacity; Outlook';

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

  it('an engine that calls jobsift from inside an extraction gets a JobsiftError, and nothing is corrupted', () => {
    const outer = createExtractor();
    const inner = createExtractor();
    const expected = outer.extract(NEEDS_TAGGER).summary;
    let reentered: unknown = null;
    useNlpEngines({
      model,
      winkNlp: (m: unknown, pipe?: string[]) => {
        const real = winkNlp(m, pipe);
        return {
          its: real.its,
          readDoc(text: string) {
            try {
              inner.extract('Python, SQL. Integrity, tenacity. 5 years. BS in CS.');
            } catch (err) {
              reentered = err;
            }
            return real.readDoc(text);
          },
        };
      },
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
});
