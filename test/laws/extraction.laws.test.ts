import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractRequirements } from '../../src/index.js';
import { anyText, htmlish, textWithJunk } from './arbitraries.js';
import { GOLD_POSTINGS } from './corpus.js';
import { brokenLaws } from './lawful-result.js';

/**
 * The laws every result obeys, whatever the input: no exception, a result that parses with RequirementsSchema,
 * evidence that is exactly the input's text at its offsets, a summary that agrees with the hits, and the same
 * result every time, and `summarize` gives that result's summary. Failing inputs are shrunk by fast-check and printed escaped, so they can be pasted back.
 */

const fresh = createExtractor();

function assertLawful(input: string): void {
  const result = extractRequirements(input);
  const problems = brokenLaws(input, result);
  if (problems.length) throw new Error(`laws broken for input ${JSON.stringify(input)}:\n  ${problems.join('\n  ')}`);
  // Deterministic: the shared default extractor, called again, and a freshly compiled one agree to the last field.
  expect(extractRequirements(input)).toEqual(result);
  expect(fresh.extract(input)).toEqual(result);
  // The summary-only path (what the aggregator uses) agrees with the full result.
  expect(fresh.summarize(input)).toEqual({
    summary: result.summary,
    skills: result.skills.map((s) => ({ id: s.id, name: s.name, category: s.category })),
  });
}

const RUNS = { numRuns: 300 };

describe('laws of extractRequirements', () => {
  it('hold for any string (full Unicode, lone surrogates, controls, NUL)', () => {
    fc.assert(fc.property(anyText, (input) => assertLawful(input)), RUNS);
  });

  it('hold for real posting lines with hostile characters spliced in', () => {
    fc.assert(fc.property(textWithJunk, (input) => assertLawful(input)), RUNS);
  });

  it('hold for opening lines of bullets, figures and words (the title line is not cut at its bullets)', () => {
    const bullet = fc.constantFrom('\u2022', '\u00b7', '\u25aa', '\u261e', '\u2332', '\u2705\ufe0f', '\u0095', '-', '*');
    const piece = fc.oneof(
      fc.constantFrom('Data Engineer', 'Senior Data Scientist', 'Remote', 'Python', 'BS in CS', 'PhD', 'Spark'),
      fc.integer({ min: 1, max: 12 }).map((n) => `${n}+ years experience with`),
    );
    const line = fc.array(fc.tuple(piece, bullet), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([p, b]) => `${p} ${b}`).join(' '));
    fc.assert(fc.property(line, fc.constantFrom('', '\nWe are hiring.', '\nRequirements:\n- 3+ years of SQL'), (first, rest) => assertLawful(first + rest)), RUNS);
  });

  it('hold for HTML-ish strings (unbalanced tags, entity soup, quoted attributes, comments, CDATA)', () => {
    fc.assert(fc.property(htmlish, (input) => assertLawful(input)), RUNS);
  });

  it('hold for HTML-ish strings read with format "html" and "text" forced', () => {
    const asHtml = createExtractor({ format: 'html' });
    const asText = createExtractor({ format: 'text' });
    fc.assert(
      fc.property(fc.oneof(htmlish, textWithJunk), (input) => {
        for (const extractor of [asHtml, asText]) {
          const problems = brokenLaws(input, extractor.extract(input));
          if (problems.length) throw new Error(`laws broken for ${JSON.stringify(input)}:\n  ${problems.join('\n  ')}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(GOLD_POSTINGS.map((p) => [p.id, p.text] as const))('hold for gold posting %s as written', (_id, text) => {
    assertLawful(text);
  });

  // Named traps: inputs that crashed or misplaced offsets in other extractors, or that poke at the offset map.
  it.each([
    ['an empty string', ''],
    ['only whitespace', ' \n\t\r\n  '],
    ['a lone NUL', '\u0000'],
    ['IDS/IPS (an IndexError elsewhere)', 'Experience with IDS/IPS, SIEM and firewalls.'],
    ['50lbs (a ValueError elsewhere)', 'Must be able to lift 50lbs. 3+ years of experience required.'],
    ['a lone high surrogate before a requirement', '\ud83d5+ years of Python'],
    ['a lone low surrogate inside a word', 'Pyt\udc00hon and SQL, 3+ years'],
    ['emoji between requirements', "\ud83d\ude80 Bachelor's degree \ud83d\udc69\u200d\ud83d\udcbb 5+ years of SQL"],
    ['combining marks in a degree name', "Bache\u0301lor's degree in Compu\u0308ter Science"],
    ['RTL text around a requirement', '\u05e9\u05dc\u05d5\u05dd 3-5 years of Java \u0645\u0631\u062d\u0628\u0627'],
    ['entities spelling a requirement', '<p>Master&#39;s degree &amp; 2&#43; years of R&amp;D &bull; Python</p>'],
    ['an entity cut at the end', '<p>5+ years of Python &am'],
    ['a tag never closed', "<div class=\"req>Bachelor's degree and 3+ years of SQL"],
    ['a quote never closed in an attribute', "<p title='x>PhD in Statistics</p><li>Python</li>"],
    ['a script holding requirements', "<script>var s = '5+ years of Python';</script><p>Master's degree</p>"],
    ['CRLF and lone CR line breaks', "Requirements:\r\n- Bachelor's degree\r- 2+ years of Tableau\r\n"],
    ['a soft hyphen inside a skill', 'Experience with Ten\u00adsor\u00adFlow and Py\u00adTorch'],
    ['ligatures folded to several characters', 'Pro\ufb01cient in Python; \ufb03 5+ years of scienti\ufb01c computing'],
    ['a comment hiding a heading', '<!-- Requirements: --><ul><li>3+ years of SQL</li></ul>'],
    ['CDATA with markup inside', "<p><![CDATA[<b>MS</b> in Statistics & 4+ years]]></p>"],
  ])('hold for %s', (_name, input) => {
    assertLawful(input);
  });
});
