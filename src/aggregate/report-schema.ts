import * as z from 'zod';
import { DegreeLevelSchema } from '../schema.js';
import { InvalidRecordSchema } from './partial-schema.js';

/** One row of a table: how many postings, and their share of the postings counted. */
export const CountSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int().nonnegative(),
  /** count / postings counted (0 when nothing was counted). */
  share: z.number().min(0).max(1),
});
export type Count = z.infer<typeof CountSchema>;

/** A ranked table: rows (top N when ranked), distinct keys seen, postings that state none of them. */
export const TableSchema = z.object({
  items: z.array(CountSchema),
  distinct: z.number().int().nonnegative(),
  notStated: z.number().int().nonnegative(),
});
export type Table = z.infer<typeof TableSchema>;

/** A distribution of years of experience: a histogram 0, 1, ... 9, 10+ (by whole years), median and mean. */
export const YearsDistributionSchema = z.object({
  /** Postings in this group that state a figure. */
  stated: z.number().int().nonnegative(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  /** Shares are of the group's postings that state a figure. */
  histogram: z.array(CountSchema),
});
export type YearsDistribution = z.infer<typeof YearsDistributionSchema>;

export const DegreeYearsSchema = YearsDistributionSchema.extend({
  level: DegreeLevelSchema,
  /** Postings in the group (named this level in a pairing / have this minimum degree). */
  postings: z.number().int().nonnegative(),
  share: z.number().min(0).max(1),
});
export type DegreeYears = z.infer<typeof DegreeYearsSchema>;

export const MarketReportSchema = z.object({
  format: z.literal('jobsift-market-report'),
  version: z.literal(1),
  generator: z.string(),
  postings: z.object({
    received: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative(),
    /** Exact duplicates (same normalised text) left out; 0 when dedupe is off. */
    duplicatesDropped: z.number().int().nonnegative(),
    /** The denominator of every share. */
    counted: z.number().int().nonnegative(),
    dedupe: z.boolean(),
  }),
  invalidRecords: z.array(InvalidRecordSchema),
  degrees: z.object({
    /** Every level, ascending: postings naming it at all. */
    any: z.array(CountSchema),
    /** Postings stating it as required. */
    required: z.array(CountSchema),
    /** Postings whose entry bar (lowest level named) it is. */
    minimum: z.array(CountSchema),
    /** Postings naming no degree (so with no minimum either). */
    notStated: z.number().int().nonnegative(),
    /** Postings stating no degree as required. */
    requiredNotStated: z.number().int().nonnegative(),
  }),
  fields: TableSchema,
  experience: YearsDistributionSchema.extend({
    share: z.number().min(0).max(1),
    notStated: z.number().int().nonnegative(),
  }),
  experienceByDegree: z.object({
    /** From explicit pairings ("MS + 3 years"): the years asked with each degree. */
    pairs: z.array(DegreeYearsSchema),
    pairsNotStated: z.number().int().nonnegative(),
    /** minYears of the postings grouped by their minimum degree. */
    byMinimumDegree: z.array(DegreeYearsSchema),
  }),
  skills: z.object({
    overall: TableSchema,
    categories: z.array(
      z.object({
        category: z.string(),
        /** Postings naming at least one skill of the category. */
        count: z.number().int().nonnegative(),
        share: z.number().min(0).max(1),
        table: TableSchema,
      }),
    ),
  }),
  communication: z.object({
    count: z.number().int().nonnegative(),
    share: z.number().min(0).max(1),
    notStated: z.number().int().nonnegative(),
  }),
  companies: TableSchema,
  companySizes: TableSchema,
  industries: TableSchema,
  locations: z.object({
    states: TableSchema,
    cities: TableSchema,
    remote: z.number().int().nonnegative(),
    /** "United States" and the like. */
    countryOnly: z.number().int().nonnegative(),
    /** Locations outside the US or not understood. */
    other: z.number().int().nonnegative(),
    notStated: z.number().int().nonnegative(),
  }),
  cooccurrence: z.object({
    /** The most frequent skills, in rank order. */
    skills: z.array(z.string()),
    /**
     * Their display names, in the same order (as the skill tables label them, also for skills past their top cut).
     * Always written; optional so that reports written before it was added still read (renderers then look the names
     * up in the skill tables, else make the id readable).
     */
    labels: z.array(z.string()).optional(),
    /** counts[i][j]: postings naming both skills[i] and skills[j] (the diagonal: postings naming skills[i]). */
    counts: z.array(z.array(z.number().int().nonnegative())),
  }),
  options: z.object({ top: z.number().int().positive(), cooccurrenceTop: z.number().int().nonnegative() }),
});
export type MarketReport = z.infer<typeof MarketReportSchema>;

export const ReportOptionsSchema = z
  .object({
    /** Rows kept in ranked tables (skills, fields, companies, industries, cities...). */
    top: z.number().int().positive().default(25),
    /** Skills in the co-occurrence matrix. */
    cooccurrenceTop: z.number().int().nonnegative().default(10),
    /** Count exact duplicates (same normalised text) once. */
    dedupe: z.boolean().default(true),
  })
  .strict();
export type ReportOptions = z.input<typeof ReportOptionsSchema>;
