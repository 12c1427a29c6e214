/**
 * The benchmark scripts' command lines (tracker issue 6): `--help` prints a script's usage and exits 0; a bad
 * argument is a short message on stderr with exit code 64 and no stack trace; a missing build or an unreadable file
 * is one line with exit code 1 (3 from compare.mjs). None of these cases runs a benchmark or needs a build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-args-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'benchmarks', `${name}.mjs`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, JOBSIFT_DIST: path.join(dir, 'no-build') },
  });

const STACK_LINE = /^ {2,}at /m;

describe.each(['run', 'compare', 'profile', 'render-md'])('benchmarks/%s.mjs', (name) => {
  it('prints its usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const res = script(name, flag);
      expect(res.status).toBe(0);
      expect(res.stdout).toMatch(new RegExp(`^usage: node benchmarks/${name}\\.mjs`));
      expect(res.stderr).toBe('');
    }
  });

  it('refuses an unknown option in one line, with exit code 64', () => {
    const res = script(name, '--no-such-option');
    expect(res.status).toBe(64);
    expect(res.stderr).toContain(`benchmarks/${name}.mjs: Unknown option '--no-such-option'`);
    expect(res.stderr).toContain('--help');
    expect(res.stderr).not.toMatch(STACK_LINE);
    expect(res.stdout).toBe('');
  });
});

describe('--help is an option like the others', () => {
  it('as the value of another option, or after "--", it asks for no help', () => {
    const asValue = script('run', '--out', '--help');
    expect(asValue.status).toBe(64);
    expect(asValue.stdout).toBe('');
    const operand = script('render-md', '--', '--help');
    expect(operand.status).toBe(1);
    expect(operand.stderr).toContain('cannot read the result --help');
  });

  it('an unknown option before it is still reported', () => {
    const res = script('profile', '--no-such-option', '--help');
    expect(res.status).toBe(64);
    expect(res.stdout).toBe('');
  });
});

describe('arguments out of range', () => {
  it.each([
    ['run', ['--only', 'throughput,speed'], '--only: unknown group "speed"'],
    ['run', ['--out'], "Option '--out <value>' argument missing"],
    ['run', ['extra'], "Unexpected argument 'extra'"],
    ['profile', ['--passes', '0'], '--passes must be a whole number from 1 to 999999, got "0"'],
    ['profile', ['--top', 'ten'], '--top must be a whole number'],
    ['compare', ['--threshold', '1.5'], '--threshold must be a fraction between 0 and 1, got "1.5"'],
    ['render-md', ['a.json', 'b.json'], 'unexpected argument "b.json"'],
  ])('%s %j: one line, exit code 64', (name, args, message) => {
    const res = script(name, ...args);
    expect(res.status).toBe(64);
    expect(res.stderr).toContain(message);
    expect(res.stderr).not.toMatch(STACK_LINE);
  });
});

describe('failures that are not usage errors', () => {
  it('run.mjs without a build says how to make one, with exit code 1', () => {
    const res = script('run', '--quick', '--no-save');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('no built package at');
    expect(res.stderr).toContain('npm run build');
    expect(res.stderr).not.toMatch(STACK_LINE);
  });

  it('run.mjs with a build that fails to load shows that error where it was thrown', () => {
    const broken = path.join(dir, 'broken-dist');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'index.js'), 'export const VERSION = null.version;\n');
    const res = script('run', '--dist', broken, '--quick', '--no-save');
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain("Cannot read properties of null (reading 'version')");
    expect(res.stderr).toContain(path.join(broken, 'index.js'));
  });

  it('compare.mjs refuses a file that is no result of run.mjs, with its exit code 3', () => {
    const other = path.join(dir, 'not-a-result.json');
    fs.writeFileSync(other, '[1]');
    const res = script('compare', '--fresh', other, '--baseline', other);
    expect(res.status).toBe(3);
    expect(res.stderr).toContain('is no result of benchmarks/run.mjs');
    expect(res.stdout).toBe('');
  });

  it('profile.mjs without a build, or with a file that is no profile, says so with exit code 1', () => {
    const noBuild = script('profile', '--passes', '1');
    expect(noBuild.status).toBe(1);
    expect(noBuild.stderr).toContain('no built package at');
    const notProfile = path.join(dir, 'not-a-profile.json');
    fs.writeFileSync(notProfile, '{"hello": 1}');
    const res = script('profile', '--summarize', notProfile);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('is no V8 CPU profile');
    expect(script('profile', '--summarize', path.join(dir, 'missing.cpuprofile')).stderr).toContain('cannot read the profile');
  });

  it('render-md.mjs with a missing file or a file of another kind says so with exit code 1', () => {
    const missing = script('render-md', path.join(dir, 'missing.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the result');
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, '[1, 2, 3]');
    const res = script('render-md', other);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('is no result of benchmarks/run.mjs');
    expect(res.stderr).not.toMatch(STACK_LINE);
  });
});
