/**
 * Number words as they appear in years-of-experience phrases ("five years", "three (3) years", "two-plus years").
 * Lower case; looked up after lower-casing the token.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['twenty-five', 25], ['thirty', 30],
]);

/** Alternation of the number words for building patterns, longest first so "twenty-five" wins over "twenty". */
export const NUMBER_WORD_PATTERN: string = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Parses a digit string or a number word; NaN when it is neither. */
export function parseNumberToken(token: string): number {
  const t = token.toLowerCase();
  const word = NUMBER_WORDS.get(t);
  if (word !== undefined) return word;
  return /^\d{1,3}(?:\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}
