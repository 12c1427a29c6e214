import type { DegreeLevel } from '../schema.js';
import type { SegmentedDoc } from '../pipeline/segment.js';
import type { CompiledTaxonomy } from '../taxonomy/matcher.js';

/**
 * What extractors return: spans in `doc.text` (normalised), never in the input. The assembler maps spans to the
 * original input, and reads section and required-ness from the unit a span sits in unless `required` is given.
 */
export interface TextSpan {
  start: number;
  end: number;
  /** Overrides the unit's reading (e.g. "required" and "preferred" in one sentence). */
  required?: boolean;
}

export interface DegreeFinding extends TextSpan {
  level: DegreeLevel;
  negated: boolean;
  orEquivalent: boolean;
  fields: string[];
  relatedFieldFlag: boolean;
}

export interface FieldFinding extends TextSpan {
  id: string;
  degreeLevel: DegreeLevel | null;
}

export interface ExperienceFinding extends TextSpan {
  minYears: number;
  maxYears: number | null;
  subject: string | null;
  degreeLevel: DegreeLevel | null;
}

export interface YearsByDegreeFinding extends TextSpan {
  level: DegreeLevel;
  years: number;
}

export interface EducationExperienceResult {
  degrees: DegreeFinding[];
  fields: FieldFinding[];
  experience: ExperienceFinding[];
  yearsByDegree: YearsByDegreeFinding[];
  /** LABELLING.md rule 17: the least total experience on the easiest stated path; null when no figure. */
  minYears: number | null;
}

export interface SkillFinding {
  id: string;
  name: string;
  category: string;
  /** Every accepted mention, in text order. */
  mentions: TextSpan[];
  /** Further skill ids this hit stands for in the summary (SageMaker -> aws). */
  implies?: string[];
}

export interface CommunicationFinding extends TextSpan {
  kind: string;
}

/**
 * One unit as the education finders read it: its range [start, end) of the document's `text`, that range's text
 * (`slice`), and its word starts (`UnitWords.startsIn`: every position where an ASCII letter or digit follows none)
 * in the first `startCount` slots of `starts`, in text order.
 */
export interface UnitView {
  text: string;
  start: number;
  end: number;
  slice: string;
  starts: Int32Array;
  startCount: number;
}

export interface ExtractContext {
  readonly taxonomy: CompiledTaxonomy;
}

export type { SegmentedDoc };
