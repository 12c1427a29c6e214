import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketReportSchema } from '../../src/aggregate/index.js';
import { makeFixtures, type CliFixtures } from './fixtures.js';
import { lines, runCli } from './run-cli.js';

interface ExtractLine {
  id: string | number | null;
  source: string;
  index: number;
  result?: { summary: Record<string, unknown>; meta: { format: string; inputLength: number } };
  summary?: Record<string, unknown>;
}
const parseLines = (stdout: string): ExtractLine[] => lines(stdout).map((l) => JSON.parse(l) as ExtractLine);
const SUMMARY_KEYS = ['communication', 'degreeLevels', 'fields', 'minYears', 'minimumDegree', 'requiredDegreeLevels', 'skills', 'yearsByDegree'];

let fx: CliFixtures;
beforeAll(() => {
  fx = makeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('jobsift extract: each input kind', () => {
  it('JSON lines: one result per good line, in order, the bad line reported with its number and skipped', () => {
    const r = runCli(['extract', fx.jsonl]);
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.index)).toEqual([1, 2, 4, 6, 7, 8]);
    expect(out.map((o) => o.id)).toEqual(fx.postings.map((p) => p.id));
    expect(Object.keys(out[0]!.result!.summary).sort()).toEqual(SUMMARY_KEYS);
    expect(out[0]!.result!.meta.inputLength).toBe(fx.postings[0]!.text.length);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^jobsift: .*corpus\.jsonl:3: invalid JSON .*; skipped$/)]);
  });

  it('--summary-only prints the flat summary', () => {
    const out = parseLines(runCli(['extract', fx.json, '--summary-only']).stdout);
    expect(out).toHaveLength(3);
    expect(Object.keys(out[0]!.summary!).sort()).toEqual(SUMMARY_KEYS);
    expect(out[0]!.result).toBeUndefined();
  });

  it('a JSON array: one result per element, indexed from 0', () => {
    const r = runCli(['extract', fx.json]);
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((o) => [o.index, o.id])).toEqual(fx.postings.slice(0, 3).map((p, i) => [i, p.id]));
  });

  it('CSV: quoted multi-line text with commas and quotes survives; the text column is found by name', () => {
    const r = runCli(['extract', fx.csv]);
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    // The header is line 1; each record starts on the line after the previous one ends.
    expect(out).toHaveLength(2);
    expect(out[0]!.index).toBe(2);
    expect(out[0]!.result!.meta.inputLength).toBe(fx.postings[0]!.text.length);
    expect(out[1]!.result!.meta.inputLength).toBe(fx.postings[1]!.text.length);
  });

  it('CSV with --text-column naming any column', () => {
    const r = runCli(['extract', fx.csvCustom, '--text-column', 'Posting Body', '--summary-only']);
    expect(r.code).toBe(0);
    // Record 1 starts on line 2 and holds the posting's line breaks; record 2 starts on the line after it ends.
    const breaks = fx.postings[0]!.text.split('\n').length - 1;
    expect(parseLines(r.stdout).map((o) => o.index)).toEqual([2, 3 + breaks]);
  });

  it('a directory of .txt and .html files (recursively, other files ignored)', () => {
    const r = runCli(['extract', fx.postingsDir]);
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a.txt', 'b.html', join('nested', 'c.txt')]);
    expect(out.map((o) => o.result!.meta.format)).toEqual(['text', 'html', 'text']);
  });

  it('standard input ("-"), as JSON lines', () => {
    const input = fx.postings.slice(0, 2).map((p) => JSON.stringify(p)).join('\n') + '\n';
    const r = runCli(['extract', '-', '--summary-only'], { input });
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((o) => [o.source, o.index, o.id])).toEqual([
      ['stdin', 1, fx.postings[0]!.id],
      ['stdin', 2, fx.postings[1]!.id],
    ]);
  });

  it('--workers 2 (and auto: one thread per core) gives the same lines in the same order as one worker', () => {
    const one = runCli(['extract', fx.whole, '--summary-only']);
    const two = runCli(['extract', fx.whole, '--summary-only', '--workers', '2']);
    const auto = runCli(['extract', fx.whole, '--summary-only', '--workers', 'auto']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toBe(one.stdout);
    expect(lines(one.stdout)).toHaveLength(8);
  });
});

describe('jobsift report and merge', () => {
  it('writes the JSON report atomically with --out (no temp file left), counting the bad line', () => {
    const out = join(fx.dir, 'report.json');
    const r = runCli(['report', fx.jsonl, '--format', 'json', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const report = MarketReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.postings).toMatchObject({ received: 7, invalid: 1, counted: 6, duplicatesDropped: 0 });
    expect(report.invalidRecords).toEqual([{ source: fx.jsonl, index: 3, reason: expect.stringMatching(/^invalid JSON/) }]);
    expect(report.companies.items.map((c) => c.key).sort()).toEqual(fx.postings.map((p) => p.company).sort());
    expect(readdirSync(fx.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints Markdown by default, and --also-html writes the HTML page', () => {
    const html = join(fx.dir, 'also.html');
    const r = runCli(['report', fx.json, '--also-html', html, '--title', 'Three postings <from Glassdoor>']);
    expect(r.code).toBe(0);
    // The title is user text: inert in Markdown (it renders as written, opening no HTML tag).
    expect(r.stdout).toMatch(/^# Three postings &lt;from Glassdoor&gt;\n/);
    expect(readFileSync(html, 'utf8')).toContain('<h1>Three postings &lt;from Glassdoor&gt;</h1>');
    expect(r.stdout).toContain('| Postings counted | 3 |');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<svg /);
  });

  it('CSV format', () => {
    const r = runCli(['report', fx.csv, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('table,key,label,count,share,not_stated,median,mean');
    // The rating Glassdoor appends to the company name ("\n3.8") is not part of the name.
    expect(r.stdout).toContain(`companies,${fx.postings[0]!.company},`);
  });

  it('shards merged give the report of the whole corpus, duplicates across shards included', () => {
    const a = join(fx.dir, 'a.partial.json');
    const b = join(fx.dir, 'b.partial.json');
    expect(runCli(['report', fx.shardA, '--format', 'partial', '--out', a]).code).toBe(0);
    expect(runCli(['report', fx.shardB, '--format', 'partial', '--out', b, '--workers', '2']).code).toBe(0);
    const merged = runCli(['merge', b, a]);
    expect(merged.code).toBe(0);
    const whole = runCli(['report', fx.whole, '--format', 'partial']);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
    const mergedReport = JSON.parse(runCli(['merge', a, b, '--format', 'json']).stdout);
    // 8 lines: shard A repeats its first posting, shard B repeats shard A's second.
    expect(mergedReport.postings).toMatchObject({ received: 8, duplicatesDropped: 2, counted: 6 });
    expect(mergedReport).toEqual(JSON.parse(runCli(['report', fx.whole, '--format', 'json']).stdout));
  });

  it('--workers 2 gives the same report as one worker', () => {
    const one = runCli(['report', fx.whole, '--format', 'json']);
    const two = runCli(['report', fx.whole, '--format', 'json', '--workers', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
