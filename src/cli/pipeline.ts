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

/** Batches queued on each worker before this thread takes one itself: the worker never waits for work. */
const WORKER_QUEUE = 2;

type OnResult = (result: BatchResult) => void | Promise<void>;

/** What a worker thread is started with. */
export interface WorkerSetup {
  jobsiftWorker: true;
  options: ProcessorOptions;
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
  const setup: WorkerSetup = { jobsiftWorker: true, options };
  const local = new RecordProcessor(options);
  count -= 1;
  const workers = Array.from({ length: count }, () => startWorker(script, setup));
  const inFlight = new Array<number>(count).fill(0);
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
  // Batches out of order wait for the earlier ones, so this thread can run at most this far ahead of the slowest
  // worker. Report results are a few problem lines (counts stay in each thread's aggregator), so a wide window costs
  // nothing and keeps this thread from idling (it idled ~10% of a 2-worker run at 2 * (count + 1)); extract results
  // hold output lines, so the window stays small there.
  const maxInFlight = options.mode === 'report' ? 16 * (count + 1) : 2 * (count + 1);
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
        inFlight[i]!--;
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
  return {
    async push(records) {
      if (failure) throw failure;
      let best = 0;
      for (let i = 1; i < count; i++) if (inFlight[i]! < inFlight[best]!) best = i;
      if (inFlight[best]! < WORKER_QUEUE) {
        inFlight[best]!++;
        workers[best]!.postMessage({ type: 'batch', seq: nextSeq++, records } satisfies ToWorker);
      } else {
        // The workers have enough queued: this thread takes the batch.
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
      if (m.type === 'batch') port.postMessage({ type: 'result', seq: m.seq, result: processor.process(m.records) } satisfies FromWorker);
      else port.postMessage({ type: 'partial', partial: processor.partial() } satisfies FromWorker);
    } catch (err) {
      port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
    }
  });
}
