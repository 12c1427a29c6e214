import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';
import contractIds from '../fixtures/contract-ids.json' with { type: 'json' };

/**
 * The bars of issue 4 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as
 * shared/eval/score.mjs does: micro P/R/F1 over (posting id, skill) pairs restricted to contract ids.
 */
interface Gold {
  id: string;
  text: string;
  skills: string[];
  communication: boolean;
}
const SKILLS = new Set(Object.values(contractIds.skills).flat());
const AMBIGUOUS = new Set(['r', 'c', 'go', 'excel', 'spark', 'hive', 'pig', 'julia', 'java', 'scala', 'shell', 'sas', 'd3', 'git']);

const gold = readJsonl<Gold>('gold-dev.jsonl');
const predicted = new Map(gold.map((g) => [g.id, extractRequirements(g.text).summary]));

function prf(keep: (s: string) => boolean): { p: number; r: number; f1: number } {
  const G = new Set<string>();
  const P = new Set<string>();
  for (const g of gold) {
    for (const s of g.skills) if (SKILLS.has(s) && keep(s)) G.add(`${g.id}|${s}`);
    for (const s of predicted.get(g.id)!.skills) if (SKILLS.has(s) && keep(s)) P.add(`${g.id}|${s}`);
  }
  let tp = 0;
  for (const x of P) if (G.has(x)) tp++;
  const p = P.size ? tp / P.size : 1;
  const r = G.size ? tp / G.size : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

describe('accuracy on gold-dev (issue 4 bars)', () => {
  test('skills (contract ids): F1 >= 0.96, P >= 0.96, R >= 0.94', () => {
    const m = prf(() => true);
    expect(m.f1).toBeGreaterThanOrEqual(0.96);
    expect(m.p).toBeGreaterThanOrEqual(0.96);
    expect(m.r).toBeGreaterThanOrEqual(0.94);
  });

  test('ambiguous skills: P >= 0.96, R >= 0.90', () => {
    const m = prf((s) => AMBIGUOUS.has(s));
    expect(m.p).toBeGreaterThanOrEqual(0.96);
    expect(m.r).toBeGreaterThanOrEqual(0.9);
  });

  test('communication accuracy >= 0.96', () => {
    const right = gold.filter((g) => predicted.get(g.id)!.communication === g.communication).length;
    expect(right / gold.length).toBeGreaterThanOrEqual(0.96);
  });
});
