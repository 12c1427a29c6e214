import { DEGREE_LEVELS, type DegreeLevel, type Requirements, type RequirementSummary } from '../schema.js';

/**
 * The levels of the degrees asked (not negated; only the required ones if `requiredOnly`), once each, lowest first.
 * DEGREE_LEVELS is in rank order, so walking it sorts without a Set, a copy and a sort per posting.
 */
function ascendingLevels(degrees: SummaryInput['degrees'], requiredOnly: boolean): DegreeLevel[] {
  const out: DegreeLevel[] = [];
  for (const level of DEGREE_LEVELS) {
    for (const d of degrees) {
      if (d.level === level && !d.negated && (d.required || !requiredOnly)) {
        out.push(level);
        break;
      }
    }
  }
  return out;
}

/** Appends each of `values` not in `out` yet; a list this short is searched faster than a Set is built. */
export function addUnique(out: string[], values: readonly string[]): void {
  if (out.length + values.length > 32) {
    const seen = new Set(out);
    for (const v of values) {
      if (seen.has(v)) continue;
      seen.add(v);
      out.push(v);
    }
    return;
  }
  for (const v of values) if (!out.includes(v)) out.push(v);
}

/** What the summary reads of the hits: the full hits of a result, or the bare facts when no evidence is wanted. */
export interface SummaryInput {
  degrees: readonly Pick<Requirements['degrees'][number], 'level' | 'negated' | 'required'>[];
  fields: readonly Pick<Requirements['fields'][number], 'id'>[];
  yearsByDegree: readonly Pick<Requirements['yearsByDegree'][number], 'level' | 'years'>[];
  /** One per skill, so no two share an id. */
  skills: readonly Pick<Requirements['skills'][number], 'id'>[];
  communication: readonly unknown[];
}

/**
 * The flat summary of the shared contract, derived from the detailed hits only, so that the two always agree.
 * Negated degree mentions ("no degree required") stay in the hits and out of the summary.
 */
export function summarize(parts: SummaryInput, minYears: number | null, implied: readonly string[]): RequirementSummary {
  const degreeLevels = ascendingLevels(parts.degrees, false);
  const requiredDegreeLevels = ascendingLevels(parts.degrees, true);
  const fields: string[] = [];
  addUnique(fields, parts.fields.map((f) => f.id));
  const yearsByDegree: RequirementSummary['yearsByDegree'] = [];
  // Most postings pair no years with a degree: no Set for them.
  const seenPairs = parts.yearsByDegree.length > 1 ? new Set<string>() : null;
  for (const y of parts.yearsByDegree) {
    if (seenPairs) {
      const key = `${y.level}:${y.years}`;
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
    }
    yearsByDegree.push({ level: y.level, years: y.years });
  }
  // The skills' ids are distinct already (one hit per skill): only the implied ones are checked against the list.
  const skills: string[] = new Array<string>(parts.skills.length);
  for (let k = 0; k < parts.skills.length; k++) skills[k] = parts.skills[k]!.id;
  if (implied.length > 0) addUnique(skills, implied);
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
