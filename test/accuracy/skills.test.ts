import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import { score, type GoldPosting } from '../helpers/scoring.js';

/**
 * The bars of issue 4 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as shared/eval/score.mjs
 * does: micro P/R/F1 over (posting id, skill) pairs restricted to contract ids.
 */
const gold = readJsonl<GoldPosting>('gold-dev.jsonl');
const s = score(gold, (g) => extractRequirements(g.text).summary);

describe('accuracy on gold-dev (issue 4 bars)', () => {
  test('skills (contract ids): F1 >= 0.96, P >= 0.96, R >= 0.94', () => {
    expect(s.skills.f1).toBeGreaterThanOrEqual(0.96);
    expect(s.skills.p).toBeGreaterThanOrEqual(0.96);
    expect(s.skills.r).toBeGreaterThanOrEqual(0.94);
  });

  test('ambiguous skills: P >= 0.96, R >= 0.90', () => {
    expect(s.ambiguousSkills.p).toBeGreaterThanOrEqual(0.96);
    expect(s.ambiguousSkills.r).toBeGreaterThanOrEqual(0.9);
  });

  test('communication accuracy >= 0.96', () => expect(s.communication).toBeGreaterThanOrEqual(0.96));
});
