import { describe, expect, test } from 'vitest';
import { extractRequirements, type DegreeLevel } from '../../src/index.js';
import { readJsonl } from '../helpers/fixtures.js';

/**
 * The bars of issue 3 on the hand-labelled gold (test/fixtures/gold-dev.jsonl), computed as
 * shared/eval/score.mjs does: micro P/R/F1 over (posting id, value) pairs; minYears exact within 0.01.
 */
interface Gold {
  id: string;
  text: string;
  degrees: { level: DegreeLevel; required: boolean }[];
  fields: string[];
  minYears: number | null;
  yearsByDegree: { level: DegreeLevel; years: number }[];
}

const gold = readJsonl<Gold>('gold-dev.jsonl');
const predicted = new Map(gold.map((g) => [g.id, extractRequirements(g.text).summary]));

function f1(goldValues: (g: Gold) => Iterable<string>, predictedValues: (id: string) => Iterable<string>): number {
  const G = new Set<string>();
  const P = new Set<string>();
  for (const g of gold) {
    for (const x of goldValues(g)) G.add(`${g.id}|${x}`);
    for (const x of predictedValues(g.id)) P.add(`${g.id}|${x}`);
  }
  let tp = 0;
  for (const x of P) if (G.has(x)) tp++;
  const p = P.size ? tp / P.size : 1;
  const r = G.size ? tp / G.size : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const summary = (id: string) => predicted.get(id)!;

describe('accuracy on gold-dev (issue 3 bars)', () => {
  test('degree levels F1 >= 0.97', () => {
    expect(f1((g) => g.degrees.map((d) => d.level), (id) => summary(id).degreeLevels)).toBeGreaterThanOrEqual(0.97);
  });

  test('required degree levels F1 >= 0.93', () => {
    const score = f1((g) => g.degrees.filter((d) => d.required).map((d) => d.level), (id) => summary(id).requiredDegreeLevels);
    expect(score).toBeGreaterThanOrEqual(0.93);
  });

  test('fields F1 >= 0.93', () => {
    expect(f1((g) => g.fields, (id) => summary(id).fields)).toBeGreaterThanOrEqual(0.93);
  });

  test('minYears exact >= 0.93', () => {
    const exact = gold.filter((g) => {
      const got = summary(g.id).minYears;
      return (g.minYears === null && got === null) || (g.minYears !== null && got !== null && Math.abs(g.minYears - got) < 0.01);
    }).length;
    expect(exact / gold.length).toBeGreaterThanOrEqual(0.93);
  });

  test('years by degree F1 >= 0.85', () => {
    const score = f1((g) => g.yearsByDegree.map((y) => `${y.level}:${+y.years}`), (id) => summary(id).yearsByDegree.map((y) => `${y.level}:${+y.years}`));
    expect(score).toBeGreaterThanOrEqual(0.85);
  });
});
