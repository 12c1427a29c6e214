import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { NEEDLES, extractCommunication, needleTokens } from '../../src/extractors/communication.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { allowWasmNeedleScan, allowWasmTokenizer, giveBackTokens, tokenize, wasmNeedleScans, type Tokens } from '../../src/taxonomy/tokenize.js';
import { normalizedCorpus, withWasmScans } from '../helpers/tokens.js';

// Communication's needle scan (`needleTokens`: each token's letter screen, then the needles it holds) runs in the
// tokenizer's WebAssembly module (tokenize.wat, `scanNeedles`) over the tokens the module made last, and in TypeScript
// otherwise. Both are held to a plain search of each token: the needles it holds as a substring, in any ASCII case.

/** The needles (as bits) that `text[from, to)` holds, ASCII capitals lower-cased: the plain search. */
function plainSearch(text: string, from: number, to: number): number {
  const range = text.slice(from, to).replace(/[A-Z]/g, (c) => c.toLowerCase());
  return NEEDLES.reduce((bits, w, n) => (range.includes(w) ? bits | (1 << n) : bits), 0);
}

type Held = [start: number, end: number, needles: number][];

/** What the plain search finds token by token: the tokens that hold a needle. */
function expected(tokens: Tokens): Held {
  const out: Held = [];
  for (let t = 0; t < tokens.count; t++) {
    const found = plainSearch(tokens.text, tokens.start[t]!, tokens.end[t]!);
    if (found !== 0) out.push([tokens.start[t]!, tokens.end[t]!, found]);
  }
  return out;
}

/** The held tokens of `text` (tokenized just before), with the WebAssembly scan allowed or not. */
function heldOf(text: string, wasm: boolean, hitsRoom?: number): { held: Held; byWasm: boolean; tokens: Tokens } {
  return withWasmScans([allowWasmNeedleScan], wasm, () => {
    const tokens = tokenize(text);
    const before = wasmNeedleScans();
    const h = needleTokens(text, tokens);
    const held: Held = [];
    for (let k = 0; k < h.count; k++) held.push([h.start[k]!, h.end[k]!, h.found[k]!]);
    return { held, byWasm: wasmNeedleScans() > before, tokens };
  }, hitsRoom);
}

/** Asserts both scans find what the plain search finds; returns whether the WebAssembly one ran. */
function expectPlain(text: string, hitsRoom?: number): boolean {
  const byWasm = heldOf(text, true, hitsRoom);
  const byScript = heldOf(text, false);
  expect(byScript.byWasm).toBe(false);
  const plain = expected(byScript.tokens);
  expect(byScript.held).toEqual(plain);
  expect(byWasm.held).toEqual(plain);
  return byWasm.byWasm;
}

const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

/** Needles whole, cut, inside and around longer words, in every case. */
const pieces = [
  ...NEEDLES,
  ...NEEDLES.map((w) => w.toUpperCase()),
  ...NEEDLES.map((w) => w.slice(0, -1)),
  ...NEEDLES.map((w) => `mis${w}ions`),
  ...NEEDLES.map((w) => w[0]!.toUpperCase() + w.slice(1, 3) + w.slice(3).toUpperCase()),
  'research', 'responsibilities', 'collaborate', 'presentpresent', 'C++', '.NET', '7', 'x',
  // Beyond ASCII (read through stand-ins): letters inside and beside needles, separators, the Kelvin sign (a "K" in
  // lower case only to toLowerCase, not to an ASCII fold), a character past U+FFFF.
  'é', 'Ü', 'ß', '\u212A', '\u2122', '\u00a0', '\u2014', '\ud83d\ude00', 'présent', 'communicaté', 'ORÅL',
];
const seps = [' ', ', ', '. ', '\n', '-', '/', '(', ') '];
const needleText = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 2, arbitrary: fc.constantFrom(...seps) }, fc.constantFrom('', 'a', 'Z', '9')), { minLength: 1, maxLength: 60 }).map((p) => p.join(''));

afterEach(() => {
  allowWasmTokenizer(true);
});

describe('the WebAssembly needle scan', () => {
  it('finds what the plain search finds on every corpus posting, and runs on all (beyond ASCII through stand-ins)', () => {
    const corpus = normalizedCorpus();
    let ran = 0;
    for (const text of corpus) if (expectPlain(text)) ran++;
    expect(ran).toBe(corpus.filter((t) => t.length >= 128).length);
    expect(corpus.filter((t) => !isAscii(t)).length).toBeGreaterThan(20);
  });

  it('finds the same on generated text of needles whole, cut, inside longer words and in every case', () => {
    allowWasmTokenizer(true, 1); // the module reads the short texts too
    let ran = 0;
    let texts = 0;
    fc.assert(
      fc.property(needleText, (text) => {
        if (expectPlain(text)) ran++;
        if (text.length > 0) texts++; // (an empty text is no text the module reads)
      }),
      { numRuns: 3000 },
    );
    expect(ran).toBe(texts);
    expect(ran).toBeGreaterThan(2900);
  });

  it('reads nothing past a token, nor past the text, whatever the text before it left in memory', () => {
    allowWasmTokenizer(true, 1);
    for (const w of NEEDLES) {
      const whole = `We ask: ${w}ing today`;
      expectPlain(whole);
      // Cut inside the needle, at the end of the text: the longer text's bytes follow in memory.
      expect(expectPlain(whole.slice(0, whole.indexOf(w) + w.length - 1))).toBe(true);
      // Cut by a separator inside the needle.
      expect(expectPlain(`${w.slice(0, 2)} ${w.slice(2)} ${w.slice(0, -1)}.${w.slice(-1)}`)).toBe(true);
    }
  });

  it('runs in extraction, whose tokens are lent, and finds what the TypeScript scan finds', () => {
    const inputs = normalizedCorpus(150);
    const findings = (wasm: boolean) =>
      withWasmScans([allowWasmNeedleScan], wasm, () =>
        inputs.map((text) => {
          const doc = segment(normalize(text), null, true);
          const found = extractCommunication(doc);
          giveBackTokens(doc);
          return found;
        }),
      );
    const before = wasmNeedleScans();
    const byWasm = findings(true);
    expect(wasmNeedleScans() - before).toBeGreaterThan(100);
    expect(byWasm).toEqual(findings(false));
    expect(byWasm.flat().length).toBeGreaterThan(20);
  });

  it('leaves to the TypeScript scan tokens the module did not make last, and more held tokens than its room', () => {
    const text = 'Strong communication skills; present findings and insights to audiences; written and verbal. '.repeat(3);
    const tokens = tokenize(text);
    tokenize(text.toUpperCase());
    const before = wasmNeedleScans();
    const h = needleTokens(text, tokens);
    expect(wasmNeedleScans()).toBe(before);
    expect(h.count).toBe(expected(tokens).length);
    const all = heldOf(text, true);
    expect(all.byWasm).toBe(true);
    const n = all.held.length;
    expect(n).toBeGreaterThan(10);
    expect(expectPlain(text, n)).toBe(true);
    expect(expectPlain(text, n - 1)).toBe(false);
    // A text beyond ASCII is read through stand-ins, which hold no needle letter: scanned in the module too.
    expect(expectPlain(`${text} Zürich Communication, PRÉSENT, présentations, Ørålity; \u212Aommunicate`)).toBe(true);
    allowWasmTokenizer(false);
    expect(expectPlain(text)).toBe(false);
  });
});
