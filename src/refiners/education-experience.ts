// PLACEHOLDER: replaced by the degrees/fields/experience work (issue 3).
import type { EducationExperienceResult, SegmentedDoc } from '../extractors/types.js';

export function analyseEducationAndExperience(_doc: SegmentedDoc): EducationExperienceResult {
  return { degrees: [], fields: [], experience: [], yearsByDegree: [], minYears: null };
}
