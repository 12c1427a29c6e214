import { describe, expect, it } from 'vitest';
import type { Requirements } from '../../src/index.js';
import { brokenLaws, hasLoneSurrogate } from './lawful-result.js';

/** The law checker must catch what it claims to catch: results doctored by hand, one law broken each. */

const INPUT = "Bachelor's degree in Statistics and 3+ years of Python. Strong communication skills.";
//             0         1         2         3         4         5         6         7         8
//             012345678901234567890123456789012345678901234567890123456789012345678901234567890123

function lawfulResult(): Requirements {
  const ev = (start: number, end: number) => ({ start, end, text: INPUT.slice(start, end) });
  return {
    degrees: [{ level: 'bachelor', evidence: ev(0, 17), section: 'intro', required: true, negated: false, orEquivalent: false, fields: ['statistics'], relatedFieldFlag: false }],
    fields: [{ id: 'statistics', evidence: ev(21, 31), section: 'intro', required: true, degreeLevel: 'bachelor' }],
    experience: [{ evidence: ev(36, 54), section: 'intro', required: true, minYears: 3, maxYears: null, subject: 'Python', degreeLevel: null }],
    yearsByDegree: [],
    skills: [{ id: 'python', name: 'Python', category: 'language', evidence: ev(48, 54), section: 'intro', required: true, mentions: [{ evidence: ev(48, 54), section: 'intro', required: true }] }],
    communication: [{ evidence: ev(63, 83), section: 'intro', required: true, kind: 'communication skills' }],
    summary: {
      degreeLevels: ['bachelor'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'bachelor', fields: ['statistics'],
      minYears: 3, yearsByDegree: [], skills: ['python'], communication: true,
    },
    meta: { format: 'text', inputLength: INPUT.length, sections: [], version: '0.0.0' },
  };
}

describe('the law checker', () => {
  it('passes a lawful result', () => {
    expect(brokenLaws(INPUT, lawfulResult())).toEqual([]);
  });

  it.each<[string, (r: Requirements) => void, RegExp]>([
    ['evidence text not at its offsets', (r) => { r.skills[0]!.mentions[0]!.evidence.start += 1; }, /mentions\[0\].*input\.slice/],
    ['evidence past the end of the input', (r) => { r.communication[0]!.evidence.end = 500; }, /outside input/],
    ['an empty evidence span', (r) => { r.fields[0]!.evidence = { start: 21, end: 21, text: '' }; }, /empty evidence/],
    ['a level missing from the summary', (r) => { r.summary.degreeLevels = []; }, /summary\.degreeLevels/],
    ['a negated degree in the summary', (r) => { r.degrees[0]!.negated = true; }, /summary\.degreeLevels/],
    ['a preferred degree among the required', (r) => { r.degrees[0]!.required = false; }, /requiredDegreeLevels/],
    ['minYears that no figure states', (r) => { r.summary.minYears = 4; }, /minYears 4/],
    ['a skill hit missing from the summary', (r) => { r.summary.skills = []; }, /python missing/],
    ['communication flag without hits', (r) => { r.communication = []; }, /summary\.communication/],
    ['a field missing from the summary', (r) => { r.summary.fields = []; }, /summary\.fields/],
    ['a result the schema refuses', (r) => { (r.degrees[0] as { level: string }).level = 'diploma'; }, /schema/],
    ['a wrong input length', (r) => { r.meta.inputLength = 3; }, /inputLength/],
  ])('flags %s', (_name, doctor, message) => {
    const result = lawfulResult();
    doctor(result);
    expect(brokenLaws(INPUT, result).join('\n')).toMatch(message);
  });

  it('tells lone surrogates from pairs', () => {
    expect(hasLoneSurrogate('a\ud83d\ude00b')).toBe(false);
    expect(hasLoneSurrogate('a\ud83d')).toBe(true);
    expect(hasLoneSurrogate('\ude00a')).toBe(true);
  });
});
