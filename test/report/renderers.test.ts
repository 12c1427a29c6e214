import { describe, expect, it } from 'vitest';
import { MarketReportSchema, createAggregator } from '../../src/aggregate/index.js';
import type { RequirementSummary } from '../../src/schema.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderReport } from '../../src/report/index.js';
import { parseCsv, trickyReport } from './report-fixture.js';

const base: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null, yearsByDegree: [], skills: [], communication: false,
};

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

describe('co-occurrence is labelled with skill names, also for skills past the top cut of the skill table', () => {
  type Posting = { skills: string[]; names?: Record<string, { name: string; category: string }> };
  const reportOf = (postings: Posting[]) => {
    const acc = createAggregator();
    for (const p of postings) acc.addSummary({ ...base, skills: p.skills }, p.names ? { skills: p.names } : {});
    // top 1: the skill table lists the first skill only; the matrix has three.
    return acc.report({ top: 1, cooccurrenceTop: 3 });
  };
  const NAMES = { python: { name: 'Python', category: 'language' }, sql: { name: 'SQL', category: 'language' }, 'apache-spark': { name: 'Apache Spark', category: 'big-data' } };
  // Ranks by postings: 3, 2, 1. Labels: the skill's name when the extractor (or meta.skills) gave one, else the id
  // made readable ("machine-learning" -> "Machine learning", "aws" -> "AWS").
  it.each<[string, Posting[], string[], string[]]>([
    ['skills with names', [
      { skills: ['python', 'sql', 'apache-spark'], names: NAMES }, { skills: ['python', 'sql'] }, { skills: ['python'] },
    ], ['python', 'sql', 'apache-spark'], ['Python', 'SQL', 'Apache Spark']],
    ['skills known by id only', [
      { skills: ['python', 'machine-learning', 'aws'] }, { skills: ['python', 'machine-learning'] }, { skills: ['python'] },
    ], ['python', 'machine-learning', 'aws'], ['Python', 'Machine learning', 'AWS']],
  ])('%s', (_name, postings, ids, labels) => {
    const report = reportOf(postings);
    expect(report.skills.overall.items.map((i) => i.key)).toEqual(ids.slice(0, 1));
    expect(report.cooccurrence.skills).toEqual(ids);
    expect(report.cooccurrence.labels).toEqual(labels);
    expect(MarketReportSchema.parse(report)).toEqual(report);

    const md = renderMarkdown(report).split('\n');
    const at = md.indexOf('## Skills named together (postings naming both)');
    expect(md[at + 2]).toBe(`| | ${labels.join(' | ')} |`);
    expect(md.slice(at + 4, at + 7).map((l) => l.split(' | ')[0])).toEqual(labels.map((l) => `| ${l}`));

    const heat = /<section id="cooccurrence">[\s\S]*?<\/section>/.exec(renderHtml(report))![0];
    const rowLabels = [...heat.matchAll(/text-anchor="end" class="label">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(rowLabels).toEqual(labels);
    for (const id of ids.filter((x) => !labels.includes(x))) expect(heat).not.toContain(`>${id}<`);

    const csv = renderCsv(report).split('\r\n').filter((l) => l.startsWith('cooccurrence,'));
    expect(csv[1]).toBe(`cooccurrence,${ids[0]}|${ids[1]},${labels[0]} & ${labels[1]},2,,,,`);
  });

  it('a report written before co-occurrence carried labels still reads, and renders readable labels', () => {
    const report = reportOf([{ skills: ['python', 'machine-learning', 'aws'] }, { skills: ['python', 'machine-learning'] }, { skills: ['python'] }]);
    const { skills, counts } = report.cooccurrence;
    const old = MarketReportSchema.parse({ ...report, cooccurrence: { skills, counts } });
    const md = renderMarkdown(old);
    expect(md).toContain('| | Python | Machine learning | AWS |');
    expect(renderHtml(old)).toContain('class="label">Machine learning</text>');
  });
});
