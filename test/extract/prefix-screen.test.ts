import { describe, expect, test } from 'vitest';
import { PrefixScreen } from '../../src/refiners/unit-words.js';

describe('PrefixScreen', () => {
  test('lets through every place where one of its words starts, in any case', () => {
    const screen = new PrefixScreen(['majoring', 'concentration in', 'degree (?:in|of)']);
    const text = 'BS, Majoring in CS; a CONCENTRATION in stats; degrees of';
    for (const word of ['Majoring', 'CONCENTRATION', 'degrees']) expect(screen.mayStartAt(text, text.indexOf(word))).toBe(true);
    // Reads no character past the end of the text.
    expect(screen.mayStartAt('deg', 0)).toBe(false);
  });

  test('refuses a source it could not screen whole', () => {
    // Only the first alternative's letters would be keyed: "field" would be dropped without a word.
    expect(() => new PrefixScreen(['major|field'])).toThrow(/first alternative/);
    expect(() => new PrefixScreen(['(?:major)'])).toThrow(/four plain letters/);
    // An alternative inside a group, or a "|" in a character class, is fine.
    expect(() => new PrefixScreen(['degree (?:in|of)', 'with[|]x'])).not.toThrow();
  });
});
