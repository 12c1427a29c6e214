import { z } from 'zod';
import { ContributionSchema } from './contribution.js';

export const AGGREGATE_PARTIAL_FORMAT = 'jobsift-aggregate-partial';
export const AGGREGATE_PARTIAL_VERSION = 1;

/** A record that could not be counted: where it was and why. */
export const InvalidRecordSchema = z.object({
  /** The file or stream the record came from, when the caller said. */
  source: z.string().nullable(),
  /** Its position: the caller's index (a line number in the CLI), else the order of `add` calls from 0. */
  index: z.number().int().nonnegative(),
  reason: z.string(),
});
export type InvalidRecord = z.infer<typeof InvalidRecordSchema>;

/** At most this many invalid records are listed (the first ones by source and index); all are counted. */
export const MAX_INVALID_SAMPLES = 1000;

/**
 * The state of an aggregator as plain JSON. `entries` is a multiset of contributions ([tuple, copies], sorted by
 * the tuple's JSON); merging adds copies, so merging is associative and commutative and duplicates across partials
 * are still seen.
 */
export const AggregatePartialSchema = z.object({
  format: z.literal(AGGREGATE_PARTIAL_FORMAT),
  version: z.literal(AGGREGATE_PARTIAL_VERSION),
  /** Records offered to the aggregator (valid or not). */
  received: z.number().int().nonnegative(),
  /** Records refused (not a posting, extraction failed). */
  invalid: z.number().int().nonnegative(),
  invalidSamples: z.array(InvalidRecordSchema).max(MAX_INVALID_SAMPLES),
  /** Skill id -> display name and category, as the extractor reported them (summaries carry ids only). */
  skills: z.record(z.string(), z.object({ name: z.string(), category: z.string() })),
  entries: z.array(z.tuple([ContributionSchema, z.number().int().positive()])),
});
export type AggregatePartial = z.infer<typeof AggregatePartialSchema>;
