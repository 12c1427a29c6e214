import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileTaxonomy } from '../../src/taxonomy/matcher.js';
import { resolveTaxonomy } from '../../src/taxonomy/resolve.js';
import { giveBackTokens, shareTokens, tokenize, tokensOf, wordHash, type Tokens } from '../../src/taxonomy/tokenize.js';
import { anyText } from '../laws/arbitraries.js';

const taxonomy = compileTaxonomy(resolveTaxonomy(undefined));
/** A watch of a few words of one's own, as the skills extractor watches the data phrase heads. */
const watch = new Int32Array(0x10000 >>> 5);
for (const w of ['data', 'analyzing', 'visualizing']) {
  const h = wordHash(w) & 0xffff;
  watch[h >>> 5] = watch[h >>> 5]! | (1 << (h & 31));
}
const starts = taxonomy.startBits(watch);

/** What the scan with `watch` finds, as plain values (the watched list is a view of a shared buffer: copied at once). */
function scanOf(tokens: Tokens): { candidates: [number, number, string][]; watched: number[] } {
  const { candidates, watched } = taxonomy.scanTokens(tokens, watch);
  return { candidates: candidates.map((c) => [c.start, c.end, c.terminals[0]!.form]), watched: [...watched] };
}

// Real sentences from the corpus, and the traps of the matcher's first pass: glued versions ("Python3"), affixed
// tokens ("C++", ".NET"), letters beyond ASCII, digits alone.
const SENTENCES = [
  'Strong programming skills in Python3, R, SQL, C++ and .NET; experience with TensorFlow2 is a plus.',
  'Experience with big data tools (Hadoop, Spark, Kafka) and cloud platforms such as AWS or GCP',
  'Analyzing customer data and visualizing data / live metrics in Tableau or Power BI',
  'Maîtrise de Python et de l’apprentissage automatique; Zürich office, 5+ years',
  'Knowledge of statistical modeling, machine learning and deep learning (PyTorch, Keras)',
  'Bachelor’s degree in Computer Science, Statistics or a related field; 3-5 years of experience',
];

describe('tokens listing the skill matcher starts on the way', () => {
  test.each(SENTENCES)('the scan finds the same candidates either way: %s', (text) => {
    const listed = tokenize(text, 0, text.length, null, starts);
    const plain = tokenize(text);
    expect(listed.starts).toBe(starts);
    expect(scanOf(listed)).toEqual(scanOf(plain));
  });

  test('"Python3" and "C++" are listed as possible starts, "and" is not', () => {
    const text = 'Python3 and C++';
    const listed = tokenize(text, 0, text.length, null, starts);
    // Tokens: 0 "python3", 1 "and", 2 "c++".
    expect([...listed.started]).toContain(0);
    expect([...listed.started]).toContain(2);
    expect([...listed.started]).not.toContain(1);
  });

  test('on any text the scan with the listed starts equals the scan over every token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const listed = tokenize(text, 0, text.length, null, starts);
        expect(scanOf(listed)).toEqual(scanOf(tokenize(text)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokens on loan', () => {
  const text = 'Experience with Python and SQL.';

  test('a lent result keeps its tokens until given back, and only one result is on loan at a time', () => {
    const owner = {};
    const lent = tokenize(text, 0, text.length, null, null, true);
    shareTokens(owner, lent);
    const second = tokenize('Other words entirely here', 0, 25, null, null, true);
    // The second result could not borrow: its arrays are its own, and the first result's are intact.
    expect(lent.word(2)).toBe('python');
    expect(second.word(0)).toBe('other');
    expect(tokensOf(owner, text)).toBe(lent);
    giveBackTokens(owner);
    // Given back, the owner's tokens are forgotten: they are made again on demand.
    const again = tokensOf(owner, text);
    expect(again).not.toBe(lent);
    expect(again.word(2)).toBe('python');
  });

  test('giving back tokens that are not on loan keeps them', () => {
    const owner = {};
    const own = tokenize(text);
    shareTokens(owner, own);
    giveBackTokens(owner);
    expect(tokensOf(owner, text)).toBe(own);
  });
});
