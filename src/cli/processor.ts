import { createAggregator, readPosting, type Aggregator } from '../aggregate/index.js';
import { ADD_MANY_BATCH } from '../aggregate/accumulator.js';
import type { CompactPartial } from '../aggregate/accumulator.js';
import { createExtractor, setWhileDocumentsAlive, type Extractor } from '../extract.js';
import type { ExtractorOptions } from '../schema.js';
import { createHeapGovernor, type HeapGovernor } from './heap-governor.js';
import { decodeUtf8 } from './lines.js';
import type { RawRecord } from './sources.js';

export interface ProcessorOptions {
  mode: 'extract' | 'report';
  extractor: ExtractorOptions;
  summaryOnly: boolean;
}

const locKey = (source: string | null | undefined, index: number | undefined): string => `${source ?? ''}\n${index ?? ''}`;

/** A record that was skipped: where and why. */
export interface Problem {
  loc: string;
  reason: string;
  /** The good records of its batch before it (`lines` before it; 0 in report mode, which has no lines): --strict stops there. */
  linesBefore: number;
}

export interface BatchResult {
  /** extract: one JSON line per good record, in input order. */
  lines: string[];
  problems: Problem[];
}

/**
 * Reads, validates and extracts records; the same code runs in the main thread and in worker threads.
 * In report mode it feeds an aggregator, whose JSON partial is merged by the main thread.
 */
export class RecordProcessor {
  /** Report mode: what has been counted so far. */
  readonly aggregator: Aggregator | null;
  private textExtractor: Extractor | undefined;
  private htmlExtractor: Extractor | undefined;
  private problems: Problem[] = [];
  private currentLoc = '';
  /** Every thread that extracts keeps its own heap in check (see heap-governor.ts). */
  private readonly heap: HeapGovernor;
  /** Collects, when due, while the extractor's documents are alive (see `setWhileDocumentsAlive`). */
  private readonly collectIfDue: () => void;

  /** Report mode: where each record of the postings being counted comes from, by source and index (see countRun). */
  private readonly runLocs = new Map<string, string>();

  /** `heap`: for tests; by default a governor with V8's collector. */
  constructor(
    private readonly options: ProcessorOptions,
    heap: HeapGovernor = createHeapGovernor(),
  ) {
    this.heap = heap;
    this.collectIfDue = () => heap.collectIfDue();
    this.aggregator =
      options.mode === 'report'
        ? createAggregator({
          extractor: options.extractor,
          onInvalid: (r) => this.problems.push({ loc: this.runLocs.get(locKey(r.source, r.index)) ?? this.currentLoc, reason: r.reason, linesBefore: 0 }),
        })
        : null;
  }

  /** Report mode: counts the postings of `run` (records read without a problem) in one `addMany`. */
  private countRun(aggregator: Aggregator, run: { record: RawRecord; value: unknown }[]): void {
    if (run.length === 0) return;
    this.runLocs.clear();
    for (const { record } of run) this.runLocs.set(locKey(record.source, record.index), record.loc);
    aggregator.addMany(
      run.map((r) => r.value),
      run.map(({ record }) => ({ source: record.source, index: record.index })),
    );
    this.runLocs.clear();
    run.length = 0;
  }

  private extractorFor(format: 'auto' | 'text' | 'html'): Extractor {
    if (format === 'html') return (this.htmlExtractor ??= createExtractor({ ...this.options.extractor, format: 'html' }));
    return (this.textExtractor ??= createExtractor(this.options.extractor));
  }

  process(batch: readonly RawRecord[]): BatchResult {
    const hookBefore = setWhileDocumentsAlive(this.collectIfDue);
    try {
      return this.processRecords(batch);
    } finally {
      setWhileDocumentsAlive(hookBefore);
    }
  }

  private processRecords(batch: readonly RawRecord[]): BatchResult {
    const lines: string[] = [];
    this.problems = [];
    // Report mode: consecutive good records are counted together (addMany extracts them stage by stage), a bad one
    // in its place, so problems come in input order.
    const run: { record: RawRecord; value: unknown }[] = [];
    for (const record of batch) {
      this.heap.tick();
      this.currentLoc = record.loc;
      const origin = { source: record.source, index: record.index };
      let value: unknown = record.value;
      let problem = record.problem;
      if (problem === undefined && record.jsonBytes !== undefined) {
        try {
          value = JSON.parse(decodeUtf8(record.jsonBytes));
        } catch (err) {
          problem = `invalid JSON (${err instanceof Error ? err.message : String(err)})`;
        }
      }
      if (this.aggregator) {
        if (problem === undefined) {
          run.push({ record, value });
          // A worker's batch may be all good records: counted a few at a time, so few wait parsed (see ADD_MANY_BATCH).
          if (run.length === ADD_MANY_BATCH) this.countRun(this.aggregator, run);
        } else {
          this.countRun(this.aggregator, run);
          this.aggregator.addInvalid(problem, origin);
        }
        continue;
      }
      if (problem === undefined) {
        const read = readPosting(value);
        if (!read.ok) problem = read.reason;
        else {
          try {
            const extractor = this.extractorFor(read.format);
            const id = read.meta.id ?? null;
            lines.push(
              JSON.stringify(
                this.options.summaryOnly
                  ? { id, source: record.source, index: record.index, summary: extractor.summarize(read.input).summary }
                  : { id, source: record.source, index: record.index, result: extractor.extract(read.input) },
              ),
            );
            continue;
          } catch (err) {
            problem = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
          }
        }
      }
      this.problems.push({ loc: record.loc, reason: problem, linesBefore: lines.length });
    }
    if (this.aggregator) this.countRun(this.aggregator, run);
    return { lines, problems: this.problems };
  }

  /** Report mode: what was counted, in the compact form that crosses threads cheaply. */
  partial(): CompactPartial | null {
    return this.aggregator ? this.aggregator.toCompact() : null;
  }
}
