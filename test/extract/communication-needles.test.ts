import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NEEDLES, extractCommunication, needlesAt } from '../../src/extractors/communication.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { textWithJunk } from '../laws/arbitraries.js';

/**
 * `needlesAt` screens each place by its first two characters before it compares a needle there. It must answer as a
 * plain search does: every needle that occurs in the range, in any ASCII case, even inside a longer word.
 */
const ALL = NEEDLES.reduce((bits, _w, n) => bits | (1 << n), 0);

/** The plain search: the needles (as bits) that `text[from, to)` holds, ASCII capitals lower-cased. */
function plainSearch(text: string, from: number, to: number): number {
  const range = text.slice(from, to).replace(/[A-Z]/g, (c) => c.toLowerCase());
  return NEEDLES.reduce((bits, w, n) => (range.includes(w) ? bits | (1 << n) : bits), 0);
}

const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('communication needles: the two-letter screen misses no needle', () => {
  test.each([
    ['miscommunication', ['communicat']],
    ['REPRESENTATIONS', ['present']],
    ['Storytelling', ['story']],
    ['sharing', ['shar']],
    ['collaborate', []],
    ['research', []],
    ['oral', ['oral']],
    ['presentpresent', ['present']],
    ['prepresent', ['present']],
    ['Communicators', ['communicat']],
  ])('%s holds %j', (word, expected) => {
    const found = needlesAt(word, 0, word.length, ALL);
    expect(NEEDLES.filter((_w, n) => (found & (1 << n)) !== 0).sort()).toEqual([...expected].sort());
  });

  test('every word of the 596 corpus postings', () => {
    for (const text of corpus) {
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const from = m.index;
        const to = from + m[0].length;
        expect(needlesAt(text, from, to, ALL)).toBe(plainSearch(text, from, to));
      }
    }
  });

  /** Needles in either case, glued to each other and to arbitrary text. */
  const nearNeedles = fc
    .array(fc.oneof(fc.constantFrom(...NEEDLES, ...NEEDLES.map((w) => w.toUpperCase()), 'Pr', 'co', 'o', 'x'), textWithJunk), { maxLength: 6 })
    .map((parts) => parts.join(''));

  test('arbitrary text near the needles, arbitrary ranges, and subsets of the needles asked', () => {
    fc.assert(
      fc.property(nearNeedles, fc.nat(), fc.nat(), fc.integer({ min: 0, max: ALL }), (text, a, b, maybe) => {
        const from = text.length === 0 ? 0 : a % text.length;
        const to = Math.min(text.length, from + (b % 40));
        expect(needlesAt(text, from, to, maybe)).toBe(plainSearch(text, from, to) & maybe);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('communication: more tokens holding a needle than the held list first has room for (256)', () => {
  test('every one of 300 asking units is found, the first ones too', () => {
    const lines = Array.from({ length: 300 }, (_, k) => `${k + 1}. Strong written communication skills for report number ${k + 1}.`);
    const doc = segment(normalize(['Requirements:', ...lines].join('\n')));
    const found = extractCommunication(doc);
    expect(found).toHaveLength(300);
    expect(doc.text.slice(found[0]!.start, found[0]!.end)).toMatch(/communication/i);
  });
});
