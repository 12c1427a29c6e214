import * as z from 'zod';

/**
 * The zod schemas here are the single source of jobsift's public types: every exported type is `z.infer` of one.
 * Ids follow the shared contract (degree levels, the 18 field ids, skill slugs) and must stay stable.
 */

export const DEGREE_LEVELS = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export const DegreeLevelSchema = z.enum(DEGREE_LEVELS);
export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;

/** Where in the posting a hit sits. `requirements` and `preferred` are the two readings of qualification sections. */
export const SECTION_KINDS = [
  /** The job title when the posting opens with it: LABELLING rule 20, nothing named only there is a requirement. */
  'title',
  'intro',
  'requirements',
  'preferred',
  'responsibilities',
  'benefits',
  'about',
  'equal-opportunity',
  'other',
] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** A span of the ORIGINAL input: `input.slice(start, end) === text`, also when the input was HTML. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const hitBase = {
  evidence: EvidenceSchema,
  section: SectionKindSchema,
  required: z.boolean(),
};

export const DegreeHitSchema = z.object({
  level: DegreeLevelSchema,
  ...hitBase,
  /** "no degree required", "a PhD is not necessary": reported, but left out of the summary. */
  negated: z.boolean(),
  /** "or equivalent experience" and the like. */
  orEquivalent: z.boolean(),
  /** Field ids attached to this mention ("MS in Statistics"). */
  fields: z.array(z.string()),
  /** "related field", "quantitative field", "STEM", "technical field": a flag, never a field id. */
  relatedFieldFlag: z.boolean(),
});
export type DegreeHit = z.infer<typeof DegreeHitSchema>;

export const FieldHitSchema = z.object({
  id: z.string(),
  ...hitBase,
  /** The degree level this field is attached to, when one is named. */
  degreeLevel: DegreeLevelSchema.nullable(),
});
export type FieldHit = z.infer<typeof FieldHitSchema>;

export const ExperienceHitSchema = z.object({
  ...hitBase,
  /** Lower bound in years ("3-5 years" = 3, "18 months" = 1.5). */
  minYears: z.number().nonnegative(),
  /** Upper bound in years for ranges, else null. */
  maxYears: z.number().nonnegative().nullable(),
  /** What the years are of ("Python", "machine learning", "industry"), null for a general figure. */
  subject: z.string().nullable(),
  /** The degree level this figure is paired with ("MS + 3 years"), else null. */
  degreeLevel: DegreeLevelSchema.nullable(),
});
export type ExperienceHit = z.infer<typeof ExperienceHitSchema>;

export const YearsByDegreeSchema = z.object({
  level: DegreeLevelSchema,
  years: z.number().nonnegative(),
});
export type YearsByDegree = z.infer<typeof YearsByDegreeSchema>;

export const YearsByDegreeHitSchema = YearsByDegreeSchema.extend(hitBase);
export type YearsByDegreeHit = z.infer<typeof YearsByDegreeHitSchema>;

export const SkillMentionSchema = z.object(hitBase);
export type SkillMention = z.infer<typeof SkillMentionSchema>;

export const SkillHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  /** The first mention; `mentions` holds every one. */
  ...hitBase,
  mentions: z.array(SkillMentionSchema).min(1),
});
export type SkillHit = z.infer<typeof SkillHitSchema>;

export const CommunicationHitSchema = z.object({
  ...hitBase,
  /** What kind of ask: "communication skills", "present findings", "presentation skills"... */
  kind: z.string(),
});
export type CommunicationHit = z.infer<typeof CommunicationHitSchema>;

/** The flat summary every result carries (shared contract): the aggregator and the scorer read only this. */
export const RequirementSummarySchema = z.object({
  degreeLevels: z.array(DegreeLevelSchema),
  requiredDegreeLevels: z.array(DegreeLevelSchema),
  minimumDegree: DegreeLevelSchema.nullable(),
  fields: z.array(z.string()),
  minYears: z.number().nonnegative().nullable(),
  yearsByDegree: z.array(YearsByDegreeSchema),
  skills: z.array(z.string()),
  communication: z.boolean(),
});
export type RequirementSummary = z.infer<typeof RequirementSummarySchema>;

export const SectionInfoSchema = z.object({
  kind: SectionKindSchema,
  /** The heading as written, null for the untitled opening section. */
  heading: EvidenceSchema.nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SectionInfo = z.infer<typeof SectionInfoSchema>;

export const RequirementsSchema = z.object({
  degrees: z.array(DegreeHitSchema),
  fields: z.array(FieldHitSchema),
  experience: z.array(ExperienceHitSchema),
  yearsByDegree: z.array(YearsByDegreeHitSchema),
  skills: z.array(SkillHitSchema),
  communication: z.array(CommunicationHitSchema),
  summary: RequirementSummarySchema,
  meta: z.object({
    format: z.enum(['text', 'html']),
    inputLength: z.number().int().nonnegative(),
    sections: z.array(SectionInfoSchema),
    version: z.string(),
  }),
});
export type Requirements = z.infer<typeof RequirementsSchema>;

export const InputFormatSchema = z.enum(['auto', 'text', 'html']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const TAXONOMY_CATEGORIES = [
  'general',
  'language',
  'dl-framework',
  'ml-library',
  'big-data',
  'cloud',
  'visualization',
  'devops',
  'database',
  'mlops',
  'web',
  'data-engineering',
  'cloud-service',
  'tool',
  'methodology',
  'soft-skill',
  'domain',
] as const;
export const TaxonomyCategorySchema = z.enum(TAXONOMY_CATEGORIES);
export type TaxonomyCategory = z.infer<typeof TaxonomyCategorySchema>;

/**
 * How a surface form may be matched:
 * - `safe`: distinctive; case-insensitive whole-token match.
 * - `context`: a word in English too (Spark, Hive, Excel): accepted only with technical context (lists of other
 *   skills, cue phrases, casing, part of speech).
 * - `exact-case`: letters and acronyms (R, C, Go, SAS): exact case, standalone token, plus context.
 * - `qualified`: never alone; only in the qualified forms listed as other aliases (Apache Storm, Microsoft Word).
 */
export const MatchPolicySchema = z.enum(['safe', 'context', 'exact-case', 'qualified']);
export type MatchPolicy = z.infer<typeof MatchPolicySchema>;

export const SkillAliasSchema = z.union([
  z.string().min(1),
  z.object({ form: z.string().min(1), policy: MatchPolicySchema }),
]);
export type SkillAlias = z.infer<typeof SkillAliasSchema>;

export const SkillEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.+#-]*$/, 'ids are lower-case slugs such as "python" or "power-bi"'),
  name: z.string().min(1),
  category: TaxonomyCategorySchema,
  /** Surface forms; a bare string uses `policy`. The name is matched too unless listed with another policy. */
  aliases: z.array(SkillAliasSchema).default([]),
  /** Default policy for the name and bare-string aliases. */
  policy: MatchPolicySchema.default('safe'),
  /** Words that corroborate an ambiguous form when near it (e.g. "hadoop" for Hive). */
  cues: z.array(z.string()).optional(),
  /** Another skill this one also implies in the summary (SageMaker implies aws). */
  implies: z.array(z.string()).optional(),
  /** Aliases this entry may share with another entry on purpose. */
  sharedAliases: z.array(z.string()).optional(),
});
export type SkillEntry = z.input<typeof SkillEntrySchema>;
export type SkillEntryParsed = z.infer<typeof SkillEntrySchema>;

export const TaxonomyOptionSchema = z.object({
  /** `extend` (default) adds to the built-in taxonomy, overriding entries with the same id; `replace` uses only these. */
  mode: z.enum(['extend', 'replace']).default('extend'),
  skills: z.array(z.unknown()),
});

export const ExtractorOptionsSchema = z
  .object({
    /** `auto` detects HTML; `text` and `html` force a reading. */
    format: InputFormatSchema.default('auto'),
    /** Custom skills: an array of entries (extends the default) or `{ mode, skills }`. */
    taxonomy: z.union([z.array(z.unknown()), TaxonomyOptionSchema]).optional(),
    /** Inputs longer than this many characters are refused with a JobsiftInputError (default 50 MB). */
    maxLength: z.number().int().positive().default(50_000_000),
  })
  .strict();
export type ExtractorOptions = z.input<typeof ExtractorOptionsSchema>;
export type ExtractorOptionsParsed = z.infer<typeof ExtractorOptionsSchema>;
