import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EEO_SENTENCE_CUES, HEADING_CUES, INLINE_HEADINGS, PREFERENCE_CUES, REQUIREMENT_CUES } from '../../src/lexicon/section-cues.js';
import { PhraseSet } from '../../src/pipeline/phrases.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { cuePhrasesOf, segment } from '../../src/pipeline/segment.js';
import { allowWasmNeedleScan, allowWasmPhraseScan, allowWasmTokenizer, giveBackTokens, scanPhrasesInWasm, tokenize, wasmNeedleScans, wasmPhraseScans } from '../../src/taxonomy/tokenize.js';
import { needleTokens } from '../../src/extractors/communication.js';
import { normalizedCorpus, withWasmScans } from '../helpers/tokens.js';

// The phrase scan (`PhraseSet.scanTokens`, every phrase at each start) runs in WebAssembly (tokenize.wat,
// `scanPhrases`) over the tokens the module made last, and in TypeScript otherwise. Both must report the same hits in
// the same order: each text here is scanned both ways and the hits compared.

type Hit = [start: number, end: number, tag: unknown];

/** The hits of `set` over `text`, tokenized as segmentation does, with the WebAssembly scan allowed or not. */
function hitsOf<T>(set: PhraseSet<T>, text: string, wasm: boolean, hitsRoom?: number): { hits: Hit[]; byWasm: boolean } {
  return withWasmScans([allowWasmPhraseScan], wasm, () => {
    const tokens = tokenize(text, 0, text.length, set.tokenScreen);
    const before = wasmPhraseScans();
    const hits: Hit[] = [];
    set.scanTokens(tokens, { hit: (s, e, tag) => hits.push([s, e, tag]) }, true);
    return { hits, byWasm: wasmPhraseScans() > before };
  }, hitsRoom);
}

/** Asserts both scans give the same hits; returns whether the WebAssembly one ran. */
function expectSameHits<T>(set: PhraseSet<T>, text: string, hitsRoom?: number): boolean {
  const byWasm = hitsOf(set, text, true, hitsRoom);
  const byScript = hitsOf(set, text, false);
  expect(byScript.byWasm).toBe(false);
  expect(byWasm.hits).toEqual(byScript.hits);
  return byWasm.byWasm;
}

const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);
const CUES = cuePhrasesOf();

/** Every word of the cue phrases, and what stands between and around words in postings. */
const CUE_PHRASES = [...PREFERENCE_CUES, ...REQUIREMENT_CUES, ...EEO_SENTENCE_CUES, ...INLINE_HEADINGS, ...HEADING_CUES.flatMap((g) => g.phrases), 'bull'];
const CUE_WORDS = [...new Set(CUE_PHRASES.flatMap((p) => p.split(/[^a-z0-9]+/i)).filter(Boolean))];
const JOINS = [' ', '  ', '-', "'", '&', '/', ' - ', ' & ', '     '];
const OTHERS = [', ', '. ', '.', '\n', ': ', '; ', '(', ')', '.NET', 'C++', 'C#', '+', '#', '++', 'x', '7', 'ab', 'e.g.', '\t'];
const cueText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...CUE_WORDS).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1))) },
      { weight: 3, arbitrary: fc.constantFrom(...JOINS) },
      { weight: 2, arbitrary: fc.constantFrom(...OTHERS) },
    ),
    { minLength: 20, maxLength: 120 },
  )
  .map((parts) => parts.join(''));

afterEach(() => {
  allowWasmTokenizer(true);
});

describe('the WebAssembly phrase scan', () => {
  it('reports what the TypeScript scan reports on every corpus posting, and runs on the ASCII ones', () => {
    let ran = 0;
    const corpus = normalizedCorpus();
    for (const text of corpus) if (expectSameHits(CUES, text)) ran++;
    expect(ran).toBe(corpus.filter((t) => isAscii(t) && t.length >= 128).length);
    expect(ran).toBeGreaterThan(500);
  });

  it('runs in segmentation, whose tokens are lent, and segments every posting as the TypeScript scan does', () => {
    const inputs = normalizedCorpus(120);
    const segmented = (wasm: boolean) =>
      withWasmScans([allowWasmPhraseScan], wasm, () =>
        inputs.map((text) => {
          const doc = segment(normalize(text), null, true);
          const { sections, units } = doc;
          giveBackTokens(doc);
          return { sections, units };
        }),
      );
    const before = wasmPhraseScans();
    const byWasm = segmented(true);
    expect(wasmPhraseScans() - before).toBeGreaterThan(100);
    expect(byWasm).toEqual(segmented(false));
  });

  it('leaves the longest-phrase scan (not every phrase) to TypeScript', () => {
    const text = 'Qualifications: a degree is preferred, nice to have: experience with data; required. '.repeat(3);
    const longest = (wasm: boolean) =>
      withWasmScans([allowWasmPhraseScan], wasm, () => {
        const before = wasmPhraseScans();
        const hits: Hit[] = [];
        CUES.scanTokens(tokenize(text, 0, text.length, CUES.tokenScreen), { hit: (s, e, tag) => hits.push([s, e, tag]) });
        expect(wasmPhraseScans()).toBe(before);
        return hits;
      });
    expect(longest(true)).toEqual(longest(false));
    expect(longest(true).length).toBeLessThan(hitsOf(CUES, text, true).hits.length);
  });

  it('reports the same on generated text of cue words, joins, affixed tokens and cases', () => {
    allowWasmTokenizer(true, 1); // the module reads the short texts too
    let ran = 0;
    fc.assert(
      fc.property(cueText, (text) => {
        if (expectSameHits(CUES, text)) ran++;
      }),
      { numRuns: 3000 },
    );
    expect(ran).toBe(3000);
  });

  it('reports the same on every cue word affixed (".WORD", "WORD++", "WORD#") in any case', () => {
    allowWasmTokenizer(true, 1);
    for (const w of CUE_WORDS) {
      for (const word of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
        for (const text of [`x .${word} y`, `.${word}`, `${word}++ x`, `(${word}#)`, `.${word}+`, `a.${word} b`]) expect(expectSameHits(CUES, text)).toBe(true);
      }
    }
    // A phrase whose next word is affixed: the next token is not that word, yet the phrase stands.
    for (const phrase of CUE_PHRASES.filter((p) => p.includes(' '))) {
      for (const text of [`${phrase}++ x`, `${phrase}# x`, `x ${phrase.toUpperCase()}++`]) expect(expectSameHits(CUES, text)).toBe(true);
    }
    // Capitals from "A" to "Z" in affixed words ("Z" lower-cases too).
    const zs = new PhraseSet<string>([['zoo', 'z'], ['azure', 'a'], ['quiz time', 'q']]);
    for (const text of ['.ZOO x', 'AZURE++ y', 'x .Azure', 'QUIZ++ time', '.QUIZ TIME']) expect(expectSameHits(zs, text)).toBe(true);
  });

  it('reads nothing past the end of the text, whatever the text before it left in memory', () => {
    allowWasmTokenizer(true, 1);
    for (const phrase of CUE_PHRASES.filter((p) => /^[a-z0-9 '&/-]+$/i.test(p) && /[ -]/.test(p))) {
      const whole = `We ask: ${phrase} today`;
      expectSameHits(CUES, whole);
      // The same text cut inside the phrase's last word: its bytes past the end are the longer text's.
      for (const cut of [1, 2]) {
        const text = whole.slice(0, whole.indexOf(phrase) + phrase.length - cut);
        expectSameHits(CUES, whole);
        expect(expectSameHits(CUES, text)).toBe(true);
      }
    }
  });

  it('reports the same for other phrase sets: one-word and many-word phrases, shared first words, several tags', () => {
    const sets: PhraseSet<string | number>[] = [
      new PhraseSet<string | number>([['data', 'a'], ['data science', 'b'], ['data science team', 'c'], ['science', 'd'], ['data  science', 'e'], ['c', 'f']]),
      new PhraseSet<string | number>([['nice to have', 1], ['nice-to-have', 2], ['nice', 3], ['to have', 4], ['have', 5], ['a plus', 6], ['plus', 6]]),
      new PhraseSet<string | number>([['net', 'n'], ['c', 'c'], ['x y z w v u', 's'], ['7 years', 'y'], ['years', 'y2']]),
    ];
    const words = ['data', 'science', 'team', 'nice', 'to', 'have', 'a', 'plus', 'net', 'c', 'x', 'y', 'z', 'w', 'v', 'u', '7', 'years', 'Data', 'NICE'];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...JOINS), fc.constantFrom(...OTHERS)), { minLength: 30, maxLength: 100 }).map((p) => p.join(''));
    allowWasmTokenizer(true, 1);
    let ran = 0;
    for (const set of sets) {
      fc.assert(
        fc.property(text, (t) => {
          if (expectSameHits(set, t)) ran++;
        }),
        { numRuns: 500 },
      );
    }
    expect(ran).toBe(1500);
  });

  it('leaves to the TypeScript scan tokens the module did not make last, other screens, short and wide texts', () => {
    const text = 'Requirements: a degree in statistics is preferred; experience with Python is a plus. '.repeat(3);
    // Made last by the module: scanned there.
    expect(hitsOf(CUES, text, true).byWasm).toBe(true);
    // Another text tokenized since: the module's memory holds other tokens.
    const first = tokenize(text, 0, text.length, CUES.tokenScreen);
    tokenize(text.toUpperCase(), 0, text.length, CUES.tokenScreen);
    const before = wasmPhraseScans();
    const hits: Hit[] = [];
    CUES.scanTokens(first, { hit: (s, e, tag) => hits.push([s, e, tag]) }, true);
    expect(wasmPhraseScans()).toBe(before);
    expect(hits).toEqual(hitsOf(CUES, text, false).hits);
    // A text beyond ASCII since: the module read it (through stand-ins), over the text and arrays of the first.
    const firstAgain = tokenize(text, 0, text.length, CUES.tokenScreen);
    tokenize(`Zürich ${'x'.repeat(text.length)}`, 0, text.length + 7, CUES.tokenScreen);
    const again: Hit[] = [];
    CUES.scanTokens(firstAgain, { hit: (s, e, tag) => again.push([s, e, tag]) }, true);
    expect(again).toEqual(hitsOf(CUES, text, false).hits);
    // Tokens made with another screen, by the TypeScript loop (a short text, the loop refused), or of a text beyond
    // ASCII (read by the module through stand-ins, but scanned in TypeScript).
    const other = new PhraseSet<string>([['degree', 'd']]);
    expect(hitsOf(other, text, true).byWasm).toBe(true);
    const screened = tokenize(text, 0, text.length, other.tokenScreen);
    // (Asked directly with the cue filter, the module refuses tokens screened by another.)
    expect(scanPhrasesInWasm(screened, CUES.tokenScreen, CUES.wasmTables()!)).toBeNull();
    const seen: Hit[] = [];
    CUES.scanTokens(screened, { hit: (s, e, tag) => seen.push([s, e, tag]) }, true);
    expect(seen).toEqual(hitsOf(CUES, text, false).hits);
    expect(expectSameHits(CUES, 'a degree is preferred')).toBe(false);
    expect(expectSameHits(CUES, `${text} Zürich`)).toBe(false);
    allowWasmTokenizer(false);
    expect(expectSameHits(CUES, text)).toBe(false);
  });

  it('reports every hit when a hit scans the same tokens again (the nested scans run in TypeScript)', () => {
    const text = 'Requirements: strong communication skills; experience presenting results is preferred, a plus. '.repeat(4);
    const run = (wasm: boolean) =>
      withWasmScans([allowWasmPhraseScan, allowWasmNeedleScan], wasm, () => {
        const tokens = tokenize(text, 0, text.length, CUES.tokenScreen);
        const outer: Hit[] = [];
        const nested: string[] = [];
        const before = [wasmPhraseScans(), wasmNeedleScans()];
        CUES.scanTokens(tokens, {
          hit: (s, e, tag) => {
            outer.push([s, e, tag]);
            const inner: Hit[] = [];
            CUES.scanTokens(tokens, { hit: (a, b, t) => inner.push([a, b, t]) }, true);
            const held = needleTokens(text, tokens);
            nested.push(JSON.stringify([inner, [...held.start.subarray(0, held.count)], [...held.found.subarray(0, held.count)]]));
          },
        }, true);
        return { outer, nested, scans: [wasmPhraseScans() - before[0]!, wasmNeedleScans() - before[1]!] };
      });
    const byWasm = run(true);
    const byScript = run(false);
    expect(byWasm.outer.length).toBeGreaterThan(5);
    expect(byWasm.outer).toEqual(byScript.outer);
    expect(byWasm.nested).toEqual(byScript.nested);
    // The outer scan ran in the module; none of the nested ones did.
    expect(byWasm.scans).toEqual([1, 0]);
    // Once the outer scan is done, the module scans again.
    expect(hitsOf(CUES, text, true).byWasm).toBe(true);
  });

  it('leaves a document with more hits than its room to the TypeScript scan', () => {
    const text = 'preferred; required. a plus, nice to have. '.repeat(40);
    const all = hitsOf(CUES, text, true);
    expect(all.byWasm).toBe(true);
    expect(all.hits.length).toBeGreaterThan(100);
    // The module's hits are (start, end, shape) triples, each reported once per tag of its shape.
    const tokens = tokenize(text, 0, text.length, CUES.tokenScreen);
    const triples = scanPhrasesInWasm(tokens, CUES.tokenScreen, CUES.wasmTables()!)!.length / 3;
    expect(triples).toBeGreaterThan(100);
    // Room for all of them, then for one fewer.
    expect(expectSameHits(CUES, text, triples)).toBe(true);
    expect(expectSameHits(CUES, text, triples - 1)).toBe(false);
    expect(expectSameHits(CUES, text, 0)).toBe(false);
  });
});
