import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { WordSpans } from '../../src/pipeline/phrases.js';
import { tokenize } from '../../src/taxonomy/tokenize.js';
import { anyText, textWithJunk } from '../laws/arbitraries.js';

// Headings are read from the document's tokens (WordSpans.readTokens) where that gives what reading the characters
// (WordSpans.read) gives: the two agree, or readTokens declines.

function agree(text: string, start: number, end: number): void {
  const fromTokens = new WordSpans(9);
  if (!fromTokens.readTokens(tokenize(text), start, end)) return;
  const fromText = new WordSpans(9).read(text, start, end);
  const words = (w: WordSpans) => ({ count: w.count, more: w.more, spans: Array.from({ length: w.count }, (_, i) => [w.start[i], w.end[i], w.hash[i]]) });
  expect(words(fromTokens), JSON.stringify(text.slice(start, end))).toEqual(words(fromText));
}

describe('WordSpans.readTokens', () => {
  it('reads what read reads, or declines, on any range of any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, textWithJunk), fc.nat(), fc.nat(), (text, a, b) => {
        const x = text.length === 0 ? 0 : a % (text.length + 1);
        const y = text.length === 0 ? 0 : b % (text.length + 1);
        agree(text, Math.min(x, y), Math.max(x, y));
      }),
      { numRuns: 500 },
    );
  });

  it('reads what read reads, or declines, on every line of the corpus postings', () => {
    const texts = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 150)
      .map((l) => normalize((JSON.parse(l) as { text: string }).text).text);
    for (const text of texts) {
      let from = 0;
      for (const line of text.split('\n')) {
        agree(text, from, from + line.length);
        from += line.length + 1;
      }
    }
  });
});
