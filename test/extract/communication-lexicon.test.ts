import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMUNICATION_PATTERNS } from '../../src/lexicon/communication.js';
import { readJsonl } from '../helpers/fixtures.js';

// The extractor runs a pattern only in units holding one of its `needs` words: a pattern that can match without
// them would miss asks silently. Check every match in real postings.
const corpus = [
  ...readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
  ...readJsonl<{ text: string }>('gold-holdout.jsonl').map((r) => r.text),
  ...readJsonl<{ text: string }>('skillspan-dev.jsonl').map((r) => r.text),
];

describe('communication lexicon: every match holds a word the extractor looks for', () => {
  it.each(COMMUNICATION_PATTERNS.map((p, i) => [i, p.kind, p] as const))('pattern %i (%s)', (_i, _kind, pattern) => {
    const global = new RegExp(pattern.re.source, pattern.re.flags.includes('g') ? pattern.re.flags : pattern.re.flags + 'g');
    let matches = 0;
    for (const text of corpus) {
      for (const m of text.matchAll(global)) {
        matches++;
        const found = m[0].toLowerCase();
        expect(pattern.needs.some((w) => found.includes(w)), `"${m[0]}" holds none of ${pattern.needs.join(', ')}`).toBe(true);
      }
    }
    // A pattern that never matches real postings is either dead or broken: every one has at least one use.
    expect(matches).toBeGreaterThan(0);
  });
});
