import type { DegreeLevel, RequirementSummary } from '../../src/index.js';
import contractIds from '../fixtures/contract-ids.json' with { type: 'json' };

/**
 * Scores summaries against hand-labelled gold as shared/eval/score.mjs does: micro P/R/F1 over (posting id, value)
 * pairs, skills restricted to contract ids, minYears exact within 0.01, communication as accuracy.
 */
export interface GoldPosting {
  id: string;
  text: string;
  degrees: { level: DegreeLevel; required: boolean }[];
  fields: string[];
  minYears: number | null;
  yearsByDegree: { level: DegreeLevel; years: number }[];
  skills: string[];
  communication: boolean;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const SKILLS = new Set(Object.values(contractIds.skills).flat());
/** The ambiguous names the bar is about (English words and one-letter languages). */
export const AMBIGUOUS_SKILLS = new Set(['r', 'c', 'go', 'excel', 'spark', 'hive', 'pig', 'julia', 'java', 'scala', 'shell', 'sas', 'd3', 'git']);

export function prf(gold: readonly GoldPosting[], goldValues: (g: GoldPosting) => Iterable<string>, predictedValues: (id: string) => Iterable<string>): Prf {
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
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Scores {
  degreeLevels: Prf;
  requiredDegreeLevels: Prf;
  fields: Prf;
  minYearsExact: number;
  yearsByDegree: Prf;
  skills: Prf;
  ambiguousSkills: Prf;
  communication: number;
}

export function score(gold: readonly GoldPosting[], summaryOf: (g: GoldPosting) => RequirementSummary): Scores {
  const predicted = new Map(gold.map((g) => [g.id, summaryOf(g)]));
  const s = (id: string): RequirementSummary => predicted.get(id)!;
  const years = (list: readonly { level: string; years: number }[]): string[] => list.map((y) => `${y.level}:${+y.years}`);
  const sameYears = (a: number | null, b: number | null): boolean => (a === null && b === null) || (a !== null && b !== null && Math.abs(a - b) < 0.01);
  return {
    degreeLevels: prf(gold, (g) => g.degrees.map((d) => d.level), (id) => s(id).degreeLevels),
    requiredDegreeLevels: prf(gold, (g) => g.degrees.filter((d) => d.required).map((d) => d.level), (id) => s(id).requiredDegreeLevels),
    fields: prf(gold, (g) => g.fields, (id) => s(id).fields),
    minYearsExact: gold.filter((g) => sameYears(g.minYears, s(g.id).minYears)).length / gold.length,
    yearsByDegree: prf(gold, (g) => years(g.yearsByDegree), (id) => years(s(id).yearsByDegree)),
    skills: prf(gold, (g) => g.skills.filter((x) => SKILLS.has(x)), (id) => s(id).skills.filter((x) => SKILLS.has(x))),
    ambiguousSkills: prf(gold, (g) => g.skills.filter((x) => AMBIGUOUS_SKILLS.has(x)), (id) => s(id).skills.filter((x) => AMBIGUOUS_SKILLS.has(x))),
    communication: gold.filter((g) => s(g.id).communication === g.communication).length / gold.length,
  };
}
