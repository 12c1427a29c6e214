import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { aggregate, createAggregator, type MarketReport } from '../../src/aggregate/index.js';
import { csvField } from '../../src/report/csv.js';
import { renderCsv, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { markdownText } from '../../src/report/markdown.js';
import { shorten } from '../../src/report/svg.js';
import type { RequirementSummary } from '../../src/schema.js';
import { parseCsv } from './report-fixture.js';

const base: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null,
  yearsByDegree: [], skills: [], communication: false,
};

/** A report whose company, skill name and skill category are the given texts (skill data is not cleaned on input). */
function reportWith(company: string, skillName: string, category: string, invalid: [string, string][] = []): MarketReport {
  const acc = createAggregator();
  acc.addSummary({ ...base, skills: ['s', 't'] }, {
    text: 'one', company, skills: { s: { name: skillName, category }, t: { name: 'SQL', category: 'language' } },
  });
  invalid.forEach(([source, reason], i) => acc.addInvalid(reason, { source, index: i + 1 }));
  return acc.report();
}

// encodeURIComponent throws on a lone surrogate (String.prototype.isWellFormed is newer than the ES2022 lib).
const wellFormed = (s: string): boolean => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};
const codePoints = (s: string): number => Array.from(s).length;

describe('CSV: text cells a spreadsheet would run as formulas', () => {
  it('get a single quote inside a quoted field; other text and every number are written as before', () => {
    const cases: [string | number | null, string][] = [
      ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
      ['+1+2', `"'+1+2"`],
      ['-2+3+cmd|\' /C calc\'!A0', `"'-2+3+cmd|' /C calc'!A0"`],
      ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
      ['\t=1+1', `"'\t=1+1"`],
      ['\r=1+1', `"'\r=1+1"`],
      ['\n=1+1', `"'\n=1+1"`],
      ['\0=1+1', `"'\0=1+1"`],
      ['  =1+1', `"'  =1+1"`],
      ['-', `"'-"`],
      // Ordinary text: unchanged, RFC 4180 quoting only where needed.
      ['C++', 'C++'],
      ["Bachelor's", "Bachelor's"],
      ['10+ years', '10+ years'],
      ['x = 1, y', '"x = 1, y"'],
      ['Smith, Jones & "Partners"', '"Smith, Jones & ""Partners"""'],
      ['line\nbreak', '"line\nbreak"'],
      ['', ''],
      // Numbers stay numbers, negative ones too.
      [-1, '-1'],
      [-0.25, '-0.25'],
      [0, '0'],
      [1, '1'],
      [0.4412, '0.4412'],
      [null, ''],
    ];
    for (const [value, expected] of cases) expect(csvField(value), JSON.stringify(value)).toBe(expected);
  });

  it.each([
    ['a company', '=HYPERLINK("http://evil.example","click")'],
    ['a company', '@SUM(1+9)*cmd|\' /C calc\'!A0'],
  ])('%s read back from the report CSV is the text behind a quote: %s', async (_what, company) => {
    const rows = await parseCsv(renderCsv(aggregate([{ text: 'Requires Python', company }])));
    const row = rows.find((r) => r[0] === 'companies');
    expect(row).toEqual(['companies', `'${company}`, `'${company}`, '1', '1', '0', '', '']);
  });

  it('skill names and categories (not cleaned on input) with line breaks and formula signs read back whole', async () => {
    const name = '-1+1\r\n=cmd';
    const category = '\r=HYPERLINK("http://evil.example")';
    const rows = await parseCsv(renderCsv(reportWith('Acme', name, category)));
    // Read back as written, line endings inside the quoted field included.
    const read = (s: string): string => `'${s}`;
    for (const r of rows) expect(r).toHaveLength(8);
    expect(rows.find((r) => r[0] === 'skills' && r[1] === 's')?.slice(2, 5)).toEqual([read(name), '1', '1']);
    expect(rows.find((r) => r[0] === 'skill-categories' && r[2] !== 'language')?.slice(1, 3)).toEqual([read(category), read(category)]);
    // Number columns hold numbers only: never a quote.
    for (const r of rows.slice(1)) for (const n of r.slice(3)) expect(n).toMatch(/^(?:\d+(?:\.\d+)?)?$/);
  });
});

/** What a CommonMark renderer shows for escaped inline text with no markup left: escapes and entities resolved. */
const shown = (md: string): string =>
  md.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, '$1').replace(/&(lt|gt|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!);

describe('Markdown: user text stays text', () => {
  it('ordinary labels are written as they are, markup is escaped, and both are shown as the same text', () => {
    const cases: [string, string][] = [
      ['C++', 'C++'],
      ['C#', 'C#'],
      ['R&D', 'R&D'],
      ['AT&T', 'AT&T'],
      ['Scikit-learn', 'Scikit-learn'],
      ['Node.js', 'Node.js'],
      ['snake_case', 'snake_case'],
      ['F# / .NET', 'F# / .NET'],
      ["Bachelor's (2:1)", "Bachelor's (2:1)"],
      ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
      ['&lt;script&gt;', '&amp;lt;script&amp;gt;'],
      ['&#x3C;b&#62;', '&amp;#x3C;b&amp;#62;'],
      ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
      ['![x](http://evil.example/p.png)', '!\\[x\\](http://evil.example/p.png)'],
      ['*bold* _it_ ~~gone~~ `code`', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\`'],
      ['$x^2$', '\\$x^2\\$'],
      ['a|b\\c', 'a\\|b\\\\c'],
      ['tools\n\n# Injected\n<script>alert(1)</script>', 'tools # Injected &lt;script&gt;alert(1)&lt;/script&gt;'],
    ];
    for (const [label, written] of cases) {
      expect(markdownText(label), label).toBe(written);
      expect(shown(written), label).toBe(label.replace(/\s+/g, ' '));
    }
  });

  it('a report with hostile labels, title, file name and reason has only its own headings, tables and list', () => {
    const category = 'tools\n\n# Injected\n<script>alert(1)</script> #';
    const report = reportWith('<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', category, [
      ['- ---', 'bad <b>JSON</b>\n# not a heading'],
      ['# x.jsonl', 'bad'],
      ['1. x.jsonl', 'bad'],
    ]);
    const md = renderMarkdown(report, 'Report\n# two <i>x</i> ##');
    expect(md).not.toMatch(/<[a-z/]/i);
    expect(md).not.toMatch(/(?<!\\)\[/);
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('# '))).toEqual(['# Report # two &lt;i&gt;x&lt;/i&gt; \\##']);
    expect(lines).toContain('## Skills: tools # Injected &lt;script&gt;alert(1)&lt;/script&gt; \\#');
    expect(lines.filter((l) => l.includes('Injected')).every((l) => l.startsWith('## Skills: ') || l.startsWith('| '))).toBe(true);
    // Listed by source in code-unit order: '#' (0x23) < '-' (0x2D) < '1' (0x31).
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      '- \\# x.jsonl:2: bad',
      '- \\- ---:1: bad &lt;b&gt;JSON&lt;/b&gt; # not a heading',
      '- 1\\. x.jsonl:3: bad',
    ]);
    // Every line is blank, a heading, a table row, a list item or one of the renderer's own sentences.
    for (const l of lines) expect(l).toMatch(/^(?:$|#{1,2} |\| |- |Generated by |Shares are of |No posting states |Count: |\d+ of \d+ postings|Remote: )/);
  });
});

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // one grapheme, five code points
const E_ACUTE = 'e\u0301'; // one grapheme, two code points

describe('chart labels are cut between characters', () => {
  it('keeps whole graphemes, never half a surrogate pair', () => {
    const cases: [string, number, string][] = [
      ['abc', 5, 'abc'],
      ['abcde', 5, 'abcde'],
      ['abcdef', 5, 'abcd…'],
      ['🚀'.repeat(5), 5, '🚀'.repeat(5)],
      ['🚀'.repeat(6), 5, '🚀🚀🚀🚀…'],
      [`x${E_ACUTE.repeat(5)}`, 5, `x${E_ACUTE}…`],
      [FAMILY.repeat(3), 8, `${FAMILY}…`],
      // One grapheme longer than the room (a pile of accents): cut between code points.
      [`a${'\u0301'.repeat(40)}`, 5, `a${'\u0301'.repeat(3)}…`],
      ['Acme Co ' + '🚀'.repeat(16) + ' Labs', 32, 'Acme Co ' + '🚀'.repeat(16) + ' Labs'],
      ['Acme Co ' + '🚀'.repeat(30) + ' Labs', 32, 'Acme Co ' + '🚀'.repeat(23) + '…'],
    ];
    for (const [s, max, expected] of cases) expect(shorten(s, max), s).toBe(expected);
  });

  it('without Intl.Segmenter, cuts between code points', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      const { shorten: cut } = await import('../../src/report/svg.js');
      expect(cut('🚀'.repeat(6), 5)).toBe('🚀🚀🚀🚀…');
      expect(cut(FAMILY.repeat(3), 8)).toBe(`${FAMILY}\u{1F468}\u200D…`);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('property: well-formed in, well-formed out; at most max code points; a prefix of the input', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.constantFrom('🚀', FAMILY, E_ACUTE, '\u0301', '\u200D', '🇫🇷', '👍🏽', 'a', ' '),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (s, max) => {
        const out = shorten(s, max);
        if (wellFormed(s)) expect(wellFormed(out)).toBe(true);
        if (codePoints(s) <= max) {
          expect(out).toBe(s);
        } else {
          expect(codePoints(out)).toBeLessThanOrEqual(max);
          expect(out.endsWith('…')).toBe(true);
          expect(s.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the HTML report of a long emoji company name holds no lone surrogate', () => {
    const cases: [string, string][] = [
      // 29 code points (45 UTF-16 units): fits, shown whole.
      ['Acme Co ' + '🚀'.repeat(16) + ' Labs', 'Acme Co ' + '🚀'.repeat(16) + ' Labs'],
      ['Acme Co ' + '🚀'.repeat(40) + ' Labs', 'Acme Co ' + '🚀'.repeat(23) + '…'],
    ];
    for (const [company, label] of cases) {
      const html = renderHtml(aggregate([{ text: 'Requires Python', company }]));
      expect(wellFormed(html), company).toBe(true);
      expect(html).toContain(`class="label">${label}</text>`);
    }
  });
});
