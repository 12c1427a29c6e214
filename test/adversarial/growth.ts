/**
 * Measures how a function's time grows with its input, relative to a plain scan of the same input, so that the
 * verdict does not depend on how fast or busy the machine is: only on the shape of the curve.
 */

export interface Growth {
  name: string;
  smallLength: number;
  largeLength: number;
  /** Median milliseconds of the work at each size. */
  workSmall: number;
  workLarge: number;
  /** Median milliseconds of a plain scan at each size. */
  scanSmall: number;
  scanLarge: number;
  /** workLarge / workSmall: about the size factor when linear, its square when quadratic. */
  workGrowth: number;
  /** scanLarge / scanSmall: what linear growth looks like on this machine right now. */
  scanGrowth: number;
  /** workGrowth / scanGrowth: about 1 when linear, about the size factor when quadratic. */
  relativeGrowth: number;
  /** Work time per scan time at the large size: how many plain scans one extraction costs. */
  costInScans: number;
}

/** The plain scan: one pass reading every UTF-16 unit (a few passes, so that it lasts long enough to time). */
export function plainScan(text: string): number {
  let sum = 0;
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  }
  return sum;
}

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

/**
 * Times `work` and `plainScan` on the small and the large input, interleaved (small, large, small, ...) so that a
 * burst of load from other processes falls on both sizes; medians of `runs` after one warm-up of each.
 */
export function measureGrowth(name: string, small: string, large: string, work: (input: string) => unknown, runs = 3): Growth {
  work(small);
  work(large);
  plainScan(small);
  plainScan(large);
  const ws: number[] = [];
  const wl: number[] = [];
  const ss: number[] = [];
  const sl: number[] = [];
  for (let r = 0; r < runs; r++) {
    ws.push(timeOnce(() => work(small)));
    wl.push(timeOnce(() => work(large)));
    ss.push(timeOnce(() => plainScan(small)));
    sl.push(timeOnce(() => plainScan(large)));
  }
  const workSmall = median(ws);
  const workLarge = median(wl);
  const scanSmall = median(ss);
  const scanLarge = median(sl);
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

export function formatGrowth(g: Growth): string {
  const f = (x: number, d = 1): string => x.toFixed(d);
  return (
    `${g.name}: ${g.smallLength} -> ${g.largeLength} chars; extraction ${f(g.workSmall)} -> ${f(g.workLarge)} ms ` +
    `(x${f(g.workGrowth, 2)}), scan ${f(g.scanSmall, 2)} -> ${f(g.scanLarge, 2)} ms (x${f(g.scanGrowth, 2)}), ` +
    `relative growth ${f(g.relativeGrowth, 2)}, one extraction = ${f(g.costInScans, 1)} scans`
  );
}
