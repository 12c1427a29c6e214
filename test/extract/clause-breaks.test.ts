/**
 * Clause breaks of the required / preferred reading (src/refiners/clauses.ts). Each text puts the cue of the other
 * clause nearer to the degree than the degree's own cue, so the reading is right only when the break between them is
 * found: without it the nearest strong cue of the whole unit would win.
 */
import { describe, expect, it } from 'vitest';
import { clauseReader } from '../../src/refiners/clauses.js';

const readAt = (text: string, word: string): boolean | null => clauseReader(text, 0, text.length).read(text.indexOf(word));

const FAR_PREFERENCE = 'Ideally, after some years of practice in a similar team, you would hold a';

describe('clause breaks', () => {
  it.each([
    ['";"', `${FAR_PREFERENCE} Bachelor's degree; required travel of 20% a month`],
    ['". "', `${FAR_PREFERENCE} Bachelor's degree. Required travel of 20% a month`],
    ['" - "', `${FAR_PREFERENCE} Bachelor's degree - required travel of 20% a month`],
    ['" You" after a lower-case word (a sentence whose stop was lost)', `${FAR_PREFERENCE} Bachelor's degree You are required to travel 20% a month`],
    ['" We" after a lower-case word', `${FAR_PREFERENCE} Bachelor's degree We are required to ask for travel of 20% a month`],
  ])('%s ends the preferred clause before a requirement', (_break, text) => {
    expect(readAt(text, "Bachelor's")).toBe(false);
  });

  it('" and preferably" starts a clause of its own', () => {
    const text = "Required for this role, after many years of trust and growth in our team: a Bachelor's degree and preferably a Master's";
    expect(readAt(text, "Bachelor's")).toBe(true);
    expect(readAt(text, "Master's")).toBe(false);
  });

  it('breaks nothing where the pieces stand otherwise', () => {
    // "You" after a capital or a digit, "-" inside a word or without a space after it, "and" not before
    // "preferably" / "ideally": no break, so the nearer requirement decides.
    for (const text of [
      `${FAR_PREFERENCE} Bachelor's degree in AI You are required to travel 20% a month`,
      `${FAR_PREFERENCE} Bachelor's degree by 2021 You are required to travel 20% a month`,
      `${FAR_PREFERENCE} Bachelor's degree-required travel of 20% a month`,
      `${FAR_PREFERENCE} Bachelor's degree -required travel of 20% a month`,
      `${FAR_PREFERENCE} Bachelor's degree and required travel of 20% a month`,
    ]) {
      expect(readAt(text, "Bachelor's")).toBe(true);
    }
  });
});
