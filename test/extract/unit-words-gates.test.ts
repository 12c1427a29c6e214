import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { mayEndSubjectList, OR_EQUIVALENT_RE, REPLACED_DEGREE_BEFORE_RE, SUBJECT_LIST_END_RE } from '../../src/refiners/education-experience.js';
import { UNIT_WORDS, UnitWords } from '../../src/refiners/unit-words.js';
import { textWithJunk } from '../laws/arbitraries.js';

/**
 * The law of the word gates in front of two education patterns: a unit whose words lack the gate's kind is never
 * tested, so wherever the pattern matches inside a unit, `kindsIn` of that unit must report the kind. The gate's
 * word list (PREFIXES in unit-words.ts) is written by hand from the pattern: a word added to the pattern and not to
 * the list makes this fail.
 */
const GATES = [
  { name: 'orEquivalent', kind: UNIT_WORDS.orEquivalent, pattern: new RegExp(OR_EQUIVALENT_RE.source, 'gi') },
  // The pattern is read on the text just before a degree ("...in lieu of a |Master's"): anchored at its end there, so
  // unanchored here to find every place it could match.
  { name: 'replaced', kind: UNIT_WORDS.replaced, pattern: new RegExp(REPLACED_DEGREE_BEFORE_RE.source.replace(/\$$/, ''), 'gi') },
];

/** The gates that fail somewhere in the text: a unit where the pattern matches but the kind is not reported. */
function gateMisses(text: string): string[] {
  const doc = segment(normalize(text));
  const words = new UnitWords(doc);
  const misses: string[] = [];
  for (const unit of doc.units) {
    const unitText = doc.text.slice(unit.start, unit.end);
    const kinds = words.kindsIn(unit.start, unit.end);
    for (const { name, kind, pattern } of GATES) {
      pattern.lastIndex = 0;
      if (pattern.test(unitText) && (kinds & kind) === 0) misses.push(`${name}: ${unitText}`);
    }
  }
  return misses;
}

const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** The patterns' words and phrases, in several cases, mixed with near misses and separators. */
const GATE_PIECES = [
  'or equivalent experience', 'or an equivalent', 'OR EQUIVALENT', 'or comparable work experience', 'or related experience',
  'equivalent combination of', 'in lieu of', 'In Lieu Of', 'experience may substitute', 'or 5 years', 'or five+ years',
  'in place of', 'instead of', 'INSTEAD OF', 'substitutes for', 'substituted for', 'replace', 'Replace the',
  'a completed', 'their', 'degree', "Master's", 'PhD', 'BS', 'experience', 'years', 'equivalency', 'lieux', 'placement',
  'é', 'naïve', ' ', '  ', '\n', '. ', ', ', '; ', '(', ')', '- ', '•', '5', '.', 'x',
];
const gateText = fc.array(fc.constantFrom(...GATE_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('word gates of the education patterns', () => {
  test('the 596 corpus postings: every unit where a gated pattern matches reports its kind', () => {
    let matched = 0;
    for (const text of corpus) {
      expect(gateMisses(text)).toEqual([]);
      const doc = segment(normalize(text));
      for (const unit of doc.units) {
        const t = doc.text.slice(unit.start, unit.end);
        if (GATES.some(({ pattern }) => ((pattern.lastIndex = 0), pattern.test(t)))) matched++;
      }
    }
    // The corpus must exercise the gates, or this law would hold vacuously.
    expect(matched).toBeGreaterThan(20);
  });

  test('real sentences from the corpus report their kinds', () => {
    const doc = segment(normalize("Bachelor's degree or equivalent experience. Five years of experience in lieu of a Master's degree."));
    const words = new UnitWords(doc);
    const [first, second] = doc.units;
    expect(words.kindsIn(first!.start, first!.end) & UNIT_WORDS.orEquivalent).not.toBe(0);
    expect(words.kindsIn(second!.start, second!.end) & UNIT_WORDS.replaced).not.toBe(0);
  });

  test('generated text near the patterns, and arbitrary text: no gate misses a match', () => {
    fc.assert(fc.property(gateText, (text) => {
      expect(gateMisses(text)).toEqual([]);
    }), { numRuns: 1500 });
    fc.assert(fc.property(textWithJunk, (text) => {
      expect(gateMisses(text)).toEqual([]);
    }), { numRuns: 300 });
  });
});

/** The subject-list tail's words and separators, in several cases, with near misses. */
const TAIL_PIECES = [
  ' or ', ', and ', ' and/or ', 'a ', 'an ', 'other ', 'another ', 'any ', 'closely ', 'related ', 'Related ', 'field', 'Fields',
  'discipline', 'disciplines', 'area', 'AREAS', 'major', 'majors', 'subject', 'subjects', ' of study', 'study', 'studies',
  'fieldwork', '.', ' ', '  ', '\u00a0', '\t', '\n', ',', 'x', 'é',
];
const tailText = fc.array(fc.constantFrom(...TAIL_PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('screen of the subject-list tail (mayEndSubjectList, whose nouns are a hand-kept list)', () => {
  const missed = (text: string): boolean => SUBJECT_LIST_END_RE.test(text) && !mayEndSubjectList(text, 0, text.length);

  test('corpus units that end the pattern pass the screen', () => {
    let matched = 0;
    for (const text of corpus) {
      const doc = segment(normalize(text));
      for (const unit of doc.units) {
        const t = doc.text.slice(unit.start, unit.end);
        expect(missed(t)).toBe(false);
        if (SUBJECT_LIST_END_RE.test(t)) matched++;
      }
    }
    expect(matched).toBeGreaterThan(5);
  });

  test('generated tails: every text the pattern matches passes the screen', () => {
    fc.assert(
      fc.property(tailText, (text) => {
        expect(missed(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
