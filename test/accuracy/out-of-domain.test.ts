import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import { score, type GoldPosting } from '../helpers/scoring.js';

/**
 * 198 SkillSpan postings (European tech and academic job ads, anonymised, another domain than the glassdoor corpus
 * the rules were written on), labelled blind by LABELLING.md (see PROVENANCE.md). The bars are lower than the
 * in-domain ones of issues 3 and 4: they hold what jobsift does on postings unlike its own corpus, so that a rule
 * tuned to glassdoor cannot quietly break them.
 */
const gold = ['gold-skillspan.jsonl', 'gold-skillspan2.jsonl', 'gold-skillspan3.jsonl', 'gold-skillspan4.jsonl', 'gold-skillspan5.jsonl'].flatMap((f) => readJsonl<GoldPosting>(f));
const s = score(gold, (g) => extractRequirements(g.text).summary);

describe('accuracy out of domain: the blind-labelled SkillSpan sample', () => {
  test('198 distinct postings', () => {
    expect(gold).toHaveLength(198);
    expect(new Set(gold.map((g) => g.id)).size).toBe(198);
  });
  test('degree levels F1 >= 0.93, required >= 0.90', () => {
    expect(s.degreeLevels.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.requiredDegreeLevels.f1).toBeGreaterThanOrEqual(0.9);
  });
  test('fields F1 >= 0.87', () => expect(s.fields.f1).toBeGreaterThanOrEqual(0.87));
  test('minYears exact >= 0.90', () => expect(s.minYearsExact).toBeGreaterThanOrEqual(0.9));
  test('skills (contract ids) F1 >= 0.94; ambiguous names P >= 0.92', () => {
    expect(s.skills.f1).toBeGreaterThanOrEqual(0.94);
    expect(s.ambiguousSkills.p).toBeGreaterThanOrEqual(0.92);
  });
  test('communication accuracy >= 0.93', () => expect(s.communication).toBeGreaterThanOrEqual(0.93));
});
