import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { FOLD_CHARS } from '../../src/lexicon/unicode-folding.js';
import {
  allowWasmPlainScan,
  INPUT_ROOM,
  lastOutputDecoded,
  lastPlainScan,
  nextNotPlainIn,
  PLAIN_SCAN_MIN_CHARS,
  plainScansStarted,
  startPlainScan,
  wasmPlainScanAvailable,
} from '../../src/pipeline/plain-scan.js';
import { anyText, textWithJunk } from '../laws/arbitraries.js';
import { random } from '../helpers/tokens.js';
import { generatedModule } from '../../scripts/build-wasm.mjs';

// Plain-text inputs are searched for the characters the normaliser's fold loop must look at by a WebAssembly module
// (src/pipeline/plain-scan.wat) over their UTF-8 bytes; HTML, short inputs and inputs too long for its memory keep a
// regular expression. Both must find the same positions, so the normalised text and its map are the same.

/** The reference: the positions the regular expression finds, in order. */
const NOT_PLAIN = /[^\n\x20-\x25\x27-\x7e]/g;
function notPlainByRegex(text: string, from: number): number {
  NOT_PLAIN.lastIndex = from;
  return NOT_PLAIN.test(text) ? NOT_PLAIN.lastIndex - 1 : text.length;
}

/**
 * `normalize` with the module allowed (from `minChars` characters on, with `outputBytes` of room for the text) or not,
 * and which search it took.
 */
function normalized(input: string, wasm: boolean, minChars = PLAIN_SCAN_MIN_CHARS, outputBytes?: number) {
  const was = allowWasmPlainScan(wasm, minChars, outputBytes);
  try {
    const n = normalize(input, 'text');
    const runs = n.runs.slice(0, n.runCount * 3);
    return { scan: lastPlainScan(), decoded: lastOutputDecoded(), text: n.text, runs, runCount: n.runCount, format: n.format };
  } finally {
    allowWasmPlainScan(was.allowed, was.minChars, was.outputBytes);
  }
}

/**
 * Asserts that both searches normalise `input` alike, and that the module searched it when it was to: when it is long
 * enough, unless `fits` says its bytes overflow the module's memory. Returns what the module's way gave, and whether
 * its text was decoded from the bytes written.
 */
function expectSameEitherWay(input: string, minChars = PLAIN_SCAN_MIN_CHARS, fits = true, outputBytes?: number) {
  const byWasm = normalized(input, true, minChars, outputBytes);
  const byRegex = normalized(input, false);
  expect(byRegex.scan).toBe('regex');
  expect(byRegex.decoded).toBe(false);
  expect(byWasm.scan).toBe(fits && input.length >= Math.max(1, minChars) ? 'wasm' : 'regex');
  expect(byWasm).toEqual({ ...byRegex, scan: byWasm.scan, decoded: byWasm.decoded });
  return byWasm;
}

const CORPUS = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text as string);

/**
 * Characters on each side of every edge of the plain set (the line break, the controls, "&", DEL), UTF-8's one-, two-,
 * three- and four-byte widths with their own edges, lone surrogates of both halves, and what the fold loop reads
 * further (entities, CR LF).
 */
const EDGES = [
  '\x00', '\t', '\n', '\x0b', '\r', '\r\n', '\x1f', ' ', '!', '%', '&', "'", '~', '\x7f', '\x80', '\x9f', '\xa0', '\xe9',
  '\xff', '\u0100', '\u07ff', '\u0800', '\u2019', '\u2022', '\u200b', '\ud7ff', '\ue000', '\ufffd', '\uffff',
  '\ud83d\ude00', '\ud800\udc00', '\udbff\udfff', '\ud800', '\udbff', '\udc00', '\udfff', '&amp;', '&#x41;', '&#8217;', '&nbsp;',
  // Folds to several characters, and entities that decode past ASCII (kept, or folded to ASCII).
  '\ufb03', '\u2026', '\xbd', '&hellip;', '&eacute;', '&#128512;', '&frac12;', '&ldquo;', '\u200b\u200d',
];
const PLAIN = ['a', 'Python', ' ', 'years of experience', '0123456789abcdef', 'x'.repeat(15), 'y'.repeat(17), '.', '\n\n'];
const edgyText = fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.constantFrom(...PLAIN)), { maxLength: 120 }).map((p) => p.join(''));

describe('the WebAssembly search of plain text', () => {
  afterAll(() => {
    allowWasmPlainScan(true);
  });

  it('is built from plain-scan.wat as it stands (run `node scripts/build-wasm.mjs` after an edit)', async () => {
    const committed = readFileSync(new URL('../../src/pipeline/plain-scan-wasm.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generatedModule('plain-scan'));
  });

  it('is available in Node, so that the comparisons below compare two searches', () => {
    expect(wasmPlainScanAvailable()).toBe(true);
  });

  it('normalises every corpus posting as the regular expression does', () => {
    let byWasm = 0;
    let decoded = 0;
    for (const input of CORPUS) {
      const n = expectSameEitherWay(input);
      if (n.scan === 'wasm') byWasm++;
      if (n.decoded) decoded++;
    }
    expect(byWasm).toBeGreaterThan(590);
    // The postings that change and keep only ASCII (315 of 596): their text is decoded from the bytes written beside
    // the parts.
    expect(decoded).toBeGreaterThan(300);
  });

  it('folds no character to more characters than its bytes, so the output fits where the input did', () => {
    for (const [from, to] of FOLD_CHARS) expect(to.length, JSON.stringify(from)).toBeLessThanOrEqual(new TextEncoder().encode(from).length);
  });

  it('joins the parts instead when the output would not fit its room, with the same text', () => {
    // 200 bytes of room: the corpus postings overflow it, short texts do not.
    const decoded = CORPUS.slice(0, 150).filter((input) => expectSameEitherWay(input, PLAIN_SCAN_MIN_CHARS, true, 200).decoded);
    expect(decoded).toEqual([]);
    // A fold, then a run copied past the room; a run that fills the room, then a fold.
    expect(expectSameEitherWay(`\u2019${'x'.repeat(300)}`, 1, true, 200).decoded).toBe(false);
    expect(expectSameEitherWay(`${'x'.repeat(200)}\u2019`, 1, true, 200).decoded).toBe(false);
    expect(expectSameEitherWay(`${'x'.repeat(199)}\u2019`, 1, true, 200).decoded).toBe(true);
    const short = 'Python \u2013 SQL \u2022 5+ years\u2019 experience, R & Spark'.repeat(2);
    expect(expectSameEitherWay(short, 1, true, 200).decoded).toBe(true);
    fc.assert(fc.property(edgyText, (input) => void expectSameEitherWay(input, 1, true, 64)), { numRuns: 1000 });
  });

  it('normalises text built from every edge of the plain set and of UTF-8 alike, from one character on', () => {
    fc.assert(fc.property(edgyText, (input) => void expectSameEitherWay(input, 1)), { numRuns: 3000 });
  });

  it('normalises hostile text and real text with junk spliced in alike', () => {
    fc.assert(fc.property(anyText, (input) => void expectSameEitherWay(input, 1)), { numRuns: 1000 });
    fc.assert(fc.property(textWithJunk, (input) => void expectSameEitherWay(input, 1)), { numRuns: 500 });
  });

  it('finds what the regular expression finds from any position, asked in any order (a surrogate pair split too)', () => {
    const next = random(7);
    fc.assert(
      fc.property(edgyText, (input) => {
        allowWasmPlainScan(true, 1);
        const scan = startPlainScan(input);
        if (input.length === 0) {
          expect(scan).toBeNull();
          return;
        }
        expect(scan).not.toBeNull();
        // Forwards from each position the last answer allows, as the fold loop asks; then anywhere.
        for (let i = 0; i < input.length; ) {
          const found = nextNotPlainIn(scan!, input, i);
          expect(found).toBe(notPlainByRegex(input, i));
          i = found + 1 + Math.floor(next() * 3);
        }
        for (let k = 0; k < 20; k++) {
          const i = Math.floor(next() * (input.length + 2));
          expect(nextNotPlainIn(scan!, input, i)).toBe(notPlainByRegex(input, i));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a character in every place of a sixteen-byte block and of the bytes after the last block', () => {
    allowWasmPlainScan(true, 1);
    for (let length = 1; length <= 48; length++) {
      for (let at = 0; at < length; at++) {
        for (const ch of ['\x00', '\t', '\x1f', '&', '\x7f', '\x80', '\xe9', '\u2019']) {
          const input = 'a'.repeat(at) + ch + 'b'.repeat(length - at - 1);
          const scan = startPlainScan(input)!;
          expect(nextNotPlainIn(scan, input, 0)).toBe(at);
          expect(nextNotPlainIn(scan, input, at + 1)).toBe(input.length);
        }
        // The characters next to the edges of the plain set are plain.
        const plain = 'a'.repeat(at) + ' ' + '%' + "'" + '~' + '\n' + 'b'.repeat(length - at - 1);
        expect(nextNotPlainIn(startPlainScan(plain)!, plain, 0)).toBe(plain.length);
      }
    }
  });

  it('leaves shorter inputs, and inputs whose bytes overflow its memory, to the regular expression', () => {
    expectSameEitherWay('Python, SQL & R'.padEnd(PLAIN_SCAN_MIN_CHARS - 1, '.'));
    expectSameEitherWay('Python, SQL & R'.padEnd(PLAIN_SCAN_MIN_CHARS, '.'));
    // 256 KB for the input's bytes: as many ASCII characters fit; one more, or a third of as many three-byte
    // characters, do not.
    expect(INPUT_ROOM).toBe(262_144);
    const fits = 'Python & SQL\u2019s\n'.repeat(14_500); // 18 bytes a repeat
    expect(new TextEncoder().encode(fits).length).toBeLessThanOrEqual(INPUT_ROOM);
    expectSameEitherWay(fits);
    const ascii = 'Python, SQL & R; '.repeat(20_000).slice(0, INPUT_ROOM);
    expectSameEitherWay(ascii);
    expectSameEitherWay(`${ascii}x`, PLAIN_SCAN_MIN_CHARS, false);
    expectSameEitherWay('\u2019'.repeat(100_000), PLAIN_SCAN_MIN_CHARS, false);
  });

  it('is not used for HTML, whose fold loop reads parts of the input', () => {
    allowWasmPlainScan(true, 1);
    const body = 'Python &amp; SQL\u2019s '.repeat(20);
    const before = plainScansStarted();
    normalize(body, 'text');
    expect(plainScansStarted()).toBe(before + 1);
    normalize(`<p>${body}</p>`, 'html');
    normalize(`<ul><li>${body}</li></ul>`, 'auto');
    expect(plainScansStarted()).toBe(before + 1);
  });
});

describe('without WebAssembly', () => {
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('normalises with the regular expression', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const scan = await import('../../src/pipeline/plain-scan.js');
    const fresh = await import('../../src/pipeline/normalize.js');
    expect(scan.wasmPlainScanAvailable()).toBe(false);
    const input = 'Degree in CS \u2013 Python & SQL\r\n'.repeat(8);
    const n = fresh.normalize(input, 'text');
    expect(scan.lastPlainScan()).toBe('regex');
    expect(n.text).toBe('Degree in CS - Python & SQL\n'.repeat(8));
  });
});
