import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { TRIGGER_SHAPES } from '../../src/refiners/education-triggers.js';
import { BULLET } from '../../src/lexicon/unicode-folding.js';
import { compileTaxonomy } from '../../src/taxonomy/matcher.js';
import { resolveTaxonomy } from '../../src/taxonomy/resolve.js';
import {
  allowWasmTokenizer,
  CharMarks,
  giveBackTokens,
  lastTokenizeLoop,
  shareTokens,
  tokenize,
  WASM_MAX_CHARS,
  wasmTokenizerAvailable,
  type ShapeScreen,
} from '../../src/taxonomy/tokenize.js';
import { anyText } from '../laws/arbitraries.js';
// @ts-expect-error: a plain .mjs script without types
import { generatedModule } from '../../scripts/build-wasm.mjs';

// Whole ASCII texts are tokenized by the WebAssembly loop (src/taxonomy/tokenize.wat), every other text by the
// TypeScript loop. The two must give the same tokens, hashes, letter bits, screen lists and marks: each text here is
// tokenized by both and every field compared.

const starts = compileTaxonomy(resolveTaxonomy(undefined)).startBits();

/** A bit set over the low 16 bits of hashes with about one bit in `oneIn` set (mulberry32, seeded). */
function randomBits(seed: number, oneIn: number): Int32Array {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bits = new Int32Array(0x10000 >>> 5);
  for (let k = 0; k < 0x10000; k++) if (next() * oneIn < 1) bits[k >>> 5]! |= 1 << (k & 31);
  return bits;
}
const screen = randomBits(1, 6);

interface Options {
  screen: Int32Array | null;
  starts: Int32Array | null;
  marks: boolean;
  shapes: ShapeScreen | null;
  lend: boolean;
}

const FULL: Options = { screen, starts, marks: true, shapes: TRIGGER_SHAPES, lend: true };
const OPTION_SETS: Options[] = [
  FULL,
  { screen: null, starts: null, marks: false, shapes: null, lend: false },
  { screen, starts: null, marks: true, shapes: null, lend: false },
  { screen: null, starts, marks: false, shapes: TRIGGER_SHAPES, lend: true },
];

/** Everything a tokenize call gives, as plain arrays (lent arrays are given back at once). */
function tokenized(text: string, o: Options, wasm: boolean): { loop: string; fields: Record<string, unknown> } {
  const was = allowWasmTokenizer(wasm);
  const marks = o.marks ? new CharMarks() : null;
  try {
    const t = tokenize(text, 0, text.length, o.screen, o.starts, o.lend, marks, o.shapes);
    const loop = lastTokenizeLoop();
    const fields = {
      count: t.count,
      start: [...t.start],
      end: [...t.end],
      hash: [...t.hash],
      nonAscii: [...t.nonAscii],
      letters: [...t.letters],
      www: t.www,
      affixed: [...t.affixed],
      screened: [...t.screened],
      started: [...t.started],
      shaped: [...t.shaped],
      marks: marks ? [...marks.at.subarray(0, marks.count)] : null,
    };
    const owner = {};
    shareTokens(owner, t);
    giveBackTokens(owner);
    return { loop, fields };
  } finally {
    allowWasmTokenizer(was);
  }
}

const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

/**
 * Asserts that both loops give the same, and (unless `anyLoop`) that the WebAssembly loop read `text` when it is ASCII
 * and not too long. Returns the loop that read it with WebAssembly allowed.
 */
function expectSameEitherWay(text: string, o: Options = FULL, anyLoop = false): string {
  const byWasm = tokenized(text, o, true);
  const byScript = tokenized(text, o, false);
  expect(byScript.loop).toBe('script');
  if (!anyLoop) expect(byWasm.loop).toBe(text.length > 0 && text.length <= WASM_MAX_CHARS && isAscii(text) ? 'wasm' : 'script');
  expect(byWasm.fields).toEqual(byScript.fields);
  return byWasm.loop;
}

const CORPUS = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => normalize(JSON.parse(line).text as string).text);

/** ASCII pieces that exercise every rule of the loop: affixes, a leading ".", versions, "www", marks, capitals. */
const PIECES = ['C', '++', '+', '#', 'C#', '.NET', '.', 'Node.js', 'www', 'WWW', 'www.', 'x', 'Python3', '7', '42', ' ', '  ', '\n', '!', '?', BULLET, '-', 'a', 'Z', 'years', 'BS', 'MS', 'PhD', '@', '://', ',', '(', ')', '\t', '\x00', '\x7f', '_'];
const asciiText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('the WebAssembly tokenizer loop', () => {
  it('is built from tokenize.wat as it stands (run `node scripts/build-wasm.mjs` after an edit)', async () => {
    const committed = readFileSync(new URL('../../src/taxonomy/tokenize-wasm.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generatedModule());
  });

  it('is available in Node, so that the comparisons below compare two loops', () => {
    expect(wasmTokenizerAvailable()).toBe(true);
  });

  it('gives what the TypeScript loop gives on every corpus posting, with and without each screen', () => {
    expect(CORPUS.filter(isAscii).length).toBeGreaterThan(500);
    for (const o of OPTION_SETS) for (const text of CORPUS) expectSameEitherWay(text, o);
  });

  it('gives the same on generated ASCII text built from the loop\'s special cases', () => {
    fc.assert(
      fc.property(asciiText, fc.constantFrom(...OPTION_SETS), (text, o) => {
        expectSameEitherWay(text, o);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves any other text to the TypeScript loop', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectSameEitherWay(text);
      }),
      { numRuns: 500 },
    );
    for (const text of ['Zürich office, Python', 'café ', '\u2022 SQL', 'a\u00a0b', 'é']) expectSameEitherWay(text);
  });

  it('reads texts up to its limit and leaves longer ones to the TypeScript loop', () => {
    const unit = 'Python, C++ and .NET; 5+ yrs.\n';
    const long = unit.repeat(Math.ceil((WASM_MAX_CHARS + 1) / unit.length));
    expectSameEitherWay(long.slice(0, WASM_MAX_CHARS));
    expectSameEitherWay(long.slice(0, WASM_MAX_CHARS + 1));
    // The densest text: a token and a mark every two characters.
    expectSameEitherWay('a.'.repeat(WASM_MAX_CHARS / 2));
    expectSameEitherWay('');
  });

  it('gives the same with many screens, past the room its copies of them have', () => {
    const text = CORPUS.find((t) => isAscii(t) && t.length > 2000)!;
    const loops = new Set<string>();
    for (let seed = 2; seed < 140; seed++) {
      loops.add(expectSameEitherWay(text, { ...FULL, screen: randomBits(seed, 3) }, true));
    }
    // The first screens are copied into the module; once its room is full, the rest are read by the TypeScript loop.
    expect([...loops].sort()).toEqual(['script', 'wasm']);
  });
});

describe('without WebAssembly (a runtime without it, or a page whose CSP refuses it)', () => {
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('tokenizes with the TypeScript loop', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const fresh = await import('../../src/taxonomy/tokenize.js');
    expect(fresh.wasmTokenizerAvailable()).toBe(false);
    const text = 'Experience with Python, C++ and .NET.';
    const t = fresh.tokenize(text);
    expect(fresh.lastTokenizeLoop()).toBe('script');
    expect(Array.from({ length: t.count }, (_, i) => t.word(i))).toEqual(['experience', 'with', 'python', 'c++', 'and', '.net']);
  });
});
