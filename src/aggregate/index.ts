export { aggregate, type AggregateOptions, type Postings } from './aggregate.js';
export {
  createAggregator,
  aggregatorFromJSON,
  type Aggregator,
  type AggregatorOptions,
  type RecordOrigin,
  type SkillInfo,
  type SummaryMeta,
} from './accumulator.js';
export {
  PostingSchema,
  PostingRecordSchema,
  readPosting,
  type Posting,
  type PostingRecord,
  type PostingMeta,
  type ReadPosting,
} from './posting.js';
export {
  AggregatePartialSchema,
  InvalidRecordSchema,
  type AggregatePartial,
  type InvalidRecord,
} from './partial-schema.js';
export {
  MarketReportSchema,
  ReportOptionsSchema,
  CountSchema,
  TableSchema,
  type MarketReport,
  type ReportOptions,
  type Count,
  type Table,
  type DegreeYears,
  type YearsDistribution,
} from './report-schema.js';
export { parseLocation, type ParsedLocation } from './location.js';
export { parseCompanySize, COMPANY_SIZE_BUCKETS, type CompanySizeBucket } from './company-size.js';
export { dedupeKey } from './hash.js';
