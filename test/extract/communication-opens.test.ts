import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COMMUNICATION_PATTERNS } from '../../src/lexicon/communication.js';
import { textWithJunk } from '../laws/arbitraries.js';

/**
 * A pattern with `opens` is run only from the first token of a unit that holds one of those words, so every match it
 * can make must open inside such a token: a match that opened earlier, in a token holding none, would be lost.
 */
const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The matches of `re` over `text` that open in a token holding none of `words` (none when the promise holds). */
function matchesOpeningElsewhere(text: string, words: readonly string[], re: RegExp): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const bad: string[] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    let s = m.index;
    let e = m.index;
    while (s > 0 && isWordChar(text[s - 1])) s--;
    while (e < text.length && isWordChar(text[e])) e++;
    const token = text.slice(s, Math.max(e, m.index + 1)).toLowerCase();
    if (!words.some((w) => token.includes(w))) bad.push(m[0]);
    if (global.lastIndex === m.index) global.lastIndex++;
  }
  return bad;
}

const WITH_OPENS = COMMUNICATION_PATTERNS.filter((p) => p.opens !== undefined);

/** Sentences that come near each pattern's shape, with the opening word in odd places. */
const PIECES = [
  'written', 'Verbal', 'oral', 'communication', 'communicate', 'Communications', 'telecommunications', 'communicators',
  'present', 'presenting', 'explain', 'convey', 'articulate', 'relay', 'share', 'sharing', 'translate', 'educate',
  'insights', 'findings', 'results', 'recommendations', 'speak', 'speaking', 'skills', 'and', '&', '/', 'or', ',', '(',
  'both', 'to', 'on', 'about', 'at', 'conferences', 'stakeholders', 'non-technical', 'business', 'audiences', 'data',
  'stories', 'story', 'telling', 'the', 'team', 'x_oral', 'doctoral', 'miscommunication',
];
const nearText = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((words) => words.join(' '));

describe('communication patterns that say how their matches open', () => {
  test('the lexicon has such patterns', () => {
    expect(WITH_OPENS.length).toBeGreaterThanOrEqual(10);
  });

  test('every match over the 596 corpus postings opens inside a token holding one of its opening words', () => {
    let matches = 0;
    for (const { re, opens } of WITH_OPENS) {
      for (const text of corpus) {
        expect(matchesOpeningElsewhere(text, opens!, re), re.source).toEqual([]);
        matches += (text.match(new RegExp(re.source, `${re.flags}g`)) ?? []).length;
      }
    }
    expect(matches).toBeGreaterThan(300);
  });

  test('and over generated text near the patterns, with hostile characters', () => {
    fc.assert(
      fc.property(fc.oneof(nearText, textWithJunk), (text) => {
        for (const { re, opens } of WITH_OPENS) expect(matchesOpeningElsewhere(text, opens!, re), re.source).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
