import { describe, expect, it } from 'vitest';
import { MarketReportSchema } from '../../src/aggregate/index.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderReport } from '../../src/report/index.js';
import { parseCsv, trickyReport } from './report-fixture.js';

describe('renderers', () => {
  const report = trickyReport();

  it('JSON is the report itself', () => {
    expect(MarketReportSchema.parse(JSON.parse(renderJson(report)))).toEqual(report);
  });

  it('Markdown has the overview, a table per statistic and escaped pipes', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| Postings counted | 2 |');
    expect(md).toContain('## Degree levels named (any mention)');
    expect(md).toContain("| Master's | 2 | 100.0% |");
    expect(md).toContain("| Bachelor's | 1 | 50.0% |");
    expect(md).toContain('R&D &lt;Labs&gt; \\| Research');
    expect(md).toContain('big.jsonl:3: invalid JSON');
    // Every table row has as many cells as its header.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const lines = block.split('\n');
      const cells = (l: string): number => l.replace(/\\\|/g, '').split('|').length;
      for (const l of lines) expect(cells(l)).toBe(cells(lines[0]!));
    }
  });

  it('CSV quotes commas and quotes and reads back to the same numbers', async () => {
    const rows = await parseCsv(renderCsv(report));
    const header = rows[0]!;
    expect(header).toEqual(['table', 'key', 'label', 'count', 'share', 'not_stated', 'median', 'mean']);
    for (const r of rows) expect(r).toHaveLength(header.length);
    const company = rows.find((r) => r[0] === 'companies' && r[1] === 'Smith, Jones & "Partners"');
    expect(company).toEqual(['companies', 'Smith, Jones & "Partners"', 'Smith, Jones & "Partners"', '1', '0.5', '0', '', '']);
    expect(rows.find((r) => r[0] === 'postings' && r[1] === 'invalid')?.[3]).toBe('1');
    expect(rows.find((r) => r[0] === 'experience-by-minimum-degree' && r[1] === 'master')?.slice(3, 8)).toEqual(['1', '0.5', '', '2', '2']);
  });

  it('HTML is one self-contained page: no script, no external resource, escaped text, one SVG per table', () => {
    const html = renderHtml(report);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html.match(/(?:src|href)="[^"]*"/g) ?? []).toEqual([]);
    expect(html).toContain('Smith, Jones &amp; &quot;Partners&quot;');
    expect(html).toContain('R&amp;D &lt;Labs&gt; | Research');
    expect(html).not.toContain('<Labs>');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThan(15);
  });

  it('renderReport dispatches by format and refuses an unknown one', () => {
    expect(renderReport(report, 'md')).toBe(renderMarkdown(report));
    expect(renderReport(report, 'csv')).toBe(renderCsv(report));
    expect(() => renderReport(report, 'pdf' as 'md')).toThrow(/pdf/);
  });
});
