import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TokenWordMap, TokenWordSet } from '../../src/extractors/token-words.js';
import { tokenize } from '../../src/taxonomy/tokenize.js';

// Lexicon lookups read on the token in place must answer what a lookup of `tokens.word(i)` answers.
const GLUE = new TokenWordSet(['and', 'or', 'as', 'well', 'e', 'g']);
const VERBS = new TokenWordMap<string>([['analyze', 'data-analysis'], ['visualizing', 'data-visualization'], ['naïve', 'wide']]);

// [sentence (from the corpus), token index, expected] — expectations read from the sentence.
const SET_CASES: [string, number, boolean][] = [
  ['Python, R, Scala,\nJulia, or SAS', 4, true], // "or"
  ['Python, R, Scala,\nJulia, or SAS', 3, false], // "Julia"
  ['Knowledge of SQL AND Python', 3, true], // "AND" in capitals is "and"
  ['Knowledge of SQL ANDROID', 3, false], // a longer word that starts like one
  ['Tools such as Excel, Tableau, e.g. Power BI', 5, true], // "e" of "e.g."
  ['Python, R, Scala,\nJulia, or SAS', 99, false], // past the end: ''
  ['Python, R, Scala,\nJulia, or SAS', -1, false], // before the start: ''
  ['Experience with C++ and C#', 3, true], // "and" after an affixed token
];

const MAP_CASES: [string, number, string | undefined][] = [
  ['Ability to analyze large data sets', 2, 'data-analysis'],
  ['Ability to ANALYZE large data sets', 2, 'data-analysis'],
  ['Ability to analyzes large data sets', 2, undefined], // not a listed form
  ['Computing and visualizing live metrics', 2, 'data-visualization'],
  ['A naïve Bayes classifier', 1, 'wide'], // a word beyond ASCII is read by its string
  ['A NAÏVE Bayes classifier', 1, 'wide'],
  ['A naive Bayes classifier', 1, undefined], // the ASCII spelling is another word
];

describe('TokenWordSet / TokenWordMap', () => {
  test.each(SET_CASES)('set: %j token %i -> %s', (sentence, i, expected) => {
    expect(GLUE.has(tokenize(sentence), i)).toBe(expected);
  });

  test.each(MAP_CASES)('map: %j token %i -> %s', (sentence, i, expected) => {
    expect(VERBS.get(tokenize(sentence), i)).toBe(expected);
  });

  test('answers as the set does on the token strings, on random texts', () => {
    const words = ['and', 'or', 'data', 'c++', '.net', 'ß', 'naïve', 'r', 'go'];
    const set = new Set(words);
    const byToken = new TokenWordSet(words);
    const piece = fc.constantFrom('and', 'AND', 'Or', 'data', 'DATA', 'C++', '.NET', 'ß', 'SS', 'Naïve', 'NAÏVE', 'R', 'go', 'Go', 'x', ' ', ', ', '-', '.', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const tokens = tokenize(pieces.join(''));
        for (let i = -1; i <= tokens.count; i++) expect(byToken.has(tokens, i)).toBe(set.has(tokens.word(i)));
      }),
      { numRuns: 2000 },
    );
  });
});
