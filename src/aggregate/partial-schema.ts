import * as z from 'zod';
import { ContributionSchema, KeyedContributionV1Schema } from './contribution.js';

export const AGGREGATE_PARTIAL_FORMAT = 'jobsift-aggregate-partial';
export const AGGREGATE_PARTIAL_VERSION = 2;
/** The versions `fromJSON` and `merge` read: 1 (the dedupe key inside each tuple) is converted on reading. */
export const READABLE_PARTIAL_VERSIONS: readonly number[] = [1, 2];

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

const DedupeKeySchema = z.string().regex(/^[0-9a-f]{16}$/);

/**
 * One entry of a partial: [contribution, postings, postings without a text, dedupe keys]. `postings` counts every
 * posting with these details (the report without dedupe); the keys are those of the texts whose smallest
 * contribution (by canonical JSON) is this one, each counted once with dedupe, as are the postings without text.
 */
export const PartialEntrySchema = z
  .tuple([ContributionSchema, z.number().int().positive(), z.number().int().nonnegative(), z.array(DedupeKeySchema)])
  .refine(([, postings, untexted, keys]) => untexted + keys.length <= postings, {
    message: 'an entry lists more texts and text-less postings than postings',
  });

const partialFields = {
  format: z.literal(AGGREGATE_PARTIAL_FORMAT),
  /** Records offered to the aggregator (valid or not). */
  received: z.number().int().nonnegative(),
  /** Records refused (not a posting, extraction failed). */
  invalid: z.number().int().nonnegative(),
  invalidSamples: z.array(InvalidRecordSchema).max(MAX_INVALID_SAMPLES),
  /** Skill id -> display name and category, as the extractor reported them (summaries carry ids only). */
  skills: z.record(z.string(), z.object({ name: z.string(), category: z.string() })),
};

/**
 * The state of an aggregator as plain JSON. `entries` is a multiset of contributions (sorted by the tuple's JSON,
 * keys sorted within an entry); merging adds the counts and keeps, for each dedupe key, the smallest contribution,
 * so merging is associative and commutative and duplicates across partials are still seen.
 */
export const AggregatePartialSchema = z.object({
  ...partialFields,
  version: z.literal(AGGREGATE_PARTIAL_VERSION),
  entries: z.array(PartialEntrySchema),
});
export type AggregatePartial = z.infer<typeof AggregatePartialSchema>;

/** Version 1: entries [tuple with the dedupe key first ('' without text), copies]. Read, never written. */
export const AggregatePartialV1Schema = z.object({
  ...partialFields,
  version: z.literal(1),
  entries: z.array(z.tuple([KeyedContributionV1Schema, z.number().int().positive()])),
});
export type AggregatePartialV1 = z.infer<typeof AggregatePartialV1Schema>;
