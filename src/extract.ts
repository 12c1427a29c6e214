import {
  ExtractorOptionsSchema,
  type ExtractorOptions,
  type Evidence,
  type Requirements,
  type SectionKind,
} from './schema.js';
import { JobsiftInputError, JobsiftOptionsError, describeValue, formatIssues } from './errors.js';
import { normalize, toInputSpan } from './pipeline/normalize.js';
import { segment, unitIndexAt, type SegmentedDoc } from './pipeline/segment.js';
import { analyseEducationAndExperience } from './refiners/education-experience.js';
import { extractSkills } from './extractors/skills.js';
import { extractCommunication } from './extractors/communication.js';
import { summarize } from './refiners/summary.js';
import { resolveTaxonomy } from './taxonomy/resolve.js';
import { compileTaxonomy } from './taxonomy/matcher.js';
import type { ExtractContext, TextSpan } from './extractors/types.js';
import { VERSION } from './version.js';

export interface Extractor {
  /** Extracts requirements from one posting (plain text or HTML). Synchronous and pure. */
  extract(input: string): Requirements;
}

interface Placed {
  evidence: Evidence;
  section: SectionKind;
  required: boolean;
}

/** Cuts evidence from the ORIGINAL input and reads section and required-ness from the unit the span sits in. */
function place(doc: SegmentedDoc, span: TextSpan): Placed {
  const { start, end } = toInputSpan(doc.norm, span.start, span.end);
  const u = unitIndexAt(doc, span.start);
  const unit = u >= 0 ? doc.units[u] : undefined;
  const section: SectionKind = unit ? unit.section : 'other';
  const required = span.required ?? (unit ? !unit.preferred : true);
  return { evidence: { start, end, text: doc.norm.input.slice(start, end) }, section, required };
}

/** Findings in the title line are not asked of the candidate (LABELLING rule 20). */
function outsideTitle(doc: SegmentedDoc): (span: TextSpan) => boolean {
  const title = doc.sections[0]?.kind === 'title' ? doc.sections[0] : undefined;
  if (!title) return () => true;
  return (span) => span.start >= title.end || span.end <= title.start;
}

function emptyResult(input: string, format: 'text' | 'html'): Requirements {
  return {
    degrees: [], fields: [], experience: [], yearsByDegree: [], skills: [], communication: [],
    summary: {
      degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null,
      yearsByDegree: [], skills: [], communication: false,
    },
    meta: { format, inputLength: input.length, sections: [], version: VERSION },
  };
}

/** Compiles options, taxonomy and patterns once; reuse the extractor in hot loops. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new JobsiftOptionsError(`jobsift options must be an object, got ${describeValue(options)}`);
  }
  const parsed = ExtractorOptionsSchema.safeParse(options);
  if (!parsed.success) throw new JobsiftOptionsError(`invalid jobsift options: ${formatIssues(parsed.error.issues)}`);
  const opts = parsed.data;
  const ctx: ExtractContext = { taxonomy: compileTaxonomy(resolveTaxonomy(opts.taxonomy)) };

  return {
    extract(input: string): Requirements {
      if (typeof input !== 'string') {
        throw new JobsiftInputError(`extractRequirements expects a string (plain text or HTML), got ${describeValue(input)}`);
      }
      if (input.length > opts.maxLength) {
        throw new JobsiftInputError(`input is ${input.length} characters, over the maxLength option (${opts.maxLength})`);
      }
      const doc = segment(normalize(input, opts.format));
      if (doc.units.length === 0) return emptyResult(input, doc.norm.format);

      const keep = outsideTitle(doc);
      const edu = analyseEducationAndExperience(doc);
      edu.degrees = edu.degrees.filter(keep);
      edu.fields = edu.fields.filter(keep);
      const skillFindings = extractSkills(doc, ctx).map((s) => ({ ...s, mentions: s.mentions.filter(keep) }));
      const commFindings = extractCommunication(doc).filter(keep);

      const degrees = edu.degrees.map((d) => ({
        level: d.level, ...place(doc, d), negated: d.negated, orEquivalent: d.orEquivalent,
        fields: [...new Set(d.fields)], relatedFieldFlag: d.relatedFieldFlag,
      }));
      const fields = edu.fields.map((f) => ({ id: f.id, ...place(doc, f), degreeLevel: f.degreeLevel }));
      const experience = edu.experience.map((x) => ({
        ...place(doc, x), minYears: x.minYears, maxYears: x.maxYears, subject: x.subject, degreeLevel: x.degreeLevel,
      }));
      const yearsByDegree = edu.yearsByDegree.map((y) => ({ level: y.level, years: y.years, ...place(doc, y) }));
      const implied: string[] = [];
      const skills = skillFindings
        .filter((s) => s.mentions.length > 0)
        .map((s) => {
          const mentions = s.mentions.map((m) => place(doc, m));
          if (s.implies) implied.push(...s.implies);
          const first = mentions[0]!;
          return {
            id: s.id, name: s.name, category: s.category, evidence: first.evidence, section: first.section,
            required: mentions.some((m) => m.required), mentions,
          };
        });
      const communication = commFindings.map((c) => ({ ...place(doc, c), kind: c.kind }));
      const parts = { degrees, fields, experience, yearsByDegree, skills, communication };
      const used = new Set(doc.units.map((u) => u.sectionIndex));
      const sections = doc.sections
        .filter((s, i) => used.has(i))
        .map((s) => {
          const span = toInputSpan(doc.norm, s.start, s.end);
          const heading = s.heading ? toInputSpan(doc.norm, s.heading.start, s.heading.end) : null;
          return {
            kind: s.kind,
            heading: heading ? { ...heading, text: input.slice(heading.start, heading.end) } : null,
            start: span.start,
            end: span.end,
          };
        });
      return {
        ...parts,
        summary: summarize(parts, edu.minYears, implied),
        meta: { format: doc.norm.format, inputLength: input.length, sections, version: VERSION },
      };
    },
  };
}

let defaultExtractor: Extractor | undefined;

/** Extracts requirements from one posting with the default taxonomy. Synchronous and pure. */
export function extractRequirements(input: string, options?: ExtractorOptions): Requirements {
  if (options !== undefined) return createExtractor(options).extract(input);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(input);
}
