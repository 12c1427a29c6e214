import { createExtractor, type Extractor } from '../extract.js';
import { JobsiftInputError, formatIssues } from '../errors.js';
import { RequirementSummarySchema, type ExtractorOptions, type RequirementSummary } from '../schema.js';
import { toContribution, type Contribution } from './contribution.js';
import { Dictionary, decode, encode } from './compact.js';
import { DedupeKeys } from './dedupe-keys.js';
import { dedupeHash, keyHalves, keyHex } from './hash.js';
import {
  AGGREGATE_PARTIAL_FORMAT,
  AGGREGATE_PARTIAL_VERSION,
  AggregatePartialSchema,
  AggregatePartialV1Schema,
  MAX_INVALID_SAMPLES,
  READABLE_PARTIAL_VERSIONS,
  type AggregatePartial,
  type AggregatePartialV1,
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
  /** The dictionary the encoded entries refer to. */
  values: string[];
  /** Encoded contributions, with their postings and postings without text at the same index. */
  entries: string[];
  copies: number[];
  untexted: number[];
  /** Dedupe keys (halves) and the index of the entry each one counts for. */
  keyHi: Uint32Array;
  keyLo: Uint32Array;
  keyEntry: Int32Array;
}

const compareInvalid = (a: InvalidRecord, b: InvalidRecord): number =>
  (a.source ?? '').localeCompare(b.source ?? '') || a.index - b.index || a.reason.localeCompare(b.reason);

const scratch = new Uint32Array(2);

class MarketAggregator implements Aggregator {
  private readonly dict = new Dictionary();
  /**
   * The multiset of contributions: encoded contribution -> its index in the arrays below. The dedupe keys are kept
   * apart (`keys`), so postings with the same details share one entry whatever their texts.
   */
  private readonly entryIndex = new Map<string, number>();
  private readonly encoded: string[] = [];
  /** Postings per entry, all of them (what is counted without dedupe). */
  private readonly copies: number[] = [];
  /** Of those, postings that came without a text: never deduped, each counted. */
  private readonly untexted: number[] = [];
  /** Dedupe key of a text -> the entry of the smallest contribution (canonical JSON) seen with that text. */
  private readonly keys = new DedupeKeys();
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
      // The summary alone: the aggregator never reads the evidence, so it is not built.
      result = this.extractorFor(read.format === 'html' ? 'html' : 'auto').summarize(read.input);
    } catch (err) {
      return this.addInvalid(`extraction failed: ${err instanceof Error ? err.message : String(err)}`, origin);
    }
    this.count(result.summary, { ...read.meta, text: read.input });
    // Straight from the hits: a record keyed by skill id, built and walked per posting, cost ~3% of a report's time.
    for (const s of result.skills) this.noteSkill(s.id, s);
  }

  addSummary(summary: RequirementSummary, meta: SummaryMeta = {}, origin: RecordOrigin = {}): void {
    const parsed = RequirementSummarySchema.safeParse(summary);
    if (!parsed.success) return this.addInvalid(`invalid summary: ${formatIssues(parsed.error.issues)}`, origin);
    this.count(parsed.data, meta);
  }

  private count(summary: RequirementSummary, meta: SummaryMeta): void {
    this.receivedCount++;
    const entry = this.entryOf(encode(toContribution(summary, meta), this.dict));
    this.copies[entry]!++;
    if (typeof meta.text === 'string') {
      dedupeHash(meta.text, scratch);
      this.noteKey(scratch[0]!, scratch[1]!, entry);
    } else {
      this.untexted[entry]!++;
    }
    if (meta.skills) for (const skill in meta.skills) this.noteSkill(skill, meta.skills[skill]!);
  }

  /** The index of an encoded contribution, added with no postings when new. */
  private entryOf(encoded: string): number {
    let entry = this.entryIndex.get(encoded);
    if (entry === undefined) {
      entry = this.encoded.length;
      this.entryIndex.set(encoded, entry);
      this.encoded.push(encoded);
      this.copies.push(0);
      this.untexted.push(0);
    }
    return entry;
  }

  /** A text seen with the contribution of `entry`: the key counts for the smallest contribution it came with. */
  private noteKey(hi: number, lo: number, entry: number): void {
    const prev = this.keys.get(hi, lo);
    if (prev === entry) return;
    if (prev === -1 || this.canonical(entry) < this.canonical(prev)) this.keys.set(hi, lo, entry);
  }

  /** The canonical JSON of an entry's contribution (only needed when one text came with different details). */
  private canonical(entry: number): string {
    return JSON.stringify(decode(this.encoded[entry]!, this.dict));
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

  /** Adds postings to the entry of a contribution; returns the entry. */
  private addCounts(encoded: string, copies: number, untexted: number): number {
    const entry = this.entryOf(encoded);
    this.copies[entry]! += copies;
    this.untexted[entry]! += untexted;
    return entry;
  }

  merge(other: Aggregator | AggregatePartial | CompactPartial): Aggregator {
    if (other instanceof MarketAggregator) return this.merge(other.toCompact());
    if ((other as CompactPartial).kind === 'jobsift-compact-partial') this.mergeCompact(other as CompactPartial);
    else this.mergeJSON(parsePartial(other));
    return this;
  }

  private mergeHeader(p: { received: number; invalid: number; invalidSamples: readonly InvalidRecord[]; skills: Record<string, SkillInfo> }): void {
    this.receivedCount += p.received;
    this.invalidCount += p.invalid;
    this.pushSamples(p.invalidSamples);
    for (const [skill, info] of Object.entries(p.skills)) this.noteSkill(skill, info);
  }

  private mergeCompact(partial: CompactPartial): void {
    this.mergeHeader(partial);
    const theirs = new Dictionary();
    for (const v of partial.values) theirs.id(v);
    const mine = partial.entries.map((encoded, i) =>
      this.addCounts(encode(decode(encoded, theirs), this.dict), partial.copies[i]!, partial.untexted[i]!),
    );
    for (let k = 0; k < partial.keyEntry.length; k++) this.noteKey(partial.keyHi[k]!, partial.keyLo[k]!, mine[partial.keyEntry[k]!]!);
  }

  private mergeJSON(partial: AggregatePartial | AggregatePartialV1): void {
    this.mergeHeader(partial);
    if (partial.version === 1) {
      for (const [[key, ...tuple], copies] of partial.entries) {
        const entry = this.addCounts(encode(tuple, this.dict), copies, key === '' ? copies : 0);
        if (key === '') continue;
        keyHalves(key, scratch);
        this.noteKey(scratch[0]!, scratch[1]!, entry);
      }
      return;
    }
    for (const [tuple, copies, untexted, keys] of partial.entries) {
      const entry = this.addCounts(encode(tuple, this.dict), copies, untexted);
      for (const key of keys) {
        keyHalves(key, scratch);
        this.noteKey(scratch[0]!, scratch[1]!, entry);
      }
    }
  }

  /** The state for another thread: the dictionary, the encoded entries and the keys as they are. */
  toCompact(): CompactPartial {
    const skills: Record<string, SkillInfo> = {};
    for (const [id, info] of this.skillInfo) skills[id] = { ...info };
    const keyHi = new Uint32Array(this.keys.size);
    const keyLo = new Uint32Array(this.keys.size);
    const keyEntry = new Int32Array(this.keys.size);
    let k = 0;
    this.keys.forEach((hi, lo, entry) => {
      keyHi[k] = hi;
      keyLo[k] = lo;
      keyEntry[k++] = entry;
    });
    return {
      kind: 'jobsift-compact-partial',
      received: this.receivedCount,
      invalid: this.invalidCount,
      invalidSamples: this.sortSamples().map((x) => ({ ...x })),
      skills,
      values: [...this.dict.values],
      entries: [...this.encoded],
      copies: [...this.copies],
      untexted: [...this.untexted],
      keyHi,
      keyLo,
      keyEntry,
    };
  }

  /** The dedupe keys of each entry's contribution, sorted (the hex form a partial stores). */
  private keysByEntry(): string[][] {
    const byEntry = this.encoded.map((): string[] => []);
    this.keys.forEach((hi, lo, entry) => byEntry[entry]!.push(keyHex(hi, lo)));
    for (const keys of byEntry) keys.sort();
    return byEntry;
  }

  toJSON(): AggregatePartial {
    const keys = this.keysByEntry();
    const rows = this.encoded.map((encoded, entry) => {
      const tuple = decode(encoded, this.dict);
      return { json: JSON.stringify(tuple), row: [tuple, this.copies[entry]!, this.untexted[entry]!, keys[entry]!] as AggregatePartial['entries'][number] };
    });
    rows.sort((a, b) => (a.json < b.json ? -1 : a.json > b.json ? 1 : 0));
    const skills: AggregatePartial['skills'] = {};
    for (const id of [...this.skillInfo.keys()].sort()) skills[id] = this.skillInfo.get(id)!;
    return {
      format: AGGREGATE_PARTIAL_FORMAT,
      version: AGGREGATE_PARTIAL_VERSION,
      received: this.receivedCount,
      invalid: this.invalidCount,
      invalidSamples: this.sortSamples().map((s) => ({ ...s })),
      skills,
      entries: rows.map((r) => r.row),
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
   * The postings that count, one entry decoded at a time: with dedupe, each text once (for the smallest
   * contribution it came with, so the choice does not depend on order) and every posting without text; without,
   * every copy. Iterable twice.
   */
  private counted(dedupe: boolean): { postings: () => Iterable<[Contribution, number]>; dropped: number } {
    const { encoded, dict } = this;
    const kept = new Float64Array(encoded.length);
    let total = 0;
    let keptTotal = 0;
    for (let entry = 0; entry < encoded.length; entry++) {
      total += this.copies[entry]!;
      kept[entry] = dedupe ? this.untexted[entry]! : this.copies[entry]!;
    }
    if (dedupe) this.keys.forEach((_hi, _lo, entry) => kept[entry]!++);
    for (const n of kept) keptTotal += n;
    return {
      dropped: total - keptTotal,
      postings: function* () {
        for (let entry = 0; entry < encoded.length; entry++) if (kept[entry]! > 0) yield [decode(encoded[entry]!, dict), kept[entry]!];
      },
    };
  }
}

function parsePartial(value: unknown): AggregatePartial | AggregatePartialV1 {
  const head = (value ?? {}) as { format?: unknown; version?: unknown };
  if (typeof value === 'object' && head.format === AGGREGATE_PARTIAL_FORMAT && !READABLE_PARTIAL_VERSIONS.includes(head.version as number)) {
    throw new JobsiftInputError(
      `unsupported aggregate partial version ${JSON.stringify(head.version)}: this jobsift reads versions ${READABLE_PARTIAL_VERSIONS.join(' and ')}`,
    );
  }
  const parsed = (head.version === 1 ? AggregatePartialV1Schema : AggregatePartialSchema).safeParse(value);
  if (!parsed.success) {
    throw new JobsiftInputError(`not a jobsift aggregate partial: ${formatIssues(parsed.error.issues.slice(0, 5))}`);
  }
  return parsed.data;
}

/** Restores an aggregator from its JSON (`toJSON()` output); throws a JobsiftInputError when it is not one. */
export function aggregatorFromJSON(partial: unknown, options: AggregatorOptions = {}): Aggregator {
  return new MarketAggregator(options).merge(partial as AggregatePartial); // merge validates it
}

/**
 * A streaming, mergeable aggregator: `add` postings, `merge` partials, `toJSON` to store, `report` to compute.
 * `createAggregator.fromJSON(partial)` restores one from its JSON.
 */
export const createAggregator = Object.assign(
  (options: AggregatorOptions = {}): Aggregator => new MarketAggregator(options),
  { fromJSON: aggregatorFromJSON },
);
