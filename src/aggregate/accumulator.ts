import { createExtractor, type Extractor } from '../extract.js';
import { JobsiftInputError, formatIssues } from '../errors.js';
import { RequirementSummarySchema, type ExtractorOptions, type RequirementSummary } from '../schema.js';
import { toContribution, type Contribution } from './contribution.js';
import { Dictionary, decode, encode, encodedKey } from './compact.js';
import { dedupeKey } from './hash.js';
import {
  AGGREGATE_PARTIAL_FORMAT,
  AGGREGATE_PARTIAL_VERSION,
  AggregatePartialSchema,
  MAX_INVALID_SAMPLES,
  type AggregatePartial,
  type InvalidRecord,
} from './partial-schema.js';
import { readPosting, type PostingMeta } from './posting.js';
import { buildReport } from './build-report.js';
import type { MarketReport, ReportOptions } from './report-schema.js';

export interface AggregatorOptions {
  /** Options for the extractor `add` uses (taxonomy...); ignored when `extractor` is given. */
  extractor?: ExtractorOptions;
  /** Throw a JobsiftInputError on the first invalid record instead of counting it. */
  strict?: boolean;
  /** Called with each invalid record as it is counted (to report it as it happens). */
  onInvalid?: (record: InvalidRecord) => void;
}

/** Where a record came from, for the list of invalid records. */
export interface RecordOrigin {
  source?: string | null;
  index?: number;
}

export interface SkillInfo {
  name: string;
  category: string;
}

/** What `addSummary` accepts besides the summary: the posting's details, its text (for dedupe) and skill categories. */
export interface SummaryMeta extends PostingMeta {
  /** The posting text; exact duplicates of it are counted once. Without it the posting is never deduped. */
  text?: string;
  /** Skill id -> name and category (hits carry them; summaries only ids). */
  skills?: Readonly<Record<string, SkillInfo>>;
}

export interface Aggregator {
  /** Extracts one posting (string or record) and counts it; an invalid one is counted as such (or throws if strict). */
  add(posting: unknown, origin?: RecordOrigin): void;
  /** Counts a summary that was already extracted; the aggregator never re-reads text. */
  addSummary(summary: RequirementSummary, meta?: SummaryMeta, origin?: RecordOrigin): void;
  /** Counts a record that could not be read (a bad JSON line...). */
  addInvalid(reason: string, origin?: RecordOrigin): void;
  /** Adds everything another aggregator (its JSON, or its compact form) counted. Returns this. */
  merge(other: Aggregator | AggregatePartial | CompactPartial): Aggregator;
  /** The state as plain, canonical JSON. */
  toJSON(): AggregatePartial;
  /** The market report (statistics over the postings counted so far). */
  report(options?: ReportOptions): MarketReport;
  /** Records offered so far (valid or not). */
  readonly received: number;
  /** The state in its compact in-memory form, to pass to another thread; `merge` accepts it. */
  toCompact(): CompactPartial;
}

/**
 * The aggregator's state in its compact in-memory form, for passing between threads (structured clone) without
 * building the JSON tuples. Not a file format: store `toJSON()`.
 */
export interface CompactPartial {
  kind: 'jobsift-compact-partial';
  received: number;
  invalid: number;
  invalidSamples: InvalidRecord[];
  skills: Record<string, SkillInfo>;
  values: string[];
  entries: [string, number][];
}

const compareInvalid = (a: InvalidRecord, b: InvalidRecord): number =>
  (a.source ?? '').localeCompare(b.source ?? '') || a.index - b.index || a.reason.localeCompare(b.reason);

class MarketAggregator implements Aggregator {
  /** Encoded contribution -> copies (a multiset). */
  private readonly entries = new Map<string, number>();
  private readonly dict = new Dictionary();
  private readonly skillInfo = new Map<string, SkillInfo>();
  private invalidSamples: InvalidRecord[] = [];
  private samplesSorted = true;
  private invalidCount = 0;
  private receivedCount = 0;
  private textExtractor: Extractor | undefined;
  private htmlExtractor: Extractor | undefined;

  constructor(private readonly options: AggregatorOptions = {}) {}

  get received(): number {
    return this.receivedCount;
  }

  private extractorFor(format: 'auto' | 'html'): Extractor {
    const base = this.options.extractor ?? {};
    if (format === 'html') return (this.htmlExtractor ??= createExtractor({ ...base, format: 'html' }));
    return (this.textExtractor ??= createExtractor(base));
  }

  add(posting: unknown, origin: RecordOrigin = {}): void {
    const read = readPosting(posting);
    if (!read.ok) return this.addInvalid(read.reason, origin);
    let result;
    try {
      result = this.extractorFor(read.format === 'html' ? 'html' : 'auto').extract(read.input);
    } catch (err) {
      return this.addInvalid(`extraction failed: ${err instanceof Error ? err.message : String(err)}`, origin);
    }
    const skills: Record<string, SkillInfo> = {};
    for (const s of result.skills) skills[s.id] = { name: s.name, category: s.category };
    this.count(result.summary, { ...read.meta, text: read.input, skills });
  }

  addSummary(summary: RequirementSummary, meta: SummaryMeta = {}, origin: RecordOrigin = {}): void {
    const parsed = RequirementSummarySchema.safeParse(summary);
    if (!parsed.success) return this.addInvalid(`invalid summary: ${formatIssues(parsed.error.issues)}`, origin);
    this.count(parsed.data, meta);
  }

  private count(summary: RequirementSummary, meta: SummaryMeta): void {
    this.receivedCount++;
    const key = typeof meta.text === 'string' ? dedupeKey(meta.text) : '';
    this.addEncoded(encode(toContribution(summary, meta, key), this.dict), 1);
    if (meta.skills) for (const [skill, info] of Object.entries(meta.skills)) this.noteSkill(skill, info);
  }

  private noteSkill(id: string, info: SkillInfo): void {
    const prev = this.skillInfo.get(id);
    if (prev && prev.name === info.name && prev.category === info.category) return;
    // Deterministic on conflict (two taxonomies naming a skill differently): the smaller wins, whatever the order.
    if (!prev || JSON.stringify([info.name, info.category]) < JSON.stringify([prev.name, prev.category])) {
      this.skillInfo.set(id, { name: info.name, category: info.category });
    }
  }

  addInvalid(reason: string, origin: RecordOrigin = {}): void {
    const index = origin.index ?? this.receivedCount;
    this.receivedCount++;
    this.invalidCount++;
    if (this.options.strict) {
      const where = origin.source ? `${origin.source}:${index}` : `record ${index}`;
      throw new JobsiftInputError(`${where}: ${reason}`);
    }
    const record = { source: origin.source ?? null, index, reason };
    this.options.onInvalid?.(record);
    this.pushSamples([record]);
  }

  private pushSamples(samples: readonly InvalidRecord[]): void {
    this.invalidSamples.push(...samples);
    this.samplesSorted = false;
    // Keep the first MAX by (source, index): the same set whatever the order of adds and merges.
    if (this.invalidSamples.length > 2 * MAX_INVALID_SAMPLES) this.sortSamples();
  }

  private sortSamples(): InvalidRecord[] {
    if (!this.samplesSorted) {
      this.invalidSamples.sort(compareInvalid);
      if (this.invalidSamples.length > MAX_INVALID_SAMPLES) this.invalidSamples.length = MAX_INVALID_SAMPLES;
      this.samplesSorted = true;
    }
    return this.invalidSamples;
  }

  private addEncoded(encoded: string, copies: number): void {
    this.entries.set(encoded, (this.entries.get(encoded) ?? 0) + copies);
  }

  merge(other: Aggregator | AggregatePartial | CompactPartial): Aggregator {
    if (other instanceof MarketAggregator) return this.merge(other.toCompact());
    const isCompact = (other as CompactPartial).kind === 'jobsift-compact-partial';
    const partial = isCompact ? (other as CompactPartial) : parsePartial(other);
    this.receivedCount += partial.received;
    this.invalidCount += partial.invalid;
    this.pushSamples(partial.invalidSamples);
    for (const [skill, info] of Object.entries(partial.skills)) this.noteSkill(skill, info);
    if (isCompact) {
      const theirs = new Dictionary();
      for (const v of (partial as CompactPartial).values) theirs.id(v);
      for (const [encoded, copies] of (partial as CompactPartial).entries) this.addEncoded(encode(decode(encoded, theirs), this.dict), copies);
    } else {
      for (const [tuple, copies] of (partial as AggregatePartial).entries) this.addEncoded(encode(tuple, this.dict), copies);
    }
    return this;
  }

  /** The state for another thread: the dictionary and the encoded entries as they are. */
  toCompact(): CompactPartial {
    const skills: Record<string, SkillInfo> = {};
    for (const [id, info] of this.skillInfo) skills[id] = { ...info };
    return {
      kind: 'jobsift-compact-partial',
      received: this.receivedCount,
      invalid: this.invalidCount,
      invalidSamples: this.sortSamples().map((x) => ({ ...x })),
      skills,
      values: [...this.dict.values],
      entries: [...this.entries],
    };
  }

  /** Every contribution with its copies, decoded one at a time. */
  private *contributions(): Generator<[Contribution, number]> {
    for (const [encoded, copies] of this.entries) yield [decode(encoded, this.dict), copies];
  }

  toJSON(): AggregatePartial {
    const tuples = new Map<string, [Contribution, number]>();
    for (const [tuple, copies] of this.contributions()) tuples.set(JSON.stringify(tuple), [tuple, copies]);
    const ids = [...tuples.keys()].sort();
    const skills: AggregatePartial['skills'] = {};
    for (const id of [...this.skillInfo.keys()].sort()) skills[id] = this.skillInfo.get(id)!;
    return {
      format: AGGREGATE_PARTIAL_FORMAT,
      version: AGGREGATE_PARTIAL_VERSION,
      received: this.receivedCount,
      invalid: this.invalidCount,
      invalidSamples: this.sortSamples().map((s) => ({ ...s })),
      skills,
      entries: ids.map((id) => tuples.get(id)!),
    };
  }

  report(options: ReportOptions = {}): MarketReport {
    return buildReport(
      {
        received: this.receivedCount,
        invalid: this.invalidCount,
        invalidSamples: this.sortSamples(),
        skills: this.skillInfo,
        counted: (dedupe) => this.counted(dedupe),
      },
      options,
    );
  }

  /**
   * The postings that count: with dedupe, one per text (the smallest canonical tuple when the same text came with
   * different details, so the choice does not depend on order); without, every copy. Iterable twice.
   */
  private counted(dedupe: boolean): { postings: () => Iterable<[Contribution, number]>; dropped: number } {
    if (!dedupe) return { postings: () => this.contributions(), dropped: 0 };
    const chosen = new Map<string, string>();
    let total = 0;
    let kept = 0;
    for (const [encoded, copies] of this.entries) {
      total += copies;
      const key = encodedKey(encoded);
      if (key === null) {
        kept += copies;
        continue;
      }
      const prev = chosen.get(key);
      if (prev === undefined) {
        chosen.set(key, encoded);
        kept++;
      } else if (JSON.stringify(decode(encoded, this.dict)) < JSON.stringify(decode(prev, this.dict))) {
        chosen.set(key, encoded);
      }
    }
    const dict = this.dict;
    const entries = this.entries;
    return {
      dropped: total - kept,
      postings: function* () {
        for (const [encoded, copies] of entries) if (encodedKey(encoded) === null) yield [decode(encoded, dict), copies];
        for (const encoded of chosen.values()) yield [decode(encoded, dict), 1];
      },
    };
  }
}

function parsePartial(value: unknown): AggregatePartial {
  const parsed = AggregatePartialSchema.safeParse(value);
  if (!parsed.success) {
    throw new JobsiftInputError(`not a jobsift aggregate partial: ${formatIssues(parsed.error.issues.slice(0, 5))}`);
  }
  return parsed.data;
}

/** Restores an aggregator from its JSON (`toJSON()` output); throws a JobsiftInputError when it is not one. */
export function aggregatorFromJSON(partial: unknown, options: AggregatorOptions = {}): Aggregator {
  return new MarketAggregator(options).merge(parsePartial(partial));
}

/**
 * A streaming, mergeable aggregator: `add` postings, `merge` partials, `toJSON` to store, `report` to compute.
 * `createAggregator.fromJSON(partial)` restores one from its JSON.
 */
export const createAggregator = Object.assign(
  (options: AggregatorOptions = {}): Aggregator => new MarketAggregator(options),
  { fromJSON: aggregatorFromJSON },
);
