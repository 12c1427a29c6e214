import { readFileSync } from 'node:fs';
import { normalize } from '../../src/pipeline/normalize.js';
import { ShapeScreen } from '../../src/taxonomy/tokenize.js';
import { mulberry32 } from '../../benchmarks/lib/random.mjs';

/** A small deterministic generator of numbers in [0, 1) (mulberry32, shared with the benchmarks). */
export const random = mulberry32;

/** The normalised texts of the example corpus's postings (the first `limit`). */
export function normalizedCorpus(limit = Infinity): string[] {
  return readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((line) => normalize(JSON.parse(line).text as string).text);
}

/**
 * A shape screen with random tables, so that each of its rules decides for some tokens: sparse opening pairs of both
 * kinds (pass; pass when short), letters needed by opening with bit 31 and bit 0 among them (which no token holds),
 * a few end pairs, and end letters.
 */
export function randomShapeScreen(next: () => number): ShapeScreen {
  const pairs = new Uint8Array(ShapeScreen.OPENING_ENTRIES);
  for (let k = 0; k < 3000; k++) pairs[Math.floor(next() * pairs.length)] = 1 + Math.floor(next() * 3);
  const wordLetters = new Int32Array(1 << 10);
  for (let k = 0; k < wordLetters.length; k++) {
    const pick = next();
    wordLetters[k] = pick < 0.3 ? 1 : pick < 0.4 ? 1 << 31 : pick < 0.5 ? 0 : (next() * 0x7fffffff) & (next() * 0x7fffffff) & 0x07fffffe;
  }
  const ends = new Uint8Array(ShapeScreen.END_ENTRIES);
  for (let k = 0; k < 200; k++) ends[Math.floor(next() * ends.length)] = 1;
  return new ShapeScreen(pairs, wordLetters, ends, (next() * 0x7fffffff) & 0x07fffffe);
}

/** A switch of the WebAssembly scans (`allowWasmPhraseScan`, `allowWasmNeedleScan`): sets, returns the setting before. */
type ScanSwitch = (allowed: boolean, hitsRoom?: number) => { allowed: boolean; hitsRoom: number };

/** Runs `run` with each switch set to `allowed` (and `hitsRoom`, when given), then sets them back as they were. */
export function withWasmScans<R>(switches: ScanSwitch[], allowed: boolean, run: () => R, hitsRoom?: number): R {
  const was = switches.map((set) => set(allowed, hitsRoom));
  try {
    return run();
  } finally {
    switches.forEach((set, k) => set(was[k]!.allowed, was[k]!.hitsRoom));
  }
}
