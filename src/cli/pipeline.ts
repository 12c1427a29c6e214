import { Worker } from 'node:worker_threads';
import type { Aggregator, CompactPartial } from '../aggregate/accumulator.js';
import { CliError } from './cli-error.js';
import { RecordProcessor, type BatchResult, type ProcessorOptions } from './processor.js';
import type { RawRecord } from './sources.js';

/** Batches go out, results come back in input order through `onResult`. */
export interface Pipeline {
  /** Queues a batch; resolves when there is room for the next (so reading never runs far ahead). */
  push(batch: RawRecord[]): Promise<void>;
  /**
   * Waits for every batch to be delivered; report mode returns what was counted: the in-thread aggregator itself
   * (no copy of its state), or the workers' compact partials to merge.
   */
  finish(): Promise<(Aggregator | CompactPartial)[]>;
  /** Stops the workers (after an error). */
  close(): Promise<void>;
}

/**
 * Batches queued on each worker before this thread takes one itself. At 2 a worker still waited ~3% of a report run,
 * while this thread was in a batch of its own or a collection; at 4 it waits ~0.4%, and a queued batch is ~250 kB of
 * bytes. The window below caps it.
 */
const WORKER_QUEUE = 4;

/**
 * Batches in flight at once (sent, or done and waiting for earlier ones): this thread runs at most this far ahead of
 * the slowest worker. Report results are a few problem lines (counts stay in each thread's aggregator), so a wide
 * window costs nothing and keeps this thread from idling (it idled ~10% of a 2-worker run at 2 * threads); extract
 * results hold output lines, so the window stays small there.
 */
export function inFlightWindow(mode: ProcessorOptions['mode'], workerThreads: number): number {
  return (mode === 'report' ? 16 : 2) * (workerThreads + 1);
}

/**
 * Batches queued on each worker: WORKER_QUEUE, but never more than a thread's share of the window. Workers holding
 * the whole window would leave this thread no room to take a batch, and `--workers N` would extract on N - 1 threads.
 */
export function workerQueueDepth(mode: ProcessorOptions['mode'], workerThreads: number): number {
  return Math.min(WORKER_QUEUE, Math.floor(inFlightWindow(mode, workerThreads) / (workerThreads + 1)));
}

type OnResult = (result: BatchResult) => void | Promise<void>;

/** What a worker thread is started with. */
export interface WorkerSetup {
  jobsiftWorker: true;
  options: ProcessorOptions;
  /**
   * Batches queued on each worker, shared with the workers: a worker counts a batch off as soon as it is done, so
   * this thread sees a worker run short even while it is busy with a batch of its own, before the result message
   * could reach it.
   */
  queued: Int32Array;
  /** This worker's slot in `queued`. */
  slot: number;
}

/**
 * A batch as it crosses to a worker: the JSON lines' bytes copied into one buffer that is transferred, not cloned
 * (each record keeps a view of its bytes). A view of the read buffer would clone the whole 1 MB buffer.
 */
export function packForTransfer(records: readonly RawRecord[]): { records: RawRecord[]; transfer: ArrayBuffer[] } {
  let size = 0;
  for (const r of records) if (r.jsonBytes) size += r.jsonBytes.length;
  if (size === 0) return { records: records.slice(), transfer: [] };
  const buffer = new ArrayBuffer(size);
  const all = new Uint8Array(buffer);
  let at = 0;
  const packed = records.map((r) => {
    if (!r.jsonBytes) return r;
    all.set(r.jsonBytes, at);
    const view = all.subarray(at, at + r.jsonBytes.length);
    at += r.jsonBytes.length;
    return { ...r, jsonBytes: view };
  });
  return { records: packed, transfer: [buffer] };
}

type ToWorker = { type: 'batch'; seq: number; records: RawRecord[] } | { type: 'finish' };
type FromWorker =
  | { type: 'result'; seq: number; result: BatchResult }
  | { type: 'partial'; partial: CompactPartial | null }
  | { type: 'error'; message: string };

/** Extraction in this thread: for one worker, or when threads would cost more than they save. */
function inThreadPipeline(options: ProcessorOptions, onResult: OnResult): Pipeline {
  const processor = new RecordProcessor(options);
  return {
    async push(batch) {
      await onResult(processor.process(batch));
    },
    async finish() {
      const counted = processor.aggregator;
      return counted ? [counted] : [];
    },
    async close() {},
  };
}

/**
 * Starts a worker on the CLI's own script. Run from source (`node --import tsx src/cli/main.ts`), Node 20 does not
 * apply tsx's hooks to a worker's entry, so the worker registers tsx itself before importing the .ts script.
 */
function startWorker(script: URL, setup: WorkerSetup): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: setup });
  const bootstrap = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/**
 * `count` extractors: this thread and `count - 1` worker threads. This thread's own share costs no isolate of its
 * own to start and warm up (each isolate pays ~2 CPU seconds of start-up and JIT warm-up, which on 2 cores was most
 * of what 2 workers lost to 1), and reading the input is a small part of its time.
 */
function workerPipeline(count: number, options: ProcessorOptions, onResult: OnResult, script: URL): Pipeline {
  const local = new RecordProcessor(options);
  count -= 1;
  const queued = new Int32Array(new SharedArrayBuffer(4 * count));
  const workers = Array.from({ length: count }, (_, slot) => startWorker(script, { jobsiftWorker: true, options, queued, slot }));
  const waiting = new Map<number, BatchResult>();
  const partials: CompactPartial[] = [];
  let nextSeq = 0;
  let nextToDeliver = 0;
  let delivered = 0;
  let delivery: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let partialsLeft = count;
  let partialsDone: (() => void) | null = null;
  const maxInFlight = inFlightWindow(options.mode, count);
  const queueDepth = workerQueueDepth(options.mode, count);
  let closing = false;

  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (err: Error): void => {
    failure ??= err;
    signal();
    partialsDone?.();
  };
  const deliver = (): void => {
    for (let r = waiting.get(nextToDeliver); r; r = waiting.get(nextToDeliver)) {
      waiting.delete(nextToDeliver);
      nextToDeliver++;
      const result = r;
      delivery = delivery.then(async () => {
        if (failure) return;
        try {
          await onResult(result);
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
        delivered++;
        signal();
      });
    }
  };

  workers.forEach((w, i) => {
    w.on('message', (m: FromWorker) => {
      if (m.type === 'result') {
        waiting.set(m.seq, m.result);
        deliver();
      } else if (m.type === 'partial') {
        if (m.partial) partials.push(m.partial);
        if (--partialsLeft === 0) partialsDone?.();
      } else {
        fail(new CliError(`worker thread failed: ${m.message}`));
      }
    });
    w.on('error', (err) => fail(new CliError(`worker thread failed: ${err.message}`)));
    w.on('exit', (code) => {
      if (!closing) fail(new CliError(`worker thread ${i + 1} stopped (exit code ${code})`));
    });
  });

  const undelivered = (): number => nextSeq - delivered;
  /**
   * Posts a batch to worker `w`; false when it cannot be cloned: a record parsed from a JSON array is cloned
   * recursively, and one nested some thousands of levels deep overflows the stack (it is read in this thread instead).
   */
  const sentToWorker = (w: number, records: readonly RawRecord[]): boolean => {
    const packed = packForTransfer(records);
    Atomics.add(queued, w, 1);
    try {
      workers[w]!.postMessage({ type: 'batch', seq: nextSeq, records: packed.records } satisfies ToWorker, packed.transfer);
    } catch (err) {
      Atomics.sub(queued, w, 1);
      if (err instanceof RangeError || (err instanceof Error && err.name === 'DataCloneError')) return false;
      throw err;
    }
    nextSeq++;
    return true;
  };
  return {
    async push(records) {
      if (failure) throw failure;
      let best = 0;
      for (let i = 1; i < count; i++) if (Atomics.load(queued, i) < Atomics.load(queued, best)) best = i;
      if (Atomics.load(queued, best) >= queueDepth || !sentToWorker(best, records)) {
        // The workers have enough queued (or the batch cannot cross): this thread takes the batch.
        waiting.set(nextSeq++, local.process(records));
        deliver();
      }
      while (!failure && undelivered() >= maxInFlight) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
    },
    async finish() {
      while (!failure && delivered < nextSeq) await new Promise<void>((resolve) => (wake = resolve));
      await delivery;
      if (failure) throw failure;
      const done = new Promise<void>((resolve) => (partialsDone = resolve));
      for (const w of workers) w.postMessage({ type: 'finish' } satisfies ToWorker);
      await done;
      if (failure) throw failure;
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
      return local.aggregator ? [local.aggregator, ...partials] : partials;
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One worker: this thread. More: that many worker threads running `script` (the CLI's own entry). */
export function createPipeline(workers: number, options: ProcessorOptions, onResult: OnResult, script: URL): Pipeline {
  return workers <= 1 ? inThreadPipeline(options, onResult) : workerPipeline(workers, options, onResult, script);
}

/** The worker thread's side: process batches, answer with results, and the partial at the end. */
export function serveWorker(setup: WorkerSetup, port: import('node:worker_threads').MessagePort): void {
  const processor = new RecordProcessor(setup.options);
  port.on('message', (m: ToWorker) => {
    try {
      if (m.type === 'batch') {
        let result: BatchResult;
        try {
          result = processor.process(m.records);
        } finally {
          Atomics.sub(setup.queued, setup.slot, 1);
        }
        port.postMessage({ type: 'result', seq: m.seq, result } satisfies FromWorker);
      } else port.postMessage({ type: 'partial', partial: processor.partial() } satisfies FromWorker);
    } catch (err) {
      port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
    }
  });
}
