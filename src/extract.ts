import {
  ExtractorOptionsSchema,
  type ExtractorOptions,
  type Evidence,
  type Requirements,
  type RequirementSummary,
  type SectionKind,
} from './schema.js';
import { JobsiftError, JobsiftInputError, JobsiftOptionsError, describeValue, formatIssues } from './errors.js';
import { normalize, toInputSpan } from './pipeline/normalize.js';
import { segment, unitIndexAt, type SegmentedDoc } from './pipeline/segment.js';
import { analyseEducationAndExperience } from './refiners/education-experience.js';
import { extractSkills, skillStartBits } from './extractors/skills.js';
import { extractCommunication } from './extractors/communication.js';
import { addUnique, summarize } from './refiners/summary.js';
import { resolveTaxonomy } from './taxonomy/resolve.js';
import { compileTaxonomy } from './taxonomy/matcher.js';
import { giveBackTokens } from './taxonomy/tokenize.js';
import type {
  CommunicationFinding,
  EducationExperienceResult,
  ExtractContext,
  SkillFinding,
  TextSpan,
} from './extractors/types.js';
import { VERSION } from './version.js';

export interface Extractor {
  /** Extracts requirements from one posting (plain text or HTML). Synchronous and pure. */
  extract(input: string): Requirements;
  /**
   * The summary alone, equal to `extract(input).summary` but without building the evidence of every hit: for
   * counting over many postings (the aggregator and `jobsift report` use it). Skills come with their names and
   * categories.
   */
  summarize(input: string): SummaryWithSkills;
}

/** `Extractor.summarize`: the summary, and the name and category of each skill found in the text. */
export interface SummaryWithSkills {
  summary: RequirementSummary;
  skills: { id: string; name: string; category: string }[];
}

/** The findings of one posting, before they are placed in the input (`empty`: no text to read). */
interface Findings {
  doc: SegmentedDoc;
  empty: boolean;
  edu: EducationExperienceResult;
  skills: SkillFinding[];
  communication: CommunicationFinding[];
}

interface Placed {
  evidence: Evidence;
  section: SectionKind;
  required: boolean;
}

/**
 * Cuts evidence from the ORIGINAL input and reads section and required-ness from the unit the span sits in. Takes
 * the span's fields, not the span: the spans of the findings come in many shapes, and a property read that sees them
 * all is slow, so each caller reads its own kind.
 */
function place(doc: SegmentedDoc, spanStart: number, spanEnd: number, spanRequired: boolean | undefined): Placed {
  const { start, end } = toInputSpan(doc.norm, spanStart, spanEnd);
  const unit = doc.units[unitIndexAt(doc, spanStart)];
  return { evidence: { start, end, text: doc.norm.input.slice(start, end) }, section: unit ? unit.section : 'other', required: requiredIn(unit, spanRequired) };
}

/** A finding's own reading of required-ness, else its unit's (a finding outside every unit is required). */
function requiredIn(unit: SegmentedDoc['units'][number] | undefined, spanRequired: boolean | undefined): boolean {
  return spanRequired ?? (unit ? !unit.preferred : true);
}

/** `place(...).required` without building the evidence. */
function requiredAt(doc: SegmentedDoc, span: TextSpan): boolean {
  return requiredIn(doc.units[unitIndexAt(doc, span.start)], span.required);
}

/** Findings in the title line are not asked of the candidate (LABELLING rule 20); null when there is no title line. */
function outsideTitle(doc: SegmentedDoc): ((span: TextSpan) => boolean) | null {
  const title = doc.sections[0]?.kind === 'title' ? doc.sections[0] : undefined;
  if (!title) return null;
  return (span) => span.start >= title.end || span.end <= title.start;
}

/** `list` without the spans `keep` refuses; the list itself when it refuses none (most postings have no title). */
function kept<T extends TextSpan>(list: T[], keep: ((span: TextSpan) => boolean) | null): T[] {
  return keep === null || list.every(keep) ? list : list.filter(keep);
}

function emptyFindings(doc: SegmentedDoc): Findings {
  return { doc, empty: true, edu: { degrees: [], fields: [], experience: [], yearsByDegree: [], minYears: null }, skills: [], communication: [] };
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

/**
 * An extraction is running. Every extractor shares the pipeline's scratch buffers, so a call made from inside one
 * (an NLP engine handed over with useNlpEngines, or the `whileDocumentsAlive` hook) would overwrite what the outer
 * call still reads.
 */
let extracting = false;

/**
 * Called, when set, while the documents of an extraction are still alive (a safe point for a full collection): once
 * per batch that made a document (an `extract` or `summarize` call is a batch of one), after the extractors and
 * before the documents' tokens are given back. For the command-line tool's heap governor. A full
 * collection made while no document is alive lets V8 drop the hidden classes of the pipeline's objects, and with them
 * the optimised code of every function built on them: up to ~80 functions at a collection (`--trace-deopt`, "weak
 * objects"), compiled again afterwards. Made here, it finds the classes of the documents' objects in use (79-83
 * such deoptimisations over a run of 40,000 postings before, 33-36 after); those of objects that live inside one
 * stage only (the normaliser's builder, the segmenter, the education stage's unit readings) are kept alive by an empty
 * object of each (src/pipeline/kept-shapes.ts: 0-1 left). The hook must not throw. Internal: not exported by the
 * package.
 */
let whileDocumentsAlive: (() => void) | null = null;

/** Sets the hook called while documents are alive (see `whileDocumentsAlive`), or clears it (null); returns the old one. */
export function setWhileDocumentsAlive(hook: (() => void) | null): (() => void) | null {
  const before = whileDocumentsAlive;
  whileDocumentsAlive = hook;
  return before;
}

/**
 * Summaries of many inputs at once, stage by stage: every input is segmented, then every document is read for
 * education and experience, then for skills, then for communication. Each result equals `summarize` of its input, or
 * is the error `summarize` would have thrown. Run over a batch, each stage's code and tables stay in the processor's
 * caches: over the corpus, 5-7% less time a posting than one posting at a time (batches of 4 to 8).
 */
export type SummarizeBatch = (inputs: readonly string[]) => (SummaryWithSkills | Error)[];
const batchSummarizers = new WeakMap<Extractor, SummarizeBatch>();

/** The batch form of `extractor.summarize` (see SummarizeBatch); for extractors made by `createExtractor`. */
export function summarizeBatchOf(extractor: Extractor): SummarizeBatch {
  const batch = batchSummarizers.get(extractor);
  if (batch) return batch;
  return (inputs) =>
    inputs.map((input) => {
      try {
        return extractor.summarize(input);
      } catch (err) {
        return asError(err);
      }
    });
}

/** What was thrown, as an Error. */
const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** What an input's extraction threw, as a result of a batch (anything may be thrown: an NLP engine is the user's). */
class Failed {
  constructor(readonly thrown: unknown) {}
}

/** A document of a batch between the stages of the pipeline: its input's index and what was found so far. */
interface DocumentInProgress {
  input: number;
  doc: SegmentedDoc;
  keep: ((span: TextSpan) => boolean) | null;
  edu: EducationExperienceResult | null;
  skills: SkillFinding[] | null;
  communication: CommunicationFinding[] | null;
}

/**
 * Runs `stage` on every document still `going` (in place: those that fail leave the list); one whose stage throws
 * gets what it threw as its result in `out`, and stops there.
 */
function eachDoc(going: DocumentInProgress[], out: (Findings | Failed)[], stage: (d: DocumentInProgress) => void): void {
  let n = 0;
  for (const d of going) {
    try {
      stage(d);
      going[n++] = d;
    } catch (err) {
      out[d.input] = new Failed(err);
    }
  }
  going.length = n;
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
  const skillStarts = skillStartBits(ctx);

  /** Refuses what `extract` and `summarize` refuse, before any work. */
  const checkInput = (input: string, caller: string): void => {
    if (typeof input !== 'string') {
      throw new JobsiftInputError(`${caller} expects a string (plain text or HTML), got ${describeValue(input)}`);
    }
    if (input.length > opts.maxLength) {
      throw new JobsiftInputError(`input is ${input.length} characters, over the maxLength option (${opts.maxLength})`);
    }
    if (extracting) {
      throw new JobsiftError('jobsift was called from inside an extraction (by an NLP engine given to useNlpEngines): extraction is not re-entrant');
    }
  };

  const educationIn = (doc: SegmentedDoc, keep: ((span: TextSpan) => boolean) | null): EducationExperienceResult => {
    const edu = analyseEducationAndExperience(doc);
    edu.degrees = kept(edu.degrees, keep);
    edu.fields = kept(edu.fields, keep);
    return edu;
  };

  const skillsIn = (doc: SegmentedDoc, keep: ((span: TextSpan) => boolean) | null): SkillFinding[] => {
    const skills = extractSkills(doc, ctx);
    if (keep === null) return skills;
    return skills
      .map((s) => (s.mentions.every(keep) ? s : { ...s, mentions: s.mentions.filter(keep) }))
      .filter((s) => s.mentions.length > 0);
  };

  /** The stages after segmentation, in order: each reads one document and writes what it found there. */
  const stages: ((d: DocumentInProgress) => void)[] = [
    (d) => (d.edu = educationIn(d.doc, d.keep)),
    (d) => (d.skills = skillsIn(d.doc, d.keep)),
    (d) => (d.communication = kept(extractCommunication(d.doc), d.keep)),
  ];

  /**
   * The pipeline over a batch of inputs, stage by stage: every input is checked and segmented, then every document
   * is read for education and experience, then for skills, then for communication. Each result is the input's
   * findings, or what its extraction threw (`Failed`), one input's failure stopping no other. Each document's tokens
   * use lent buffers while there are some to lend (8 loans at once), given back when the batch is done: nothing
   * after reads them.
   */
  const findBatch = (inputs: readonly string[], caller: string): (Findings | Failed)[] => {
    const out: (Findings | Failed)[] = new Array(inputs.length);
    for (let i = 0; i < inputs.length; i++) {
      try {
        checkInput(inputs[i]!, caller);
      } catch (err) {
        out[i] = new Failed(err);
      }
    }
    // Called from inside an extraction: every input was refused, and the guard belongs to the outer call.
    if (extracting) return out;
    const going: DocumentInProgress[] = [];
    const segmented: SegmentedDoc[] = [];
    extracting = true;
    try {
      for (let i = 0; i < inputs.length; i++) {
        if (out[i] !== undefined) continue;
        try {
          const doc = segment(normalize(inputs[i]!, opts.format), skillStarts, true);
          segmented.push(doc);
          if (doc.units.length === 0) out[i] = emptyFindings(doc);
          else going.push({ input: i, doc, keep: outsideTitle(doc), edu: null, skills: null, communication: null });
        } catch (err) {
          out[i] = new Failed(err);
        }
      }
      for (const stage of stages) eachDoc(going, out, stage);
      for (const d of going) out[d.input] = { doc: d.doc, empty: false, edu: d.edu!, skills: d.skills!, communication: d.communication! };
      if (segmented.length > 0) whileDocumentsAlive?.();
    } finally {
      for (const doc of segmented) giveBackTokens(doc);
      extracting = false;
    }
    return out;
  };

  /** Validates the input and runs the pipeline: a batch of one, whose failure is thrown as it was. */
  const find = (input: string, caller: string): Findings => {
    const found = findBatch([input], caller)[0]!;
    if (found instanceof Failed) throw found.thrown;
    return found;
  };

  const summaryOf = (found: Findings): SummaryWithSkills => {
    const { doc, edu } = found;
    const implied: string[] = [];
    for (const s of found.skills) if (s.implies) implied.push(...s.implies);
    const degrees = edu.degrees.map((d) => ({ level: d.level, negated: d.negated, required: requiredAt(doc, d) }));
    const summary = summarize(
      { degrees, fields: edu.fields, yearsByDegree: edu.yearsByDegree, skills: found.skills, communication: found.communication },
      edu.minYears,
      implied,
    );
    return { summary, skills: found.skills.map((s) => ({ id: s.id, name: s.name, category: s.category })) };
  };

  const summarizeBatch: SummarizeBatch = (inputs) =>
    findBatch(inputs, 'summarize').map((found) => (found instanceof Failed ? asError(found.thrown) : summaryOf(found)));

  const extractor: Extractor = {
    extract(input: string): Requirements {
      const found = find(input, 'extractRequirements');
      const { doc, edu } = found;
      if (found.empty) return emptyResult(input, doc.norm.format);
      // Fields written out rather than spread from place(): a spread clones through a slower path, per hit.
      const degrees = edu.degrees.map((d) => {
        const p = place(doc, d.start, d.end, d.required);
        const fields: string[] = [];
        addUnique(fields, d.fields);
        return {
          level: d.level, evidence: p.evidence, section: p.section, required: p.required, negated: d.negated,
          orEquivalent: d.orEquivalent, fields, relatedFieldFlag: d.relatedFieldFlag,
        };
      });
      const fields = edu.fields.map((f) => {
        const p = place(doc, f.start, f.end, f.required);
        return { id: f.id, evidence: p.evidence, section: p.section, required: p.required, degreeLevel: f.degreeLevel };
      });
      const experience = edu.experience.map((x) => {
        const p = place(doc, x.start, x.end, x.required);
        return {
          evidence: p.evidence, section: p.section, required: p.required, minYears: x.minYears, maxYears: x.maxYears,
          subject: x.subject, degreeLevel: x.degreeLevel,
        };
      });
      const yearsByDegree = edu.yearsByDegree.map((y) => {
        const p = place(doc, y.start, y.end, y.required);
        return { level: y.level, years: y.years, evidence: p.evidence, section: p.section, required: p.required };
      });
      const implied: string[] = [];
      const skills = found.skills.map((s) => {
        const mentions = s.mentions.map((m) => place(doc, m.start, m.end, m.required));
        if (s.implies) implied.push(...s.implies);
        const first = mentions[0]!;
        return {
          id: s.id, name: s.name, category: s.category, evidence: first.evidence, section: first.section,
          required: mentions.some((m) => m.required), mentions,
        };
      });
      const communication = found.communication.map((c) => {
        const p = place(doc, c.start, c.end, c.required);
        return { evidence: p.evidence, section: p.section, required: p.required, kind: c.kind };
      });
      const parts = { degrees, fields, experience, yearsByDegree, skills, communication };
      // The sections that hold a unit (listed by the segmenter: a walk over the units here would load each again).
      // Objects written out rather than spread: a spread clones through a slower path.
      const sections: Requirements['meta']['sections'] = [];
      for (const i of doc.sectionsWithUnits) {
        const s = doc.sections[i]!;
        const span = toInputSpan(doc.norm, s.start, s.end);
        const heading = s.heading ? toInputSpan(doc.norm, s.heading.start, s.heading.end) : null;
        sections.push({
          kind: s.kind,
          heading: heading ? { start: heading.start, end: heading.end, text: input.slice(heading.start, heading.end) } : null,
          start: span.start,
          end: span.end,
        });
      }
      return {
        degrees, fields, experience, yearsByDegree, skills, communication,
        summary: summarize(parts, edu.minYears, implied),
        meta: { format: doc.norm.format, inputLength: input.length, sections, version: VERSION },
      };
    },

    summarize(input: string): SummaryWithSkills {
      return summaryOf(find(input, 'summarize'));
    },
  };
  batchSummarizers.set(extractor, summarizeBatch);
  return extractor;
}

let defaultExtractor: Extractor | undefined;

/** Extracts requirements from one posting with the default taxonomy. Synchronous and pure. */
export function extractRequirements(input: string, options?: ExtractorOptions): Requirements {
  if (options !== undefined) return createExtractor(options).extract(input);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(input);
}
