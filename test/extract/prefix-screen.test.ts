import { describe, expect, test } from 'vitest';
import { Openings, plainPrefixes } from '../../src/refiners/unit-words.js';
import { foldedQuad } from '../../src/taxonomy/tokenize.js';

// plainPrefixes keys a screen of word openings (Openings) on the first four letters of words or regex sources, as
// the zone openers and closers of the education reader are screened.
describe('plainPrefixes', () => {
  test('lets through every place where one of its words starts, in any case', () => {
    const screen = new Openings([{ bit: 1, quads: plainPrefixes(['majoring', 'concentration in', 'degree (?:in|of)']) }]);
    const text = 'BS, Majoring in CS; a CONCENTRATION in stats; degrees of';
    const lit = (p: number): boolean => (screen.byQuad[foldedQuad(text.charCodeAt(p), text.charCodeAt(p + 1), text.charCodeAt(p + 2), text.charCodeAt(p + 3))]! & 1) === 1;
    for (const word of ['Majoring', 'CONCENTRATION', 'degrees']) expect(lit(text.indexOf(word))).toBe(true);
    expect(lit(text.indexOf('stats'))).toBe(false);
  });

  test('refuses a source it could not screen whole', () => {
    // Only the first alternative's letters would be keyed: "field" would be dropped without a word.
    expect(() => plainPrefixes(['major|field'])).toThrow(/first alternative/);
    expect(() => plainPrefixes(['(?:major)'])).toThrow(/four plain letters/);
    // An alternative inside a group, or a "|" in a character class, is fine.
    expect(() => plainPrefixes(['degree (?:in|of)', 'with[|]x'])).not.toThrow();
  });
});
