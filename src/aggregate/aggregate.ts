import { JobsiftInputError, JobsiftOptionsError, describeValue, formatIssues } from '../errors.js';
import { ADD_MANY_BATCH, createAggregator, type AggregatorOptions } from './accumulator.js';
import { ReportOptionsSchema, type MarketReport, type ReportOptions } from './report-schema.js';

export type AggregateOptions = AggregatorOptions & ReportOptions;

/**
 * The postings as a sync iterable. A string is iterable too, but one character per posting is never what was meant;
 * an async iterable cannot be read by a synchronous function.
 */
function checkPostings(postings: unknown): Iterable<unknown> {
  if (typeof postings === 'string' || postings instanceof String) {
    throw new JobsiftInputError('aggregate expects an array or iterable of postings, got a single string: pass [posting] to count one');
  }
  const it = postings as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  if (it !== null && typeof it === 'object' && typeof it[Symbol.iterator] === 'function') return it as Iterable<unknown>;
  if (it !== null && typeof it === 'object' && typeof it[Symbol.asyncIterator] === 'function') {
    throw new JobsiftInputError(
      'aggregate expects an array or (sync) iterable of postings, got an async iterable: use createAggregator(), ' +
        'add each posting in a for await loop, then call report()',
    );
  }
  throw new JobsiftInputError(`aggregate expects an array or iterable of postings, got ${describeValue(postings)}`);
}

/**
 * Any iterable of postings but a string: one posting per character is never what was meant. Strings and String
 * objects have `charAt`, which no list of postings has, so they are type errors where the type is known (and runtime
 * errors where it is not).
 */
export type Postings = Iterable<unknown> & { charAt?: never };

/** Extracts and counts every posting, then computes the market report. Invalid records are counted, not fatal. */
export function aggregate(postings: Postings, options: AggregateOptions = {}): MarketReport {
  // Every option is checked before the first posting is extracted.
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new JobsiftOptionsError(`aggregate options must be an object, got ${describeValue(options)}`);
  }
  const { extractor, strict, onInvalid, ...reportOptions } = options;
  const parsedReport = ReportOptionsSchema.safeParse(reportOptions);
  if (!parsedReport.success) throw new JobsiftOptionsError(`invalid aggregate options: ${formatIssues(parsedReport.error.issues)}`);
  const acc = createAggregator({ extractor, strict, onInvalid });
  const items = checkPostings(postings);
  // In lists of a few postings, which `addMany` extracts stage by stage (see ADD_MANY_BATCH): the iterable is read up to
  // ADD_MANY_BATCH - 1 postings ahead of what is counted.
  let batch: unknown[] = [];
  let origins: { index: number }[] = [];
  let index = 0;
  let counting = false;
  try {
    for (const p of items) {
      batch.push(p);
      origins.push({ index: index++ });
      if (batch.length === ADD_MANY_BATCH) {
        counting = true;
        acc.addMany(batch, origins);
        counting = false;
        batch = [];
        origins = [];
      }
    }
  } catch (err) {
    // The iterable failed: what it gave before is counted first (an invalid posting among them, in strict mode, throws
    // instead, as it would have before the iterable was read further). A failure of the counting itself goes on.
    if (!counting) acc.addMany(batch, origins);
    throw err;
  }
  acc.addMany(batch, origins);
  return acc.report(reportOptions);
}
