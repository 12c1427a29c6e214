/**
 * Measures how a function's time grows with its input, relative to a plain scan of the same input, so that the
 * verdict does not depend on how fast or busy the machine is: only on the shape of the curve.
 */

export interface Growth {
  name: string;
  smallLength: number;
  largeLength: number;
  /** Milliseconds of the work at each size (fastest run). */
  workSmall: number;
  workLarge: number;
  /** Milliseconds of a plain scan at each size (fastest run). */
  scanSmall: number;
  scanLarge: number;
  /** workLarge / workSmall: about the size factor when linear, its square when quadratic. */
  workGrowth: number;
  /** scanLarge / scanSmall: what linear growth looks like on this machine right now. */
  scanGrowth: number;
  /** workGrowth / scanGrowth: about 1 when linear, about the size factor when quadratic. */
  relativeGrowth: number;
  /** Work time per scan time at the large size: how many plain scans (one pass each) one extraction costs. */
  costInScans: number;
}

/** The plain scan: one pass reading every UTF-16 unit of the input. */
export function plainScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

let _sink = 0;

/** Milliseconds per call of `fn`, calling it in a batch that lasts at least `minMs` (timer and JIT noise). */
function batchCost(fn: () => unknown, calls: number): number {
  const t0 = performance.now();
  for (let c = 0; c < calls; c++) _sink ^= Number(Boolean(fn()));
  return (performance.now() - t0) / calls;
}

/** How many calls make a batch of at least `minMs`, from one timed call. */
const callsFor = (oneCall: number, minMs: number): number => Math.max(1, Math.ceil(minMs / Math.max(oneCall, 0.001)));

/**
 * Milliseconds per call of `fn(small)` and `fn(large)`: the fastest of up to `runs` batches each (a batch lasts at
 * least `minMs`), small and large batches interleaved so that a burst of load from other processes falls on both.
 * The work is deterministic, so anything above its cost is noise, and noise only ever adds time. Slow work gets
 * fewer runs, down to one, to stay within `budgetMs`.
 */
function pairCost(fn: (input: string) => unknown, small: string, large: string, runs: number, budgetMs: number, minMs = 25): [number, number] {
  const firstSmall = batchCost(() => fn(small), 1);
  const firstLarge = batchCost(() => fn(large), 1);
  const smallCalls = callsFor(firstSmall, minMs);
  const largeCalls = callsFor(firstLarge, minMs);
  const perRun = Math.max(firstSmall * smallCalls + firstLarge * largeCalls, 0.001);
  const affordable = Math.max(1, Math.min(runs, Math.floor(budgetMs / perRun)));
  let bestSmall = smallCalls === 1 ? firstSmall : Infinity;
  let bestLarge = largeCalls === 1 ? firstLarge : Infinity;
  for (let r = 0; r < affordable; r++) {
    bestSmall = Math.min(bestSmall, batchCost(() => fn(small), smallCalls));
    bestLarge = Math.min(bestLarge, batchCost(() => fn(large), largeCalls));
  }
  return [bestSmall, bestLarge];
}

/**
 * Times `work` and `plainScan` on the small and the large input (warmed up on the small one first), as the cost
 * per call of the fastest batch: see `pairCost`.
 */
export function measureGrowth(name: string, small: string, large: string, work: (input: string) => unknown, runs = 3, budgetMs = 2500): Growth {
  work(small);
  const [workSmall, workLarge] = pairCost(work, small, large, runs, budgetMs);
  const [scanSmall, scanLarge] = pairCost(plainScan, small, large, 7, 500);
  const workGrowth = workLarge / workSmall;
  const scanGrowth = scanLarge / scanSmall;
  return {
    name,
    smallLength: small.length,
    largeLength: large.length,
    workSmall,
    workLarge,
    scanSmall,
    scanLarge,
    workGrowth,
    scanGrowth,
    relativeGrowth: workGrowth / scanGrowth,
    costInScans: workLarge / scanLarge,
  };
}

/**
 * Climbs sizes 1/16 -> 1/4 -> 1 of `build`'s full size. A step that already grows far faster than the scan stops the
 * climb (super-linear work at full size could take minutes); otherwise the last step is the verdict, measured again
 * with more runs when it lands near `limit`.
 */
export function climbGrowth(name: string, build: (scale: number) => string, work: (input: string) => unknown, factor: number, limit: number): Growth {
  const tiny = build(1 / (factor * factor));
  const small = build(1 / factor);
  const tooSteep = (g: Growth): boolean => g.relativeGrowth > 2 * limit || g.workGrowth > factor * limit;
  let screen = measureGrowth(name, tiny, small, work);
  // Far past the limit, or work growing by more than factor * limit whatever the scan did: no need to go bigger,
  // once a second, longer look agrees (a burst of load can hit the small sizes too).
  if (tooSteep(screen)) screen = measureGrowth(name, tiny, small, work, 7, 15_000);
  if (tooSteep(screen)) return screen;
  const large = build(1);
  const growth = measureGrowth(name, small, large, work);
  return growth.relativeGrowth >= limit ? measureGrowth(name, small, large, work, 7, 15_000) : growth;
}

export function formatGrowth(g: Growth): string {
  const f = (x: number, d = 1): string => x.toFixed(d);
  return (
    `${g.name}: ${g.smallLength} -> ${g.largeLength} chars; extraction ${f(g.workSmall)} -> ${f(g.workLarge)} ms ` +
    `(x${f(g.workGrowth, 2)}), scan ${f(g.scanSmall, 2)} -> ${f(g.scanLarge, 2)} ms (x${f(g.scanGrowth, 2)}), ` +
    `relative growth ${f(g.relativeGrowth, 2)}, one extraction = ${f(g.costInScans, 1)} scans`
  );
}
