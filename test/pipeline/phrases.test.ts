import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { lowerWords, matchPhraseAt, matchShapeAt, shapeCodes } from '../../src/pipeline/phrases.js';
import { segment, sentenceBreakRoom } from '../../src/pipeline/segment.js';
import { EEO_SENTENCE_CUES, HEADING_CUES, INLINE_HEADINGS, PREFERENCE_CUES, REQUIREMENT_CUES } from '../../src/lexicon/section-cues.js';
import { readJsonl } from '../helpers/fixtures.js';

// The cue scan matches a phrase of [a-z0-9] words on its character codes (matchShapeAt), other phrases on the text
// of their words (matchPhraseAt). Both must give the same end at every position of every text.

const CUE_WORDS = [
  ...PREFERENCE_CUES, ...REQUIREMENT_CUES, ...EEO_SENTENCE_CUES, ...INLINE_HEADINGS, ...HEADING_CUES.flatMap((g) => g.phrases),
].map((p) => lowerWords(p));
/** Words with digits: a code test that folds 0x10-0x19 onto the digits (the bit 0x20 alone) would take "a\x11" for "a1". */
const DIGIT_WORDS = [['a1'], ['x9', 'b2'], ['2nd', 'shift'], ['k'], ['i', 'a']];

function sameEverywhere(text: string, phrases: readonly string[][]): void {
  for (const words of phrases) {
    const { codes, wordEnds } = shapeCodes(words);
    expect(codes).not.toBeNull();
    for (let pos = 0; pos < text.length; pos++) {
      const expected = matchPhraseAt(text, pos, text.length, words);
      const got = matchShapeAt(text, pos, text.length, codes!, wordEnds, words);
      if (got !== expected) expect({ text, pos, words, got }).toEqual({ text, pos, words, got: expected });
    }
  }
}

describe('matchShapeAt', () => {
  it('matches the cue phrases where matchPhraseAt does, over corpus postings', () => {
    const texts = readJsonl<{ text: string }>('gold-dev.jsonl').slice(0, 12).map((r) => normalize(r.text).text);
    for (const text of texts) sameEverywhere(text, CUE_WORDS);
  });

  it.each([
    ['Nice-to-have: Python', [['nice', 'to', 'have']], 0, 12],
    ['EXPERIENCE WITH SQL', [['experience']], 0, 10],
    ['experienced engineer', [['experience']], 0, -1],
    ['is  a   plus', [['is', 'a', 'plus']], 0, 12],
    ['a\u0011 shift', [['a1']], 0, -1],
    ['A1 or x9-B2', [['a1']], 0, 2],
    ['\u212Aey skills', [['k']], 0, -1], // KELVIN SIGN lower-cases to "k" but "\u212Aey" is one word
    ['\u212A skills', [['k']], 0, 1],
  ])('%j', (text, phrases, pos, end) => {
    const [words] = phrases;
    const { codes, wordEnds } = shapeCodes(words!);
    expect(matchShapeAt(text, pos, text.length, codes!, wordEnds, words!)).toBe(end);
    expect(matchPhraseAt(text, pos, text.length, words!)).toBe(end);
  });

  it('matches where matchPhraseAt does, over generated text of look-alike characters', () => {
    const alphabet = ['a', 'A', '1', '\u0011', 'x', 'X', '9', '\u0019', 'b', 'B', '2', '\u0012', 'k', 'K', '\u212A', 'i', 'I', '\u0130', 'n', 'd', 's', 'h', 'f', 't', ' ', '-', "'", '&', '/', '.', '\u2022', '\u00e9'];
    const phrases = [...DIGIT_WORDS, ['a', 'plus'], ['nice', 'to', 'have']];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join('')), (text) => sameEverywhere(text, phrases)),
      { numRuns: 400 },
    );
  });
});

describe('segment: one document at a time', () => {
  // The cue and stop lists are reused from document to document: nothing of one may show in the next.
  const lines = ['Preferred Qualifications:', 'Python is a plus.', 'Must have 5 years of SQL.', 'We are an equal opportunity employer.'];
  // 4,400 lines: 1,100 preference cues and 3,300 stops, past the 1,024 positions a list keeps between documents, so
  // each list grows (and must keep what it held) while it is filled.
  const dense = Array.from({ length: 4400 }, (_, k) => lines[k % lines.length]).join('\n');
  const plain = readJsonl<{ text: string }>('gold-dev.jsonl').slice(0, 6).map((r) => r.text);

  it('segments a posting the same after a long, cue-dense document as before it', () => {
    const before = plain.map((t) => JSON.stringify(segment(normalize(t)), ['sections', 'units', 'kind', 'heading', 'start', 'end', 'sectionIndex', 'section', 'preferred', 'line']));
    segment(normalize(dense));
    const after = plain.map((t) => JSON.stringify(segment(normalize(t)), ['sections', 'units', 'kind', 'heading', 'start', 'end', 'sectionIndex', 'section', 'preferred', 'line']));
    expect(after).toEqual(before);
  });

  it('reads the cue-dense document itself whole: each "is a plus" bullet under its preferred heading is preferred', () => {
    const doc = segment(normalize(dense));
    const plusUnits = doc.units.filter((u) => doc.text.slice(u.start, u.end) === 'Python is a plus.');
    expect(plusUnits).toHaveLength(1100);
    expect(plusUnits.every((u) => u.preferred)).toBe(true);
  });

  it('keeps every cue of a list while it grows: 1,100 lines that each say "is a plus", under no heading', () => {
    // No preferred heading here: each line is preferred only through its own cue, found in the growing list.
    const asks = Array.from({ length: 1100 }, (_, k) => `Experience with tool number ${k + 1} is a plus`).join('\n');
    const doc = segment(normalize(`Data Engineer\nWe build data pipelines for our clients.\n${asks}`));
    const plusUnits = doc.units.filter((u) => doc.text.slice(u.start, u.end).endsWith('is a plus'));
    expect(plusUnits).toHaveLength(1100);
    expect(plusUnits.filter((u) => !u.preferred).map((u) => doc.text.slice(u.start, u.end))).toEqual([]);
  });
});

describe('segment: what a huge line leaves behind', () => {
  it('lets go of the sentence-break room a line of 20,000 sentences grew', () => {
    const small = 'Requirements:\nBS in Computer Science. 3 years of Python.';
    segment(normalize(small));
    const before = sentenceBreakRoom();
    const doc = segment(normalize('We need Go. '.repeat(20_000)));
    // The line was cut into its sentences (each "We need Go." a unit of its own)...
    expect(doc.units.length).toBe(20_000);
    // ...and the room for its 19,999 cuts was not kept for the next documents.
    expect(sentenceBreakRoom()).toBeLessThanOrEqual(Math.max(before, 1 << 12));
  });
});
