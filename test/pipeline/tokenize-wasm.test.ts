import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
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
  WASM_MIN_CHARS,
  wasmTokenizerAvailable,
  wordHash,
} from '../../src/taxonomy/tokenize.js';
import { anyText } from '../laws/arbitraries.js';
import { normalizedCorpus, random, randomShapeScreen } from '../helpers/tokens.js';
import { generatedModule } from '../../scripts/build-wasm.mjs';

// Whole texts are tokenized by the WebAssembly loop (src/taxonomy/tokenize.wat; those beyond ASCII through stand-ins),
// ranges and short texts by the TypeScript loop. The two must give the same tokens, hashes, letter bits, screen lists
// and marks: each text here is tokenized by both and every field compared.

const starts = compileTaxonomy(resolveTaxonomy(undefined)).startBits();

/** A bit set over the low 16 bits of hashes with about one bit in `oneIn` set. */
function randomBits(seed: number, oneIn: number): Int32Array {
  const next = random(seed);
  const bits = new Int32Array(0x10000 >>> 5);
  for (let k = 0; k < 0x10000; k++) if (next() * oneIn < 1) bits[k >>> 5]! |= 1 << (k & 31);
  return bits;
}
const screen = randomBits(1, 6);

const SHAPES = [TRIGGER_SHAPES, randomShapeScreen(random(11)), randomShapeScreen(random(12)), randomShapeScreen(random(13))];

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

/**
 * Everything a tokenize call gives, as plain arrays (lent arrays are given back at once), with the WebAssembly loop
 * allowed or not, from `minChars` characters on.
 */
function tokenized(text: string, o: Options, wasm: boolean, minChars = WASM_MIN_CHARS): { loop: string; fields: Record<string, unknown> } {
  const was = allowWasmTokenizer(wasm, minChars);
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
    allowWasmTokenizer(was.allowed, was.minChars);
  }
}

const utf8 = new TextEncoder();
const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

/**
 * Asserts that both loops give the same, and that the WebAssembly loop read `text` when it has `minChars` characters or
 * more and not too many (nor too many bytes of UTF-8). `minChars` 1 makes it read the short texts too, which it does
 * not by default.
 */
function expectSameEitherWay(text: string, o: Options = FULL, minChars = WASM_MIN_CHARS): void {
  const byWasm = tokenized(text, o, true, minChars);
  const byScript = tokenized(text, o, false);
  expect(byScript.loop).toBe('script');
  const readByWasm = text.length >= Math.max(1, minChars) && utf8.encode(text).length <= WASM_MAX_CHARS;
  expect(byWasm.loop).toBe(readByWasm ? 'wasm' : 'script');
  expect(byWasm.fields).toEqual(byScript.fields);
}

const CORPUS = normalizedCorpus();

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

  it('reads and writes only at the offsets its layout globals name (which tokenize.ts checks against its own)', () => {
    const wat = readFileSync(new URL('../../src/taxonomy/tokenize.wat', import.meta.url), 'utf8');
    const global = (name: string): number => Number(new RegExp(`\\(global \\$${name} \\(export "${name}"\\) i32 \\(i32\\.const (\\d+)\\)\\)`).exec(wat)![1]);
    const [textAt, outputAt, stride] = [global('textAt'), global('outputAt'), global('outputStride')];
    const allowed = new Set([
      256, 512, ...[0, 1, 2, 3, 4, 5, 6].map((k) => 768 + 4 * k), // the module's own tables and what a call found
      textAt - 1, textAt, textAt + 1, textAt + 2, // the text, and the characters before and after one
      ...Array.from({ length: 9 }, (_, k) => outputAt + k * stride), // the eight output arrays, then the marks
      global('screenAt'), global('startsAt'), global('openingAt'), global('endsAt'),
    ]);
    // The two functions that address memory by immediates (the scans take their bases as parameters).
    for (const name of ['tokenize', 'standIns']) {
      const from = wat.indexOf(`(func (export "${name}")`);
      const body = wat.slice(from, wat.indexOf('(func ', from + 1));
      const offsets = [...body.matchAll(/offset=(\d+)/g)].map((m) => Number(m[1]));
      expect(offsets.length).toBeGreaterThan(3);
      for (const offset of offsets) expect(allowed, `${name}: offset=${offset}`).toContain(offset);
    }
  });

  it('is available in Node, so that the comparisons below compare two loops', () => {
    expect(wasmTokenizerAvailable()).toBe(true);
  });

  it('gives what the TypeScript loop gives on every corpus posting, with and without each screen', () => {
    expect(CORPUS.filter(isAscii).length).toBeGreaterThan(500);
    // The postings beyond ASCII are read through stand-ins: their wide tokens are mended.
    expect(CORPUS.filter((t) => !isAscii(t)).length).toBeGreaterThan(20);
    for (const o of OPTION_SETS) for (const text of CORPUS) expectSameEitherWay(text, o);
  });

  it('gives the same on the two hash look-alikes, which the screens and the address flag test by value', () => {
    expect(wordHash(HASHES_TO_ZERO)).toBe(0);
    expect(wordHash(HASHES_AS_WWW)).toBe(wordHash('www'));
    for (const text of [HASHES_TO_ZERO, `x ${HASHES_TO_ZERO}`, `${HASHES_AS_WWW} x`, `${HASHES_AS_WWW}s`]) expectSameEitherWay(text, FULL, 1);
    const started = tokenized(`x ${HASHES_TO_ZERO}`, FULL, true, 1).fields.started;
    expect(started).toContain(1);
  });

  it('gives the same on generated ASCII text built from the loop\'s special cases', () => {
    fc.assert(
      fc.property(asciiText, fc.constantFrom(...OPTION_SETS), (text, o) => {
        expectSameEitherWay(text, o, 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same on any text, beyond ASCII too (read through one-byte stand-ins, its wide tokens mended)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...OPTION_SETS), (text, o) => {
        expectSameEitherWay(text, o, 1);
      }),
      { numRuns: 1000 },
    );
    for (const text of ['Zürich office, Python', 'café ', '\u2022 SQL', 'a\u00a0b', 'é', '😀 C++ 😀', 'x\ud800', '\udc00y']) {
      for (const o of OPTION_SETS) expectSameEitherWay(text, o, 1);
    }
  });

  it('gives the same on ASCII pieces mixed with characters beyond ASCII where each rule looks', () => {
    // Letters of tokens, separators, the stand-ins' own low bits (U+00C0 reads as 0xC0, U+2000 separates), and
    // characters whose low seven bits are ".", "+", "#", a letter or a digit, next to every ASCII piece.
    const wide = ['é', 'Ü', 'ß', '\u00c0', '\u00d7', '\u00f7', '\u00ae', '\u2122', '\u00a0', '\u2014', '\u2000', '\u1fff', '\u01ab', '\u00ee', '\u00ae', '\u00a3', '\u00b0', '\u0301', '\u00e9\u0301', '\ud83d\ude00', '\u00ff', '\u0100', '\u00ab', '\u00a3', '\u00c3', '\u00e3'];
    const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...wide)), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, fc.constantFrom(...OPTION_SETS), (text, o) => {
        expectSameEitherWay(text, o, 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('mends the wide tokens the loop hashed as stand-ins: a hash of 0, screened as the TypeScript loop does, no "www"', () => {
    // "wtô" is read as "wt" and the stand-in 0xD4 (the low five bits of "ô"), which hashes as "www" does (0xD4 is
    // also "Ô": both are wide, and neither is "www").
    expect(wordHash('wt\u00d4')).toBe(wordHash('www'));
    expect(wordHash('wt\u00f4')).not.toBe(wordHash('www'));
    for (const text of ['wt\u00f4 and more', 'x wt\u00f4.example.com', 'wt\u00d4 x', `${HASHES_TO_ZERO}\u00e9 x`, 'é'.repeat(300), `Zürich ${'Python, SQL, Zürich; '.repeat(10)}`]) {
      for (const o of OPTION_SETS) expectSameEitherWay(text, o, 1);
    }
    const mended = tokenized('wt\u00f4 x', FULL, true, 1);
    expect(mended.loop).toBe('wasm');
    expect(mended.fields.www).toBe(false);
    expect(mended.fields.hash).toEqual([0, wordHash('x')]);
    expect(mended.fields.nonAscii).toEqual([1, 0]);
    expect(mended.fields.started).toContain(0);
  });

  it('leaves texts shorter than WASM_MIN_CHARS to the TypeScript loop by default, and reads them when allowed', () => {
    const text = 'Python, SQL and C++; 3+ years. '.repeat(5).slice(0, WASM_MIN_CHARS);
    expectSameEitherWay(text.slice(0, WASM_MIN_CHARS - 1));
    expectSameEitherWay(text);
    expectSameEitherWay(text.slice(0, 7), FULL, 1);
  });

  it('reads texts up to its limit and leaves longer ones to the TypeScript loop', () => {
    const unit = 'Python, C++ and .NET; 5+ yrs.\n';
    const long = unit.repeat(Math.ceil((WASM_MAX_CHARS + 1) / unit.length));
    expectSameEitherWay(long.slice(0, WASM_MAX_CHARS));
    expectSameEitherWay(long.slice(0, WASM_MAX_CHARS + 1));
    // The densest text: a token and a mark every two characters.
    expectSameEitherWay('a.'.repeat(WASM_MAX_CHARS / 2));
    // Beyond ASCII: within the limit in characters, over it in bytes of UTF-8 (two or three a character), or within.
    expectSameEitherWay('é'.repeat(WASM_MAX_CHARS / 2));
    expectSameEitherWay('é'.repeat(WASM_MAX_CHARS / 2 + 1));
    expectSameEitherWay(`${'x'.repeat(WASM_MAX_CHARS - 3)}\u2122`);
    expectSameEitherWay(`${'x'.repeat(WASM_MAX_CHARS - 2)}\u2122`);
    expectSameEitherWay(`a ${'\ud83d\ude00 é'.repeat(20000)}`);
    expectSameEitherWay('', FULL, 1);
  });

  it('gives the same when the screens given change from call to call (each is copied in when it differs)', () => {
    const text = CORPUS.find((t) => isAscii(t) && t.length > 2000)!;
    const other = randomBits(2, 3);
    for (const o of [FULL, { ...FULL, screen: other }, FULL, { ...FULL, screen: other, shapes: SHAPES[1]! }, FULL]) expectSameEitherWay(text, o);
    for (let seed = 3; seed < 40; seed++) expectSameEitherWay(text, { ...FULL, screen: randomBits(seed, 3), shapes: SHAPES[seed % SHAPES.length]! });
  });

  it('leaves a text to the TypeScript loop when a screen is not of the size the loop reads', () => {
    const short = { ...FULL, screen: new Int32Array(16).fill(-1) };
    expect(tokenized('Python and SQL', short, true, 1).loop).toBe('script');
    expect(tokenized('Python and SQL', FULL, true, 1).loop).toBe('wasm');
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
    // Long enough for the WebAssembly loop, were it there.
    const text = 'Experience with Python, C++ and .NET. '.repeat(4);
    expect(text.length).toBeGreaterThanOrEqual(fresh.WASM_MIN_CHARS);
    const t = fresh.tokenize(text);
    expect(fresh.lastTokenizeLoop()).toBe('script');
    expect(Array.from({ length: 6 }, (_, i) => t.word(i))).toEqual(['experience', 'with', 'python', 'c++', 'and', '.net']);
  });
});
