import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a long run near its live heap. Every posting leaves a little garbage in V8's old space (objects that happened
 * to be alive across two young-generation collections), and with gigabytes of headroom V8 lets it pile up between
 * full collections: `jobsift report` over 200,000 postings peaked at ~245 MB RSS while its live heap stayed at ~35 MB
 * (heap snapshots after 4,000 and 20,000 postings: 34.2 and 34.5 MB). A full collection whenever the heap has grown
 * `SLACK_BYTES` past what the previous one kept bounds the process for a few tens of ms per collection.
 */
const SLACK_BYTES = 48 * 1024 * 1024;
/** Records between looks at the heap (a look costs about a microsecond). */
const CHECK_EVERY = 256;

export interface HeapGovernor {
  /**
   * Call once per record: every `checkEvery` records, a look at the heap becomes due. It is made at the next safe
   * point (`collectIfDue`), however many records pass before it; due looks do not pile up. Records that never reach
   * extraction (invalid JSON, not a posting, over maxLength) bring none, and leave none of the pipeline's garbage.
   */
  tick(): void;
  /**
   * The safe point: looks at the heap when a look is due, and collects if it has grown past the slack. Called while
   * documents are alive (the extractor's `whileDocumentsAlive` hook, set by the record processor): a collection made
   * between records, when none is, cost up to ~80 functions their optimised code (0-1 now, with the objects of
   * src/pipeline/kept-shapes.ts; see src/extract.ts).
   */
  collectIfDue(): void;
  /** Full collections made so far. */
  readonly collections: number;
}

/**
 * The `gc` function of this isolate: the one `--expose-gc` gives, or one obtained by setting that flag now (it takes
 * effect for contexts made after it). Null where neither works; the governor then does nothing. Node documents flag
 * changes after start-up as unpredictable; this one only adds a global function (to contexts and worker threads made
 * afterwards), it works on Node 20 and later, and it is confined to the command-line tool, never the library.
 */
function findGc(): (() => void) | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

export interface HeapGovernorOptions {
  slackBytes?: number;
  checkEvery?: number;
  /** For tests: the collector and the heap size to read (default: V8's). */
  gc?: (() => void) | null;
  usedHeap?: () => number;
}

export function createHeapGovernor(options: HeapGovernorOptions = {}): HeapGovernor {
  const gc = options.gc === undefined ? findGc() : options.gc;
  const usedHeap = options.usedHeap ?? (() => getHeapStatistics().used_heap_size);
  const slack = options.slackBytes ?? SLACK_BYTES;
  const checkEvery = options.checkEvery ?? CHECK_EVERY;
  let sinceCheck = 0;
  let due = false;
  let kept = usedHeap();
  const governor = {
    collections: 0,
    tick(): void {
      if (gc === null || ++sinceCheck < checkEvery) return;
      sinceCheck = 0;
      due = true;
    },
    collectIfDue(): void {
      if (!due || gc === null) return;
      due = false;
      if (usedHeap() < kept + slack) return;
      gc();
      governor.collections++;
      kept = usedHeap();
    },
  };
  return governor;
}
