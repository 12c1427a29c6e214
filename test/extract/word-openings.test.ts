import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { DEGREE_CONTEXT_RE, DEGREE_POLICY_PATTERNS } from '../../src/extractors/degree.js';
import { FIGURE_RE } from '../../src/extractors/experience.js';
import { DEGREE_FORMS } from '../../src/lexicon/degrees.js';
import { FIELD_ZONE_CLOSERS, FIELD_ZONE_OPENERS } from '../../src/lexicon/fields.js';
import { OPENINGS } from '../../src/refiners/education-experience.js';
import { OPENS, UnitWords } from '../../src/refiners/unit-words.js';
import { textWithJunk } from '../laws/arbitraries.js';

/**
 * The law of the opening screens (OPENS, read once per word start by `UnitWords.startsIn`): a pattern is tested
 * only at the word starts where its bit is lit, so wherever a global scan of a unit's text finds a match, the match
 * must open at a word start with that bit. The screens of the degree forms (DEGREE_OPENINGS in degree.ts) are
 * hand-kept lists of openings: a form added to DEGREE_FORMS and not to them makes this fail.
 */
const SCREENS = [
  ...DEGREE_POLICY_PATTERNS.map(({ policy, opens, source, flags }) => ({ name: policy, bit: opens, pattern: new RegExp(source, `${flags}g`) })),
  { name: 'degreeContext', bit: OPENS.degreeContext, pattern: new RegExp(DEGREE_CONTEXT_RE.source, 'gi') },
  { name: 'figure', bit: OPENS.figure, pattern: new RegExp(FIGURE_RE.source, 'gi') },
  { name: 'zoneOpener', bit: OPENS.zoneOpener, pattern: new RegExp(`\\b(?:${FIELD_ZONE_OPENERS.join('|')})\\b`, 'gi') },
  { name: 'zoneCloser', bit: OPENS.zoneCloser, pattern: new RegExp(`\\b(?:${FIELD_ZONE_CLOSERS.join('|')})\\b`, 'gi') },
];

/** Matches in any unit of `text` that open where their screen's bit is not lit; and `kindsIn` read otherwise. */
function screenMisses(text: string): string[] {
  const doc = segment(normalize(text));
  const words = new UnitWords(doc, OPENINGS);
  const misses: string[] = [];
  for (const unit of doc.units) {
    const unitText = doc.text.slice(unit.start, unit.end);
    const count = words.startsIn(unit.start, unit.end);
    const lit = new Map<number, number>();
    for (let k = 0; k < count; k++) lit.set(words.starts[k]!, words.opens[k]!);
    // The kinds worked out on the way are those `kindsIn` reads.
    if (words.startsKinds !== words.kindsIn(unit.start, unit.end)) misses.push(`kinds: ${unitText}`);
    for (const { name, bit, pattern } of SCREENS) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(unitText)) !== null) {
        if (((lit.get(unit.start + m.index) ?? 0) & bit) === 0) misses.push(`${name}: "${m[0]}" in ${unitText}`);
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  return misses;
}

const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every degree form as postings write it, in several cases. */
const DEGREE_EXAMPLES = [
  "Bachelor's", 'BACHELORS', "bachelors'", 'Baccalaureate', 'undergraduate degree', 'Undergrad-level degrees', 'undergraduate or masters degree',
  'undergraduate/graduate degree', '4-year degree', 'Four year college degree', '4 years university degree', 'college degree', 'University Degree',
  'B.S.', 'b.s', 'B.Sc.', 'b.sc', 'B.A.', 'b.a', 'B.E.', 'B.Tech', 'b.tech.', 'B.Eng', 'BSc', 'BEng', 'BTech', 'BSEE', 'BSCS', 'BSME', 'BS', 'BA',
  'BE', 'BEd', "Master's", "MASTERS'", 'Master of Science', 'master of business', 'graduate degree', 'Advanced-level degree', 'post graduate degree',
  'Postgraduate degree', 'M.S.', 'm.s', 'M.Sc', 'M.A.', 'M.Eng.', 'M.Tech', 'M.B.A.', 'm.p.h', 'MSc', 'MEng', 'MTech', 'MBA', 'MPH', 'MSEE', 'MSCS',
  'MFE', 'MS', 'MA', 'Masters', 'master', 'MASTERS', 'PhD', 'Ph.D.', 'PH.D', 'pH D', 'phd', 'Doctorate', 'DOCTORAL degree', 'doctoral-level',
  'D.Phil.', 'Sc.D.', 'Pharm.D', 'PharmD', 'pharm d', 'M.D.', 'J.D.', 'DPhil', 'ScD', 'MD', 'JD', 'DDS', 'DVM', "Associate's degree",
  'associates diploma', "Associate's", 'Associate of Arts', '2-year degree', '2 year degree', 'two year college degree', 'Two-year degree', 'A.A.', 'a.s.', 'AA', 'AS', 'AAS',
  'Associates', 'ASSOCIATES', 'associate', 'High School diploma', 'high-school equivalency', 'Secondary school diploma', 'HS Diploma', 'GED',
];
/** Context words, figures and zone words, with separators and near misses. */
const OTHER_PIECES = [
  'degree', 'Degrees', 'EDUCATION', 'diploma', 'qualifications', 'Graduate', 'requirements', '5+ years', 'three (3) years', 'two-plus years',
  '3-5 yrs', 'Eighteen months', 'twenty-five years', 'ten years', 'six mos.', 'one or more years', 'degree in', 'background in', 'Major in',
  'majors:', 'concentration in', 'Fields of Study', 'coursework in', 'studies in', 'background', 'MAJOR', 'speciali', 'Ph', 'Mast', 'Asso',
  'é', ' ', '  ', '\n', '. ', ', ', '/', '-', '(', ')', '•', '.', 'x', '5', 'in ', 'or ', 'a ',
];
const screenText = fc.array(fc.constantFrom(...DEGREE_EXAMPLES, ...OTHER_PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('opening screens of the patterns read at word starts', () => {
  test('every degree form has an example here that it matches (else the generated text would not test its opening)', () => {
    for (const form of DEGREE_FORMS) {
      const re = new RegExp(`^(?:${form.pattern})`, form.policy === 'safe' ? 'i' : '');
      expect(DEGREE_EXAMPLES.some((e) => re.test(e)), form.pattern).toBe(true);
    }
  });

  test('the 596 corpus postings: every match opens where its bit is lit, and the kinds are those of kindsIn', () => {
    for (const text of corpus) expect(screenMisses(text)).toEqual([]);
  });

  test('each degree example, alone and in a sentence, opens where its bit is lit', () => {
    for (const example of DEGREE_EXAMPLES) {
      expect(screenMisses(example)).toEqual([]);
      expect(screenMisses(`Requires a ${example} in Statistics, or ${example}/${example.toUpperCase()}.`)).toEqual([]);
    }
  });

  test('generated text near the patterns, and arbitrary text: no screen misses a match', () => {
    fc.assert(fc.property(screenText, (text) => {
      expect(screenMisses(text)).toEqual([]);
    }), { numRuns: 1500 });
    fc.assert(fc.property(textWithJunk, (text) => {
      expect(screenMisses(text)).toEqual([]);
    }), { numRuns: 300 });
  });
});
