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
  ShapeScreen,
  tokenize,
  WASM_MAX_CHARS,
  wasmScreenCopiesDropped,
  wasmTokenizerAvailable,
  wordHash,
} from '../../src/taxonomy/tokenize.js';
import { anyText } from '../laws/arbitraries.js';
import { generatedModule } from '../../scripts/build-wasm.mjs';

// Whole ASCII texts are tokenized by the WebAssembly loop (src/taxonomy/tokenize.wat), every other text by the
// TypeScript loop. The two must give the same tokens, hashes, letter bits, screen lists and marks: each text here is
// tokenized by both and every field compared.

const starts = compileTaxonomy(resolveTaxonomy(undefined)).startBits();

/** Numbers in [0, 1) from a seed (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A bit set over the low 16 bits of hashes with about one bit in `oneIn` set. */
function randomBits(seed: number, oneIn: number): Int32Array {
  const next = random(seed);
  const bits = new Int32Array(0x10000 >>> 5);
  for (let k = 0; k < 0x10000; k++) if (next() * oneIn < 1) bits[k >>> 5]! |= 1 << (k & 31);
  return bits;
}
const screen = randomBits(1, 6);

/**
 * A shape screen with random tables, so that each of its rules decides for some tokens: opening pairs that pass
 * (bit 1) or pass short tokens (bit 2), letters needed by opening (some with bit 31, which no token holds), end pairs.
 */
function randomShapes(seed: number): ShapeScreen {
  const next = random(seed);
  const pairs = new Uint8Array(1 << 14);
  for (let k = 0; k < pairs.length; k++) pairs[k] = next() < 0.05 ? 1 : next() < 0.1 ? 2 : 0;
  const wordLetters = new Int32Array(1 << 10);
  for (let k = 0; k < wordLetters.length; k++) {
    const roll = next();
    wordLetters[k] = roll < 0.1 ? 1 << 31 : roll < 0.2 ? 0 : (1 << (1 + Math.floor(next() * 26))) | (next() < 0.5 ? 1 << (1 + Math.floor(next() * 26)) : 0);
  }
  const ends = new Uint8Array(1 << 10);
  for (let k = 0; k < ends.length; k++) ends[k] = next() < 0.2 ? 1 : 0;
  return new ShapeScreen(pairs, wordLetters, ends, Math.floor(next() * 0x7fffffff) & 0x7fffffe);
}
const SHAPES = [TRIGGER_SHAPES, randomShapes(11), randomShapes(12), randomShapes(13)];

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
  ...SHAPES.slice(1).map((shapes) => ({ ...FULL, shapes })),
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

/**
 * Two tokens whose hashes the loop tests for values no word has in practice: "b3ebgsek" hashes to 0 (which lists it
 * as a possible skill start) and "b3ebkrdf" to the hash of "www" (which flags the text as holding an address).
 */
const HASHES_TO_ZERO = 'b3ebgsek';
const HASHES_AS_WWW = 'b3ebkrdf';

/**
 * ASCII pieces that exercise every rule of the loop: affixes, a leading ".", versions, "www", marks, capitals, short
 * and long words, and the two hash look-alikes.
 */
const PIECES = ['C', '++', '+', '#', 'C#', '.NET', '.', 'Node.js', 'www', 'WWW', 'www.', 'x', 'y', 'Python3', '7', '42', ' ', '  ', '\n', '!', '?', BULLET, '-', 'a', 'Z', 'years', 'BS', 'MS', 'PhD', 'MARKETING', 'analytics', 'Statistics', '@', '://', ',', '(', ')', '\t', '\x00', '\x7f', '_', HASHES_TO_ZERO, HASHES_AS_WWW];
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

  it('gives the same on the two hash look-alikes, which the screens and the address flag test by value', () => {
    expect(wordHash(HASHES_TO_ZERO)).toBe(0);
    expect(wordHash(HASHES_AS_WWW)).toBe(wordHash('www'));
    for (const text of [HASHES_TO_ZERO, `x ${HASHES_TO_ZERO}`, `${HASHES_AS_WWW} x`, `${HASHES_AS_WWW}s`]) expectSameEitherWay(text);
    const started = tokenized(`x ${HASHES_TO_ZERO}`, FULL, true).fields.started;
    expect(started).toContain(1);
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
    const dropped = wasmScreenCopiesDropped();
    // Each new screen is copied into the module; when the room for copies is full, they are all dropped and made anew.
    for (let seed = 2; seed < 140; seed++) expectSameEitherWay(text, { ...FULL, screen: randomBits(seed, 3) });
    expect(wasmScreenCopiesDropped()).toBeGreaterThan(dropped);
    for (const shapes of SHAPES) expectSameEitherWay(text, { ...FULL, shapes });
  });

  it('leaves a text to the TypeScript loop when a screen is not of the size the loop reads', () => {
    const short = { ...FULL, screen: new Int32Array(16).fill(-1) };
    expect(tokenized('Python and SQL', short, true).loop).toBe('script');
    expect(tokenized('Python and SQL', FULL, true).loop).toBe('wasm');
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
