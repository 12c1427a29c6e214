import { expect, test } from 'vitest';
import type { Scores } from './scoring.js';

/** The bars of issue 3 (degrees, fields, years), as tests over `scores`. */
export function educationBarTests(scores: Scores): void {
  test('degree levels F1 >= 0.97', () => expect(scores.degreeLevels.f1).toBeGreaterThanOrEqual(0.97));
  test('required degree levels F1 >= 0.93', () => expect(scores.requiredDegreeLevels.f1).toBeGreaterThanOrEqual(0.93));
  test('fields F1 >= 0.93', () => expect(scores.fields.f1).toBeGreaterThanOrEqual(0.93));
  test('minYears exact >= 0.93', () => expect(scores.minYearsExact).toBeGreaterThanOrEqual(0.93));
  test('years by degree F1 >= 0.85', () => expect(scores.yearsByDegree.f1).toBeGreaterThanOrEqual(0.85));
}

/** The bars of issue 4 (skills, ambiguous names, communication), as tests over `scores`. */
export function skillBarTests(scores: Scores): void {
  test('skills (contract ids): F1 >= 0.96, P >= 0.96, R >= 0.94', () => {
    expect(scores.skills.f1).toBeGreaterThanOrEqual(0.96);
    expect(scores.skills.p).toBeGreaterThanOrEqual(0.96);
    expect(scores.skills.r).toBeGreaterThanOrEqual(0.94);
  });
  test('ambiguous skills: P >= 0.96, R >= 0.90', () => {
    expect(scores.ambiguousSkills.p).toBeGreaterThanOrEqual(0.96);
    expect(scores.ambiguousSkills.r).toBeGreaterThanOrEqual(0.9);
  });
  test('communication accuracy >= 0.96', () => expect(scores.communication).toBeGreaterThanOrEqual(0.96));
}
