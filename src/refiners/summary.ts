import { DEGREE_LEVELS, type DegreeLevel, type Requirements, type RequirementSummary } from '../schema.js';

const levelRank = (l: DegreeLevel): number => DEGREE_LEVELS.indexOf(l);
const ascending = (levels: Iterable<DegreeLevel>): DegreeLevel[] => [...new Set(levels)].sort((a, b) => levelRank(a) - levelRank(b));

/** What the summary reads of the hits: the full hits of a result, or the bare facts when no evidence is wanted. */
export interface SummaryInput {
  degrees: readonly Pick<Requirements['degrees'][number], 'level' | 'negated' | 'required'>[];
  fields: readonly Pick<Requirements['fields'][number], 'id'>[];
  yearsByDegree: readonly Pick<Requirements['yearsByDegree'][number], 'level' | 'years'>[];
  skills: readonly Pick<Requirements['skills'][number], 'id'>[];
  communication: readonly unknown[];
}

/**
 * The flat summary of the shared contract, derived from the detailed hits only, so that the two always agree.
 * Negated degree mentions ("no degree required") stay in the hits and out of the summary.
 */
export function summarize(parts: SummaryInput, minYears: number | null, implied: readonly string[]): RequirementSummary {
  const asked = parts.degrees.filter((d) => !d.negated);
  const degreeLevels = ascending(asked.map((d) => d.level));
  const requiredDegreeLevels = ascending(asked.filter((d) => d.required).map((d) => d.level));
  const fields = [...new Set(parts.fields.map((f) => f.id))];
  const seenPairs = new Set<string>();
  const yearsByDegree: RequirementSummary['yearsByDegree'] = [];
  for (const y of parts.yearsByDegree) {
    const key = `${y.level}:${y.years}`;
    if (seenPairs.has(key)) continue;
    seenPairs.add(key);
    yearsByDegree.push({ level: y.level, years: y.years });
  }
  const skills = [...new Set([...parts.skills.map((s) => s.id), ...implied])];
  return {
    degreeLevels,
    requiredDegreeLevels,
    minimumDegree: degreeLevels[0] ?? null,
    fields,
    minYears,
    yearsByDegree,
    skills,
    communication: parts.communication.length > 0,
  };
}
