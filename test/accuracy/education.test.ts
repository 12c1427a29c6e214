import { describe } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import { educationBarTests } from '../helpers/issue-bars.js';
import { score, type GoldPosting } from '../helpers/scoring.js';

/** The bars of issue 3 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as shared/eval/score.mjs does. */
const gold = readJsonl<GoldPosting>('gold-dev.jsonl');

describe('accuracy on gold-dev (issue 3 bars)', () => {
  educationBarTests(score(gold, (g) => extractRequirements(g.text).summary));
});
