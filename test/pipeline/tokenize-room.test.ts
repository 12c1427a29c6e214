import { describe, expect, it } from 'vitest';
import { TRIGGER_SHAPES } from '../../src/refiners/education-triggers.js';
import { BULLET } from '../../src/lexicon/unicode-folding.js';
import { CharMarks, ShapeScreen, abandonTokens, giveBackTokens, loansOutstanding, scratchRoom, shareTokens, tokenize, type Tokens } from '../../src/taxonomy/tokenize.js';
import { createExtractor, summarizeBatchOf } from '../../src/extract.js';
import { normalizedCorpus, random, randomShapeScreen } from '../helpers/tokens.js';

// tokenize makes room for the most tokens and marks a range can hold before its loop and never checks inside it
// (a typed array drops a write past its end without a word), and reads the opening tests of a ShapeScreen from one
// table derived from `pairs` and `wordLetters`. Both are held here to the rules as the tokenizer's comments state
// them, written out plainly.

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isTokenChar = (c: number): boolean =>
  isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
const MARKED = new Set(['\n', '.', '!', '?', BULLET].map((c) => c.charCodeAt(0)));

/**
 * Tokens (start, end) of text[0, n), by the rules in tokenize.ts's header, and its marks: where every line break,
 * ". ! ?" and bullet stands (none of them is a token's character).
 */
function reference(text: string): { tokens: [number, number][]; marks: number[] } {
  const tokens: [number, number][] = [];
  const marks: number[] = [];
  for (let k = 0; k < text.length; k++) if (MARKED.has(text.charCodeAt(k))) marks.push(k);
  const to = text.length;
  let i = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    // A "." that starts a word (".NET") opens a token; a "." right after a token ended it and is skipped below.
    const leadingDot = c === 0x2e && i + 1 < to && isAsciiLetter(text.charCodeAt(i + 1)) && (i === 0 || !isTokenChar(text.charCodeAt(i - 1)));
    if (!isTokenChar(c) && !leadingDot) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isTokenChar(text.charCodeAt(j))) j++;
    let next = j + 1;
    const stop = j < to ? text[j] : '';
    if ((stop === '+' || stop === '#') && isAsciiLetter(text.charCodeAt(j - 1))) {
      let k = j;
      while (k < to && k - j < 2 && (text[k] === '+' || text[k] === '#')) k++;
      if (k >= to || !isAsciiLetter(text.charCodeAt(k))) {
        j = k;
        next = k;
      }
    }
    tokens.push([i, j]);
    i = next;
  }
  return { tokens, marks };
}

function spans(tokens: Tokens): [number, number][] {
  return Array.from({ length: tokens.count }, (_, t) => [tokens.start[t]!, tokens.end[t]!] as [number, number]);
}

const CORPUS = normalizedCorpus(60);

/** Texts that pack the most tokens and marks per character, past the scratch arrays' first sizes (1,024). */
const DENSE = [
  'a '.repeat(3000),
  'a.'.repeat(3000),
  '.a'.repeat(3000),
  'C#1'.repeat(2000),
  'C++'.repeat(2000),
  'a+b#'.repeat(1500),
  '.NET '.repeat(1200),
  '\n'.repeat(5000),
  `!?.\n${BULLET}`.repeat(1200),
  'x'.repeat(5000),
  'é’a'.repeat(2000),
];

describe('tokenize: room for every token and mark', () => {
  it.each(DENSE.map((text) => [JSON.stringify(text.slice(0, 12)), text]))('%s... gives every token and mark', (_, text) => {
    const expected = reference(text);
    const marks = new CharMarks();
    expect(spans(tokenize(text, 0, text.length, null, null, false, marks))).toEqual(expected.tokens);
    expect(Array.from(marks.at.subarray(0, marks.count))).toEqual(expected.marks);
  });

  it('generated text over a tight alphabet, long and short in turn', () => {
    const next = random(7);
    const alphabet = ['a', 'Z', '7', '.', '+', '#', ' ', '\n', '!', '?', BULLET, '\u2022', 'é', '’', '-'];
    const marks = new CharMarks();
    for (let round = 0; round < 60; round++) {
      const length = round % 2 === 0 ? 3000 + Math.floor(next() * 3000) : Math.floor(next() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const expected = reference(text);
      expect(spans(tokenize(text, 0, text.length, null, null, false, marks))).toEqual(expected.tokens);
      expect(Array.from(marks.at.subarray(0, marks.count))).toEqual(expected.marks);
    }
  });

  it('corpus postings', () => {
    const marks = new CharMarks();
    for (const text of CORPUS) {
      const expected = reference(text);
      expect(spans(tokenize(text, 0, text.length, null, null, false, marks))).toEqual(expected.tokens);
      expect(Array.from(marks.at.subarray(0, marks.count))).toEqual(expected.marks);
    }
  });
});

/** The tokens a ShapeScreen lets through, by the rules in its comment. */
function shapedByRule(tokens: Tokens, screen: ShapeScreen): number[] {
  const { text } = tokens;
  const at = (k: number): number => text.charCodeAt(Math.min(Math.max(k, 0), text.length - 1));
  const fold = (c: number): number => (c | 0x20) & 31;
  const out: number[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.start[t]!;
    const e = tokens.end[t]!;
    const letters = tokens.letters[t]!;
    const first = at(s);
    const second = at(s + 1);
    const pairBits = screen.pairs[((first & 0x7f) << 7) | (second & 0x7f)]!;
    const wordLetters = screen.wordLetters[(fold(first) << 5) | fold(second)]!;
    const ends = screen.ends[(fold(at(Math.max(e - 2, s))) << 5) | fold(at(e - 1))]!;
    const passes =
      (pairBits & 1) !== 0 ||
      ((pairBits & 2) !== 0 && e - s <= 8) ||
      (letters & wordLetters) === wordLetters ||
      (ends === 1 && (letters & screen.endLetters) !== 0) ||
      tokens.nonAscii[t] === 1;
    if (passes) out.push(t);
  }
  return out;
}

describe('tokenize: the shape screen', () => {
  it('lets through the corpus tokens the rules let through (education triggers)', () => {
    for (const text of CORPUS) {
      const tokens = tokenize(text, 0, text.length, null, null, false, null, TRIGGER_SHAPES);
      expect(Array.from(tokens.shaped)).toEqual(shapedByRule(tokens, TRIGGER_SHAPES));
    }
  });

  it('lets through the tokens the rules let through, for generated screens and text', () => {
    const next = random(11);
    const alphabet = 'abmsyrtBMSPhD.+#12 é\n';
    for (let round = 0; round < 40; round++) {
      const screen = randomShapeScreen(next);
      let text = '';
      for (let k = 0; k < 2000; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const tokens = tokenize(text, 0, text.length, null, null, false, null, screen);
      expect(Array.from(tokens.shaped)).toEqual(shapedByRule(tokens, screen));
    }
  });
});

describe('scratch room after a huge document', () => {
  // ~600k characters of words: room for ~300k tokens is reserved, far past what ordinary postings need.
  const huge = 'Python and SQL, 5+ years. '.repeat(24_000);
  const small = 'Bachelor in Computer Science; Python.';

  it('is let go after a copied result, and the tokens stay whole', () => {
    const tokens = tokenize(huge);
    expect(scratchRoom()).toBeLessThanOrEqual(1 << 16);
    // The result was copied out before the arrays were dropped: its last token is still the text's last word.
    expect(tokens.end[tokens.count - 1]).toBe(huge.length - 2); // "years" then ". "
    expect(tokens.word(tokens.count - 1)).toBe('years');
  });

  it('is not kept as the spare set when a loan of it is given back', () => {
    const owner = {};
    const lentTokens = tokenize(huge, 0, huge.length, null, null, true);
    shareTokens(owner, lentTokens);
    expect(lentTokens.word(lentTokens.count - 1)).toBe('years');
    giveBackTokens(owner);
    // The next loan installs the spare set (or a fresh one) as scratch: it must not be the huge set given back.
    const next = {};
    shareTokens(next, tokenize(small, 0, small.length, null, null, true));
    expect(scratchRoom()).toBeLessThanOrEqual(1 << 16);
    giveBackTokens(next);
  });

  it('is kept for an ordinary posting (no new arrays per document)', () => {
    tokenize(small);
    const room = scratchRoom();
    tokenize(small);
    expect(scratchRoom()).toBe(room);
  });
});

describe('loans of scratch arrays', () => {
  const small = 'Bachelor in Computer Science; Python.';

  it('end when their owner gives them back, or, never shared, when abandoned; a shared one is not abandoned', () => {
    const start = loansOutstanding();
    const a = tokenize(small, 0, small.length, null, null, true);
    expect(loansOutstanding()).toBe(start + 1);
    abandonTokens(a);
    expect(loansOutstanding()).toBe(start);
    const owner = {};
    const b = tokenize(small, 0, small.length, null, null, true);
    shareTokens(owner, b);
    abandonTokens(b);
    expect(loansOutstanding()).toBe(start + 1);
    giveBackTokens(owner);
    expect(loansOutstanding()).toBe(start);
  });

  it('past eight at once are copies, which read the same as the loans', () => {
    const start = loansOutstanding();
    const texts = Array.from({ length: 12 }, (_, i) => `Skill ${i}: Python, SQL and C++ for ${i + 2} years.`);
    const held = texts.map((t) => tokenize(t, 0, t.length, null, null, true));
    expect(loansOutstanding()).toBe(start + 8);
    held.forEach((tokens, i) => {
      const copy = tokenize(texts[i]!);
      expect(Array.from(tokens.start)).toEqual(Array.from(copy.start));
      expect(Array.from(tokens.hash)).toEqual(Array.from(copy.hash));
      expect(tokens.word(tokens.count - 1)).toBe('years');
    });
    held.forEach((tokens) => abandonTokens(tokens));
    expect(loansOutstanding()).toBe(start);
  });

  it('are all given back after an extraction and after a batch of more documents than loans', () => {
    const ex = createExtractor();
    const start = loansOutstanding();
    ex.extract(small);
    ex.summarize(small);
    expect(loansOutstanding()).toBe(start);
    summarizeBatchOf(ex)(Array.from({ length: 11 }, (_, i) => `${small} Line ${i}.`));
    expect(loansOutstanding()).toBe(start);
  });
});
