import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures, type CliFixtures } from './fixtures.js';
import { lines, runCli } from './run-cli.js';

let fx: CliFixtures;
beforeAll(() => {
  fx = makeFixtures();
  writeFileSync(join(fx.dir, 'broken.json'), '[\n  {"text": "Python and SQL"},\n  {"text": "R" oops}\n]\n');
  writeFileSync(join(fx.dir, 'open-quote.csv'), 'title,text\nAnalyst,"Python and SQL\nTableau\n');
  writeFileSync(join(fx.dir, 'all-bad.jsonl'), 'not json\n{"title": "no text"}\n');
  writeFileSync(join(fx.dir, 'not-partial.json'), JSON.stringify({ format: 'jobsift-market-report' }));
  writeFileSync(join(fx.dir, 'bad-taxonomy.json'), '{ "skills": [ ');
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

/** Every error is one line on stderr and a non-zero exit code. */
function expectOneLineError(r: { code: number | null; stderr: string }, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(lines(r.stderr)).toEqual([expect.stringMatching(pattern)]);
}

describe('jobsift errors', () => {
  it('a missing file: its name, exit 1', () => {
    expectOneLineError(runCli(['report', join(fx.dir, 'nope.jsonl')]), 1, /^jobsift: cannot read .*nope\.jsonl: no such file or directory$/);
  });

  it('a JSON array that does not parse: the file and line, exit 1', () => {
    expectOneLineError(runCli(['extract', join(fx.dir, 'broken.json')]), 1, /^jobsift: .*broken\.json:3: invalid JSON/);
  });

  it('a CSV quoted field that never ends: the file and the line it starts on, exit 1', () => {
    expectOneLineError(runCli(['report', join(fx.dir, 'open-quote.csv')]), 1, /^jobsift: .*open-quote\.csv:2: a quoted CSV field never ends$/);
  });

  it('a CSV without a text column names the columns and the option', () => {
    expectOneLineError(runCli(['extract', fx.csvCustom]), 1, /custom\.csv:1: no text column .*"Ref", "Posting Body"; pass --text-column NAME$/);
    expectOneLineError(runCli(['extract', fx.csvCustom, '--text-column', 'Body']), 1, /no column "Body"/);
  });

  it('--strict stops at the first bad line: the file and line number, exit 1', () => {
    const r = runCli(['extract', fx.jsonl, '--strict']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^jobsift: .*corpus\.jsonl:3: invalid JSON/)]);
    const report = runCli(['report', fx.jsonl, '--strict', '--format', 'json']);
    expectOneLineError(report, 1, /corpus\.jsonl:3: invalid JSON/);
    expect(report.stdout).toBe('');
  });

  it('a record that is valid JSON but not a posting is reported with its line and skipped', () => {
    const r = runCli(['extract', join(fx.dir, 'all-bad.jsonl'), '--summary-only']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/all-bad\.jsonl:1: invalid JSON .*; skipped$/),
      expect.stringMatching(/all-bad\.jsonl:2: .*"text" or an "html" string; skipped$/),
      expect.stringMatching(/^jobsift: no valid records in /),
    ]);
  });

  it('--quiet keeps per-record warnings off stderr', () => {
    const r = runCli(['extract', fx.jsonl, '--quiet', '--summary-only']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('usage errors exit 2', () => {
    expectOneLineError(runCli(['sift', fx.jsonl]), 2, /unknown command "sift"/);
    expectOneLineError(runCli(['report', fx.jsonl, '--colour']), 2, /unknown option --colour/);
    expectOneLineError(runCli(['report', fx.jsonl, '--format', 'pdf']), 2, /--format must be one of md, html, json, csv, partial/);
    expectOneLineError(runCli(['report', fx.jsonl, '--workers', 'two']), 2, /--workers must be a positive integer or auto, got "two"/);
    expectOneLineError(runCli(['report', fx.jsonl, '--workers', '1000']), 2, /--workers must be at most 256/);
    expectOneLineError(runCli(['report']), 2, /needs at least one input/);
  });

  it('merge refuses a file that is not a partial, naming it', () => {
    expectOneLineError(runCli(['merge', join(fx.dir, 'not-partial.json')]), 1, /not-partial\.json: not a jobsift aggregate partial/);
    expectOneLineError(runCli(['merge', fx.jsonl]), 1, /cannot read .*corpus\.jsonl: invalid JSON/);
  });

  it('an --out path that cannot be written: exit 1, nothing left behind', () => {
    const out = join(fx.dir, 'no-such-dir', 'r.md');
    expectOneLineError(runCli(['report', fx.json, '--out', out]), 1, /cannot write .*no-such-dir\/r\.md: no such file or directory/);
    expect(existsSync(out)).toBe(false);
  });

  it('a taxonomy file that does not parse', () => {
    expectOneLineError(runCli(['extract', fx.json, '--taxonomy', join(fx.dir, 'bad-taxonomy.json')]), 1, /cannot read the taxonomy .*bad-taxonomy\.json/);
  });
});
