import { createExtractor, summarizeBatchOf, type Extractor, type SummaryWithSkills } from '../extract.js';
import { JobsiftInputError, JobsiftOptionsError, describeValue, formatIssues } from '../errors.js';
import { RequirementSummarySchema, type ExtractorOptions, type RequirementSummary } from '../schema.js';
import { toContribution, type Contribution } from './contribution.js';
import { Dictionary, checkEncoded, decode, encode } from './compact.js';
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
import { readPosting, type PostingMeta, type ReadPosting } from './posting.js';
import { buildReport } from './build-report.js';
import type { MarketReport, ReportOptions } from './report-schema.js';

/**
 * How many postings `addMany` extracts together. `jobsift report` over 200,000 corpus postings: 4 took ~6% less CPU
 * time than one at a time, peak RSS 175-181 MB against 172-173; 6 and 8 were faster again, but peaked at 184-191 and
 * 195-214 MB. The postings of a batch, held until its last stage, live through young-generation collections, which
 * then keep more (and copy more into the old space) the more there are.
 */
export const ADD_MANY_BATCH = 4;

/** Checked when the aggregator is created: a bad option is a JobsiftOptionsError there, never a failure per record. */
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

/**
 * A bad posting or summary is counted as invalid (or throws if strict); a bad argument the caller builds (origin,
 * meta, addInvalid's reason, a partial to merge) is a JobsiftInputError, and nothing is counted.
 */
export interface Aggregator {
  /** Extracts one posting (string or record) and counts it; an invalid one is counted as such (or throws if strict). */
  add(posting: unknown, origin?: RecordOrigin): void;
  /**
   * `add` of each posting in turn (with `origins[i]` as the origin of `postings[i]`), and the same counts, but
   * extracted stage by stage, ADD_MANY_BATCH postings at a time (~6% less time a posting). Origins are
   * checked first: a bad one is a JobsiftInputError, and nothing is counted. In strict mode the first invalid posting
   * throws, after the ones before it are counted.
   */
  addMany(postings: readonly unknown[], origins?: readonly (RecordOrigin | undefined)[]): void;
  /**
   * Counts a summary that was already extracted; the aggregator never re-reads text. One that fails
   * RequirementSummarySchema is counted as invalid. Degree facts that disagree are read as the extractor writes them:
   * every level named anywhere (degreeLevels, requiredDegreeLevels, minimumDegree) is named, the minimum degree is the
   * lowest of them, and a level with several year figures keeps the lowest.
   */
  addSummary(summary: RequirementSummary, meta?: SummaryMeta, origin?: RecordOrigin): void;
  /** Counts a record that could not be read (a bad JSON line...). */
  addInvalid(reason: string, origin?: RecordOrigin): void;
  /**
   * Adds everything another aggregator (its JSON, or its compact form) counted. Returns this. A partial that does not
   * add up, or holds a posting the aggregator never writes (a minimum degree that is not the lowest level named, a
   * required level not named, two year figures for one level, a city without a state), is a JobsiftInputError.
   */
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

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of invalid records: source (none first), index, reason. Strings are compared by UTF-16 code units, not
 * by a locale's collation, which depends on the machine and ties distinct strings (the two spellings of "é"): a tie
 * would leave the order, and which records are kept past MAX_INVALID_SAMPLES, to the order of adds and merges.
 */
const compareInvalid = (a: InvalidRecord, b: InvalidRecord): number =>
  (a.source === null ? (b.source === null ? 0 : -1) : b.source === null ? 1 : byCodeUnits(a.source, b.source)) ||
  a.index - b.index ||
  byCodeUnits(a.reason, b.reason);

const scratch = new Uint32Array(2);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isSkillInfo = (v: unknown): v is SkillInfo => isObject(v) && typeof v.name === 'string' && typeof v.category === 'string';
const isInvalidRecord = (v: unknown): v is InvalidRecord =>
  isObject(v) && (v.source === null || typeof v.source === 'string') && isCount(v.index) && typeof v.reason === 'string';
/** An object's own entries, '__proto__' included (a plain object lookup would read Object.prototype). */
const ownEntries = <T>(o: Readonly<Record<string, T>>): [string, T][] => Object.keys(o).map((k) => [k, o[k]!]);

const OPTION_KEYS: ReadonlySet<string> = new Set(['extractor', 'strict', 'onInvalid']);

/** Checks the options once, at creation, so a mistake fails at once rather than after (or as) every record. */
function checkOptions(options: unknown): AggregatorOptions {
  if (options === undefined) return {};
  if (!isObject(options)) throw new JobsiftOptionsError(`aggregator options must be an object, got ${describeValue(options)}`);
  const unknown = Object.keys(options).filter((k) => !OPTION_KEYS.has(k));
  if (unknown.length > 0) {
    throw new JobsiftOptionsError(`invalid aggregator options: unknown option ${unknown.map((k) => JSON.stringify(k)).join(', ')} (known: extractor, strict, onInvalid)`);
  }
  if (options.strict !== undefined && typeof options.strict !== 'boolean') {
    throw new JobsiftOptionsError(`invalid aggregator options: strict must be a boolean, got ${describeValue(options.strict)}`);
  }
  if (options.onInvalid !== undefined && typeof options.onInvalid !== 'function') {
    throw new JobsiftOptionsError(`invalid aggregator options: onInvalid must be a function, got ${describeValue(options.onInvalid)}`);
  }
  return options as AggregatorOptions;
}

/**
 * Origins go into partials, which `fromJSON` checks: refusing here what it would refuse keeps every partial this
 * aggregator writes readable.
 */
function checkOrigin(origin: unknown): RecordOrigin {
  if (origin === undefined) return {};
  if (!isObject(origin)) throw new JobsiftInputError(`a record origin must be an object such as { source, index }, got ${describeValue(origin)}`);
  const { source, index } = origin;
  if (source !== undefined && source !== null && typeof source !== 'string') {
    throw new JobsiftInputError(`origin.source must be a string or null, got ${describeValue(source)}`);
  }
  if (index !== undefined && !isCount(index)) throw new JobsiftInputError(`origin.index must be a non-negative integer, got ${describeValue(index)}`);
  return { source, index };
}

function checkMeta(meta: unknown): SummaryMeta {
  if (meta === undefined) return {};
  if (!isObject(meta)) throw new JobsiftInputError(`addSummary: meta must be an object, got ${describeValue(meta)}`);
  // The details the aggregator reads, of the types a posting record may have (see readPosting).
  for (const field of ['text', 'company', 'location', 'industry', 'companySize'] as const) {
    const value = meta[field];
    if (value === undefined || value === null || typeof value === 'string' || (field === 'companySize' && typeof value === 'number')) continue;
    throw new JobsiftInputError(`addSummary: meta.${field} must be a string${field === 'companySize' ? ', a number' : ''} or null, got ${describeValue(value)}`);
  }
  const { skills } = meta;
  if (skills !== undefined && skills !== null) {
    if (!isObject(skills)) throw new JobsiftInputError(`addSummary: meta.skills must be an object (skill id -> { name, category }), got ${describeValue(skills)}`);
    for (const [id, info] of ownEntries(skills)) {
      if (!isSkillInfo(info)) throw new JobsiftInputError(`addSummary: meta.skills[${JSON.stringify(id)}] must be { name, category } (strings), got ${describeValue(info)}`);
    }
  }
  return meta as SummaryMeta;
}

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
  private readonly extractorOptions: ExtractorOptions;
  private readonly strict: boolean;
  private readonly onInvalid: ((record: InvalidRecord) => void) | undefined;

  constructor(options?: AggregatorOptions) {
    const checked = checkOptions(options);
    this.strict = checked.strict === true;
    this.onInvalid = checked.onInvalid;
    // A copy: the HTML extractor is built later, from the options as they were given.
    this.extractorOptions = isObject(checked.extractor) ? { ...checked.extractor } : {};
    // Built now when options are given, so bad ones throw here. The default is left for the first add: it cannot
    // fail, and compiling its taxonomy (~80 ms cold) would slow aggregators that only merge or addSummary.
    if (checked.extractor !== undefined) {
      try {
        this.textExtractor = createExtractor(checked.extractor);
      } catch (err) {
        if (err instanceof JobsiftOptionsError) throw new JobsiftOptionsError(`invalid aggregator option extractor: ${err.message}`);
        throw err;
      }
    }
  }

  get received(): number {
    return this.receivedCount;
  }

  private extractorFor(format: 'auto' | 'html'): Extractor {
    if (format === 'html') return (this.htmlExtractor ??= createExtractor({ ...this.extractorOptions, format: 'html' }));
    return (this.textExtractor ??= createExtractor(this.extractorOptions));
  }

  add(posting: unknown, origin?: RecordOrigin): void {
    // One counting path: a list of one is extracted as `summarize` would, and counted as any list's postings are.
    this.addMany([posting], [origin]);
  }

  addMany(postings: readonly unknown[], origins?: readonly (RecordOrigin | undefined)[]): void {
    if (!Array.isArray(postings)) throw new JobsiftInputError(`addMany expects an array of postings, got ${describeValue(postings)}`);
    if (origins !== undefined && (!Array.isArray(origins) || origins.length !== postings.length)) {
      throw new JobsiftInputError(`addMany: origins must be an array as long as postings (${postings.length}), got ${describeValue(origins)}`);
    }
    // Index loops, not map: a hole in the list is a posting of undefined, as add would read it.
    const wheres: RecordOrigin[] = [];
    for (let i = 0; i < postings.length; i++) wheres.push(checkOrigin(origins?.[i]));
    // A few at a time: a batch's documents are all held until its last stage.
    for (let from = 0; from < postings.length; from += ADD_MANY_BATCH) {
      const to = Math.min(postings.length, from + ADD_MANY_BATCH);
      const reads: ReadPosting[] = [];
      let unreadable: { error: unknown } | null = null;
      for (let i = from; i < to && unreadable === null; i++) {
        try {
          reads.push(readPosting(postings[i]));
        } catch (error) {
          // A posting that throws when read (a getter) throws as in add, after the ones before it are counted.
          unreadable = { error };
        }
      }
      this.countReads(reads, wheres, from);
      if (unreadable !== null) throw unreadable.error;
    }
  }

  /** Extracts the postings read (`reads[i]` is posting `from + i`), stage by stage, and counts them in order. */
  private countReads(reads: readonly ReadPosting[], wheres: readonly RecordOrigin[], from: number): void {
    const results: (SummaryWithSkills | Error | undefined)[] = new Array(reads.length);
    for (const format of ['auto', 'html'] as const) {
      const at: number[] = [];
      for (let i = 0; i < reads.length; i++) {
        const read = reads[i]!;
        if (read.ok && (read.format === 'html') === (format === 'html')) at.push(i);
      }
      if (at.length === 0) continue;
      // Outside any catch, as in add: the options were checked at creation.
      const batch = summarizeBatchOf(this.extractorFor(format));
      const found = batch(at.map((i) => (reads[i] as Extract<ReadPosting, { ok: true }>).input));
      at.forEach((i, k) => (results[i] = found[k]));
    }
    for (let i = 0; i < reads.length; i++) {
      const read = reads[i]!;
      if (!read.ok) {
        this.countInvalid(read.reason, wheres[from + i]!);
        continue;
      }
      const result = results[i]!;
      if (result instanceof Error) {
        this.countInvalid(`extraction failed: ${result.message}`, wheres[from + i]!);
        continue;
      }
      this.count(result.summary, { ...read.meta, text: read.input });
      for (const s of result.skills) this.noteSkill(s.id, s);
    }
  }

  addSummary(summary: RequirementSummary, meta?: SummaryMeta, origin?: RecordOrigin): void {
    const where = checkOrigin(origin);
    const details = checkMeta(meta);
    const parsed = RequirementSummarySchema.safeParse(summary);
    if (!parsed.success) return this.countInvalid(`invalid summary: ${formatIssues(parsed.error.issues)}`, where);
    this.count(parsed.data, details);
  }

  private count(summary: RequirementSummary, meta: SummaryMeta): void {
    const encoded = encode(toContribution(summary, meta), this.dict);
    // Counted only once nothing can throw: received must stay invalid + postings, or the partial is unreadable.
    this.receivedCount++;
    const entry = this.entryOf(encoded);
    this.copies[entry]!++;
    if (typeof meta.text === 'string') {
      dedupeHash(meta.text, scratch);
      this.noteKey(scratch[0]!, scratch[1]!, entry);
    } else {
      this.untexted[entry]!++;
    }
    if (meta.skills) for (const [skill, info] of ownEntries(meta.skills)) this.noteSkill(skill, info);
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

  addInvalid(reason: string, origin?: RecordOrigin): void {
    const where = checkOrigin(origin);
    if (typeof reason !== 'string') throw new JobsiftInputError(`addInvalid: the reason must be a string, got ${describeValue(reason)}`);
    this.countInvalid(reason, where);
  }

  private countInvalid(reason: string, origin: RecordOrigin): void {
    const index = origin.index ?? this.receivedCount;
    this.receivedCount++;
    this.invalidCount++;
    if (this.strict) {
      const where = origin.source ? `${origin.source}:${index}` : `record ${index}`;
      throw new JobsiftInputError(`${where}: ${reason}`);
    }
    const record = { source: origin.source ?? null, index, reason };
    this.pushSamples([record]);
    // A copy: the callback must not be able to change what the aggregator keeps.
    this.onInvalid?.({ ...record });
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
    // Everything is checked before anything is added: a refused partial leaves this aggregator as it was.
    const value: unknown = other;
    if (value instanceof MarketAggregator) this.mergeCompact(value.toCompact());
    // An aggregator of another copy of jobsift (the CommonJS build beside the ES one): its compact form, checked.
    else if (isObject(value) && typeof value.toCompact === 'function') this.mergeCompact(checkCompact((value as unknown as Aggregator).toCompact()));
    else if (isObject(value) && value.kind === 'jobsift-compact-partial') this.mergeCompact(checkCompact(value));
    else this.mergeJSON(parsePartial(value));
    return this;
  }

  private mergeHeader(p: { received: number; invalid: number; invalidSamples: readonly InvalidRecord[]; skills: Readonly<Record<string, SkillInfo>> }): void {
    this.receivedCount += p.received;
    this.invalidCount += p.invalid;
    // Copies: the caller keeps the partial and may change it.
    this.pushSamples(p.invalidSamples.map((s) => ({ source: s.source, index: s.index, reason: s.reason })));
    for (const [skill, info] of ownEntries(p.skills)) this.noteSkill(skill, info);
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
    // fromEntries defines own properties: an id "__proto__" assigned with [] would set the prototype instead.
    const skills = Object.fromEntries([...this.skillInfo].map(([id, info]) => [id, { ...info }]));
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
    const skills: AggregatePartial['skills'] = Object.fromEntries(
      [...this.skillInfo.keys()].sort().map((id) => [id, { ...this.skillInfo.get(id)! }]),
    );
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
  const partial = parsed.data;
  let postings = 0;
  for (const entry of partial.entries) postings += entry[1];
  checkCounts(partial, postings, 'not a jobsift aggregate partial');
  // zod's record leaves out an own "__proto__" key; the aggregator writes one for a skill of that id.
  const rawSkills = (value as { skills: Record<string, unknown> }).skills;
  if (Object.hasOwn(rawSkills, '__proto__')) {
    const info = rawSkills['__proto__'];
    if (!isSkillInfo(info)) throw new JobsiftInputError('not a jobsift aggregate partial: skills.__proto__: expected { name, category } strings');
    partial.skills = Object.fromEntries([...ownEntries(partial.skills), ['__proto__', { name: info.name, category: info.category }]]);
  }
  return partial;
}

/**
 * Every record offered is counted once, as invalid or as a posting (duplicates included): a partial whose
 * `received` says otherwise was edited or corrupted, and its report would not add up.
 */
function checkCounts(p: { received: number; invalid: number; invalidSamples: readonly unknown[] }, postings: number, what: string): void {
  if (p.received !== p.invalid + postings) {
    throw new JobsiftInputError(
      `${what}: received (${p.received}) is not the invalid records (${p.invalid}) plus the postings it holds (${postings})`,
    );
  }
  if (p.invalidSamples.length > p.invalid) {
    throw new JobsiftInputError(`${what}: it lists ${p.invalidSamples.length} invalid records but counts ${p.invalid}`);
  }
}

const typedArrayTag = (v: unknown): string => Object.prototype.toString.call(v);

/**
 * Checks a compact partial (from another thread, or anyone calling merge) by its shape, counts and references,
 * without a schema parse of every entry: it is merged on the hot path of a multi-threaded report. Its dictionary
 * (`values`) lists each value once, as the aggregator writes it.
 */
function checkCompact(c: unknown): CompactPartial {
  const what = 'not a jobsift compact partial';
  const fail = (problem: string): JobsiftInputError => new JobsiftInputError(`${what}: ${problem}`);
  if (!isObject(c)) throw fail(`expected an object, got ${describeValue(c)}`);
  if (!isCount(c.received)) throw fail('received must be a non-negative integer');
  if (!isCount(c.invalid)) throw fail('invalid must be a non-negative integer');
  const { invalidSamples, skills, values, entries, copies, untexted, keyHi, keyLo, keyEntry } = c;
  if (!Array.isArray(invalidSamples) || invalidSamples.length > MAX_INVALID_SAMPLES || !invalidSamples.every(isInvalidRecord)) {
    throw fail(`invalidSamples must be at most ${MAX_INVALID_SAMPLES} records { source, index, reason }`);
  }
  if (!isObject(skills) || !ownEntries(skills).every(([, info]) => isSkillInfo(info))) throw fail('skills must map ids to { name, category }');
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) throw fail('values must be an array of strings');
  // The merge reads the values into a Dictionary, one index per distinct value: a repeat would shift every later
  // reference onto another value (or past the end).
  const distinct = new Set<string>();
  for (const v of values as string[]) {
    if (distinct.has(v)) throw fail(`values must not repeat: ${JSON.stringify(v)} is listed twice`);
    distinct.add(v);
  }
  if (!Array.isArray(entries) || !Array.isArray(copies) || !Array.isArray(untexted) || copies.length !== entries.length || untexted.length !== entries.length) {
    throw fail('entries, copies and untexted must be arrays of the same length');
  }
  if (typedArrayTag(keyHi) !== '[object Uint32Array]' || typedArrayTag(keyLo) !== '[object Uint32Array]' || typedArrayTag(keyEntry) !== '[object Int32Array]') {
    throw fail('keyHi and keyLo must be Uint32Arrays and keyEntry an Int32Array');
  }
  const keys = keyEntry as Int32Array;
  if ((keyHi as Uint32Array).length !== keys.length || (keyLo as Uint32Array).length !== keys.length) throw fail('keyHi, keyLo and keyEntry must have the same length');
  const texts = new Array<number>(entries.length).fill(0);
  for (const e of keys) {
    if (!(e >= 0 && e < entries.length)) throw fail(`a dedupe key refers to entry ${e} of ${entries.length}`);
    texts[e]!++;
  }
  let postings = 0;
  for (let i = 0; i < entries.length; i++) {
    const n = copies[i] as unknown;
    const u = untexted[i] as unknown;
    if (!isCount(n) || n === 0 || !isCount(u) || u + texts[i]! > n) throw fail(`entry ${i}: its counts are not consistent`);
    const encoded = entries[i] as unknown;
    if (typeof encoded !== 'string' || !checkEncoded(encoded, values as string[])) throw fail(`entry ${i} is not a valid encoded contribution`);
    postings += n;
  }
  const partial = c as unknown as CompactPartial;
  checkCounts(partial, postings, what);
  return partial;
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
