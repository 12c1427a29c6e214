import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { classifyHeading, HEADING_VOCABULARY as VOCABULARY, segment } from '../../src/pipeline/segment.js';
import { firstTokenFrom, tokenize } from '../../src/taxonomy/tokenize.js';

// The heading pre-check (segment.ts) rejects a short line when more of its words than a colon allows are foreign to
// every heading word (the cue phrases' words and the filler).

function exceeds(line: string, limit: number): boolean {
  const tokens = tokenize(line);
  return VOCABULARY.foreignWordsExceed(tokens, firstTokenFrom(tokens, 0), 0, line.length, limit);
}

describe('TokenVocabulary.foreignWordsExceed', () => {
  it.each([
    // Headings of corpus postings: every word a cue word or filler.
    ['Preferred Qualifications', 0],
    ['Job Description', 0],
    ['Responsibilities', 0],
    ["What You'll Need", 0],
    // One foreign word is what a colon allows ("Security Clearance Requirements:").
    ['Security Requirements', 1],
  ])('%j holds no more than %i foreign words', (line, limit) => {
    expect(exceeds(line, limit)).toBe(false);
  });

  it.each([
    ['Experience with Reinforcement Learning', 0],
    ['SAS and R experience', 0],
    ['3+ years of experience with real-world datasets', 1],
    ['Experience with the Mac/Linux command line', 1],
    // A symbol between words separates them for the tokens and the heading reader alike.
    ['Python\u2022SQL\u2022Tableau', 0],
    ['Python\u2605SQL', 1],
  ])('%j holds more than %i foreign words', (line, limit) => {
    expect(exceeds(line, limit)).toBe(true);
  });

  it.each([
    // Words the tokens may split otherwise than the heading reader are not counted: beyond ASCII, affixed.
    ['Expérience Sécurité Réseau', 0],
    ['.NET C++ C#', 0],
  ])('%j: no token that is not a word whole is counted', (line, limit) => {
    expect(exceeds(line, limit)).toBe(false);
  });

  it('never rejects a line that reads as a heading (every short line of the 596 corpus postings)', () => {
    const texts = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let headings = 0;
    for (const raw of texts) {
      const text = normalize(raw).text;
      const tokens = tokenize(text);
      let from = 0;
      for (const line of text.split('\n')) {
        const to = from + line.length;
        if (line.length > 0 && line.length <= 72) {
          const first = firstTokenFrom(tokens, from);
          for (const colon of [false, true]) {
            if (classifyHeading(line, colon) === null) continue;
            headings++;
            expect(VOCABULARY.foreignWordsExceed(tokens, first, from, to, colon ? 1 : 0), line).toBe(false);
          }
        }
        from = to + 1;
      }
    }
    expect(headings).toBeGreaterThan(1000);
  });
});

describe('candidate headings read again (segment remembers the answers by text and colon)', () => {
  // "Security Requirements:" is a heading (one word beside the cue, allowed by the colon); the same words without
  // the colon are content. Read in either order, each keeps its own reading.
  const withColon = 'About us\nSecurity Requirements:\nActive clearance.';
  const without = 'About us\nSecurity Requirements\nActive clearance.';
  const kindOfLine = (text: string): [string, string] => {
    const doc = segment(normalize(text));
    const unit = doc.units.find((u) => text.slice(u.start, u.end).startsWith('Security'))!;
    return [unit.kind, unit.section];
  };
  it.each([
    [[withColon, without, withColon]],
    [[without, withColon, without]],
  ])('order %#', (texts) => {
    for (const text of texts) {
      expect(kindOfLine(text)).toEqual(text === withColon ? ['heading', 'requirements'] : ['sentence', 'about']);
    }
  });
});
