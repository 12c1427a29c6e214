import { describe } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import { skillBarTests } from '../helpers/issue-bars.js';
import { score, type GoldPosting } from '../helpers/scoring.js';

/**
 * The bars of issue 4 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as shared/eval/score.mjs
 * does: micro P/R/F1 over (posting id, skill) pairs restricted to contract ids.
 */
const gold = readJsonl<GoldPosting>('gold-dev.jsonl');

describe('accuracy on gold-dev (issue 4 bars)', () => {
  skillBarTests(score(gold, (g) => extractRequirements(g.text).summary));
});
