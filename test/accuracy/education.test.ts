import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import { score, type GoldPosting } from '../helpers/scoring.js';

/** The bars of issue 3 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as shared/eval/score.mjs does. */
const gold = readJsonl<GoldPosting>('gold-dev.jsonl');
const s = score(gold, (g) => extractRequirements(g.text).summary);

describe('accuracy on gold-dev (issue 3 bars)', () => {
  test('degree levels F1 >= 0.97', () => expect(s.degreeLevels.f1).toBeGreaterThanOrEqual(0.97));
  test('required degree levels F1 >= 0.93', () => expect(s.requiredDegreeLevels.f1).toBeGreaterThanOrEqual(0.93));
  test('fields F1 >= 0.93', () => expect(s.fields.f1).toBeGreaterThanOrEqual(0.93));
  test('minYears exact >= 0.93', () => expect(s.minYearsExact).toBeGreaterThanOrEqual(0.93));
  test('years by degree F1 >= 0.85', () => expect(s.yearsByDegree.f1).toBeGreaterThanOrEqual(0.85));
});
