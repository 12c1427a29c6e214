import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures, type CliFixtures } from './fixtures.js';
import { lines, REPO, runCli } from './run-cli.js';

/** Inputs a reviewer found mishandled: each was a phantom posting, a crash, a dropped record or a garbled one. */

let fx: CliFixtures;
beforeAll(() => {
  fx = makeFixtures();
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

const postingsOf = (stdout: string): { received: number; invalid: number; counted: number } => JSON.parse(stdout).postings;
const extractIds = (stdout: string): unknown[] => lines(stdout).map((l) => JSON.parse(l).id);

describe('empty input is no posting', () => {
  it('a posting file of white space is reported and skipped, not counted; nothing valid is an error', () => {
    const r = runCli(['report', write('blank.txt', ' \n\t\n'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/blank\.txt: empty file; skipped/);
    expect(r.stderr).toMatch(/no valid records/);
  });

  it('an empty input of no declared kind holds no records, as an empty JSON lines file (not an error)', () => {
    const r = runCli(['report', write('empty.json', ''), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(postingsOf(r.stdout)).toMatchObject({ received: 0, counted: 0 });
    const fromStdin = runCli(['extract', '-'], { input: ' \n' });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe('');
    expect(fromStdin.stderr).toBe('');
  });

  it('standard input read a second time (it is empty by then) adds no posting', () => {
    const r = runCli(['report', '-', '-', '--format', 'json', '--no-dedupe'], { input: `${JSON.stringify({ text: fx.postings[0]!.text })}\n` });
    expect(r.code).toBe(0);
    expect(postingsOf(r.stdout)).toMatchObject({ received: 1, invalid: 0, counted: 1 });
  });

  it('an empty file in a directory is reported, the others counted', () => {
    const dir = join(fx.dir, 'with-empty');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), fx.postings[0]!.text);
    writeFileSync(join(dir, 'b.txt'), '');
    const r = runCli(['report', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(postingsOf(r.stdout)).toMatchObject({ received: 2, invalid: 1, counted: 1 });
    expect(r.stderr).toMatch(/b\.txt: empty file; skipped/);
  });
});

function write(name: string, content: string | Buffer): string {
  const file = join(fx.dir, name);
  writeFileSync(file, content);
  return file;
}

describe('directories', () => {
  it('follow symbolic links to files and folders, each folder once, and pass over hidden ones', () => {
    const real = join(fx.dir, 'real');
    const dir = join(fx.dir, 'linked');
    mkdirSync(join(real, 'deep'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(real, 'a.txt'), fx.postings[0]!.text);
    writeFileSync(join(real, 'deep', 'b.txt'), fx.postings[1]!.text);
    symlinkSync(join(real, 'a.txt'), join(dir, 'a.txt'));
    symlinkSync(join(real, 'deep'), join(dir, 'deep'));
    symlinkSync(dir, join(dir, 'loop')); // a link to the folder itself
    writeFileSync(join(dir, '.git', 'description.txt'), 'Unnamed repository');
    writeFileSync(join(dir, '.draft.txt'), 'not yet a posting');
    const r = runCli(['extract', dir, '--summary-only']);
    expect(r.code).toBe(0);
    expect(extractIds(r.stdout)).toEqual(['a.txt', join('deep', 'b.txt')]);
  });

  it('a link that leads nowhere is reported by name', () => {
    const dir = join(fx.dir, 'dangling');
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(fx.dir, 'no-such-file.txt'), join(dir, 'gone.txt'));
    const r = runCli(['report', dir]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/cannot read .*gone\.txt: no such file or directory$/)]);
  });

  it('a folder that cannot be read is a one-line error, not an internal one', (ctx) => {
    const dir = join(fx.dir, 'locked');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), fx.postings[0]!.text);
    writeFileSync(join(dir, 'sub', 'b.txt'), fx.postings[1]!.text);
    chmodSync(join(dir, 'sub'), 0o000);
    try {
      // root reads any folder: run the CLI as nobody there (setpriv), when the machine has it.
      const asNobody = process.getuid?.() === 0;
      if (asNobody && spawnSync('setpriv', ['--version']).status !== 0) ctx.skip('root without setpriv: every folder is readable');
      chmodSync(fx.dir, 0o755);
      const command = [process.execPath, '--import', 'tsx', `${REPO}src/cli/main.ts`, 'report', dir];
      const r = asNobody
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...command], { cwd: REPO, encoding: 'utf8' })
        : spawnSync(command[0]!, command.slice(1), { cwd: REPO, encoding: 'utf8' });
      if (asNobody && /EACCES|permission denied/i.test(r.stderr) && !/sub/.test(r.stderr)) ctx.skip('nobody cannot reach the repository');
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^jobsift: cannot read .*locked\/sub: permission denied$/)]);
    } finally {
      chmodSync(join(dir, 'sub'), 0o755);
    }
  });

  it('the message for a folder without postings names the kinds of files read', () => {
    const dir = join(fx.dir, 'no-postings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.pdf'), '%PDF');
    expect(lines(runCli(['report', dir]).stderr)).toEqual([expect.stringMatching(/no posting files in this directory \(\.txt, \.text, \.md, \.html or \.htm\)$/)]);
  });
});

describe('JSON', () => {
  it('one object written over many lines (jq ., JSON.stringify with indentation) is one posting, from a file or stdin', () => {
    const pretty = JSON.stringify({ id: 'p1', text: fx.postings[0]!.text }, null, 2);
    const file = write('pretty.json', pretty + '\n');
    const fromFile = runCli(['extract', file, '--summary-only']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toBe('');
    expect(extractIds(fromFile.stdout)).toEqual(['p1']);
    const fromStdin = runCli(['extract', '-', '--summary-only'], { input: `\n  ${pretty.replace(/\n/g, '\r\n')}` });
    expect(extractIds(fromStdin.stdout)).toEqual(['p1']);
  });

  it('JSON lines still read line by line when the first line is broken', () => {
    const file = write('broken-first.json', `{"id": "x", "text": "Python\n${JSON.stringify({ id: 'ok', text: fx.postings[0]!.text })}\n`);
    const r = runCli(['extract', file, '--summary-only']);
    expect(r.code).toBe(0);
    expect(extractIds(r.stdout)).toEqual(['ok']);
    expect(r.stderr).toMatch(/broken-first\.json:1: invalid JSON/);
  });

  it('a record nested thousands of levels deep reads the same with 2 workers as with 1', () => {
    const depth = 5000;
    const deep = `[{"id":"deep","text":${JSON.stringify(fx.postings[0]!.text)},"extra":${'['.repeat(depth)}${']'.repeat(depth)}}]`;
    const file = write('deep.json', deep);
    const one = runCli(['extract', file, '--summary-only']);
    const two = runCli(['extract', file, '--summary-only', '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(extractIds(two.stdout)).toEqual(['deep']);
  });
});

describe('encodings', () => {
  const utf16 = (text: string, bom: boolean): Buffer => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

  it.each([
    ['UTF-16 JSON lines with a byte-order mark', 'u16.json', true],
    ['UTF-16 JSON lines without one', 'u16-nobom.jsonl', false],
    ['a UTF-16 text posting', 'u16.txt', true],
  ])('%s: refused, naming the file and the fix', (_name, name, bom) => {
    const file = write(name, utf16(`${JSON.stringify({ text: fx.postings[0]!.text })}\n`, bom));
    const r = runCli(['report', file]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`${name.replace('.', '\\.')}: .*UTF-16.*reads UTF-8.*iconv`))]);
  });

  it('a UTF-16 file in a directory is refused the same way', () => {
    const dir = join(fx.dir, 'u16-dir');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), utf16(fx.postings[0]!.text, true));
    const r = runCli(['report', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.txt: .*UTF-16/);
  });

  it('a UTF-16 file on standard input too', () => {
    const r = runCli(['report', '-'], { input: utf16(JSON.stringify({ text: 'Python' }), true) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jobsift: stdin: .*UTF-16/);
  });

  it('a byte-order mark before a partial (merge) or a taxonomy is skipped', () => {
    const partial = runCli(['report', fx.shardA, '--format', 'partial']).stdout;
    const bommed = write('partial-bom.json', `\ufeff${partial}`);
    const merged = runCli(['merge', bommed, '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(postingsOf(merged.stdout).received).toBe(4);
    const taxonomy = write('taxonomy-bom.json', `\ufeff${JSON.stringify([{ id: 'dbt', name: 'dbt', category: 'tool', aliases: ['dbt'] }])}`);
    const r = runCli(['extract', '-', '--summary-only', '--taxonomy', taxonomy], { input: 'Requires dbt and SQL.' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary.skills).toContain('dbt');
  });
});

describe('warnings and --strict', () => {
  it('what the input says is escaped on stderr: no terminal escape sequence reaches it', () => {
    const file = write('escapes.jsonl', '\u001b[2J\u001b]0;pwned\u0007 oops\n');
    const r = runCli(['report', file]);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stderr).toMatch(/\\u001b\[2J/);
  });

  it('--strict writes the good records before the bad one, and only those', () => {
    const good = fx.postings.map((p, i) => JSON.stringify({ id: `g${i}`, text: p.text }));
    const file = write('strict.jsonl', [...good, 'not json', good[0]].join('\n') + '\n');
    const r = runCli(['extract', file, '--strict', '--summary-only']);
    expect(r.code).toBe(1);
    expect(extractIds(r.stdout)).toEqual(good.map((_, i) => `g${i}`));
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/strict\.jsonl:7: invalid JSON/)]);
  });

  it('a run with no valid record leaves an earlier --out file as it was', () => {
    const out = write('kept.jsonl', 'previous results\n');
    const r = runCli(['extract', write('all-bad.jsonl', 'not json\n{bad\n'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no valid records/);
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(existsSync(out)).toBe(true);
  });
});
