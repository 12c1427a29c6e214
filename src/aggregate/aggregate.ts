import { createAggregator, type AggregatorOptions } from './accumulator.js';
import type { MarketReport, ReportOptions } from './report-schema.js';

export type AggregateOptions = AggregatorOptions & ReportOptions;

/** Extracts and counts every posting, then computes the market report. Invalid records are counted, not fatal. */
export function aggregate(postings: Iterable<unknown>, options: AggregateOptions = {}): MarketReport {
  const { extractor, strict, ...reportOptions } = options;
  const acc = createAggregator({ extractor, strict });
  let index = 0;
  for (const p of postings) acc.add(p, { index: index++ });
  return acc.report(reportOptions);
}
