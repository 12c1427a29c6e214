import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasRelatedFieldPhrase } from '../../src/extractors/field.js';
import { RELATED_FIELD_PATTERNS } from '../../src/lexicon/fields.js';
import { anyText } from '../laws/arbitraries.js';

/**
 * The law of the related-field screen (RELATED_QUADS in field.ts, a hand-kept list of the words the phrases open
 * with): `hasRelatedFieldPhrase` answers as a plain search of the text with the phrases does. A phrase whose first
 * word is missing from the list would be skipped.
 */
const PLAIN = new RegExp(`(?<![a-z])(?:${RELATED_FIELD_PATTERNS.join('|')})(?![a-z])`, 'i');
const plainAnswer = (text: string): boolean => PLAIN.test(text);

const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** The phrases' words in several cases, with near misses and separators. */
const PIECES = [
  'closely ', 'Closely ', 'related ', 'RELATED ', 'quantitative ', 'technical ', 'Scientific ', 'STEM', 'stem ', 'similar ',
  'equivalent ', 'relevant ', 'analytical ', 'field', 'Fields', 'discipline', 'area', 'subject', 'major', 'science',
  'degree', 'background', 'technical field', 'quantitative field', 'unrelated ', 'stems', 'x', ' ', '  ', ', ', '. ',
  '(', ')', '-', '\n', 'é', '5',
];
const nearText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('related-field screen', () => {
  test('corpus sentences: the screened search answers as a plain search', () => {
    let found = 0;
    for (const text of corpus) {
      // Windows of the size the field reader hands over, at every 60th character.
      for (let s = 0; s < text.length; s += 60) {
        const e = Math.min(text.length, s + 120);
        const expected = plainAnswer(text.slice(s, e));
        expect(hasRelatedFieldPhrase(text, s, e)).toBe(expected);
        if (expected) found++;
      }
    }
    // The corpus must hold such phrases, or the law would hold vacuously.
    expect(found).toBeGreaterThan(50);
  });

  test('real phrases are found, near misses are not', () => {
    for (const yes of ['BS in Computer Science or a related field', 'a quantitative discipline', 'STEM degree', 'closely related major']) {
      expect(hasRelatedFieldPhrase(yes, 0, yes.length)).toBe(true);
    }
    for (const no of ['unrelated fields', 'stems from', 'relatedness']) expect(hasRelatedFieldPhrase(no, 0, no.length)).toBe(false);
  });

  test('generated text near the phrases, and arbitrary text', () => {
    fc.assert(
      fc.property(nearText, (text) => {
        expect(hasRelatedFieldPhrase(text, 0, text.length)).toBe(plainAnswer(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(hasRelatedFieldPhrase(text, 0, text.length)).toBe(plainAnswer(text));
      }),
      { numRuns: 300 },
    );
  });
});
