import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSink, writeFileAtomic } from '../../src/cli/output.js';
import { makeFixtures, type CliFixtures } from './fixtures.js';
import { lines, REPO, runCli } from './run-cli.js';

let fx: CliFixtures;
let manyBad: string;
beforeAll(() => {
  fx = makeFixtures();
  // More bad records than the 20 warnings shown, so that the run writes to stderr many times.
  manyBad = join(fx.dir, 'many-bad.jsonl');
  const good = readFileSync(fx.whole, 'utf8');
  writeFileSync(manyBad, Array.from({ length: 60 }, (_, i) => `not json ${i}`).join('\n') + '\n' + good);
});
afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

const CLI = [`${REPO}src/cli/main.ts`];
const tempFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

/** A fresh directory for one case, so that leftover temp files are easy to see. */
let cases = 0;
function caseDir(): string {
  const dir = join(fx.dir, `case-${++cases}`);
  mkdirSync(dir);
  return dir;
}

/** The three ways --out files are written: streamed (extract), whole (report), and --also-html beside the report. */
const WRITERS = [
  { name: 'extract --out', args: (out: string) => ['extract', fx.jsonl, '--quiet', '--out', out], expect: (text: string) => expect(lines(text)).toHaveLength(fx.jsonlRecords) },
  { name: 'report --out', args: (out: string) => ['report', fx.jsonl, '--quiet', '--out', out], expect: (text: string) => expect(text).toMatch(/^# /) },
  {
    name: 'report --also-html',
    args: (out: string) => ['report', fx.jsonl, '--quiet', '--out', join(out, '..', 'beside.md'), '--also-html', out],
    expect: (text: string) => expect(text).toMatch(/^<!doctype html>/i),
  },
] as const;

describe('--out writes through symbolic links', () => {
  const layouts = [
    {
      name: 'a link to a file beside it',
      make: (dir: string) => {
        writeFileSync(join(dir, 'target'), 'old\n');
        symlinkSync('target', join(dir, 'out'));
        return { out: join(dir, 'out'), target: join(dir, 'target') };
      },
    },
    {
      name: 'a relative link into another directory, through a second link',
      make: (dir: string) => {
        mkdirSync(join(dir, 'links'));
        mkdirSync(join(dir, 'real'));
        writeFileSync(join(dir, 'real', 'target'), 'old\n');
        symlinkSync('../real/target', join(dir, 'links', 'hop'));
        symlinkSync('hop', join(dir, 'links', 'out'));
        return { out: join(dir, 'links', 'out'), target: join(dir, 'real', 'target') };
      },
    },
    {
      name: 'a dangling link: its target is created',
      make: (dir: string) => {
        mkdirSync(join(dir, 'sub'));
        symlinkSync('sub/../new', join(dir, 'out'));
        return { out: join(dir, 'out'), target: join(dir, 'new') };
      },
    },
  ];
  for (const writer of WRITERS) {
    for (const layout of layouts) {
      it(`${writer.name}, ${layout.name}`, () => {
        const dir = caseDir();
        const { out, target } = layout.make(dir);
        const linkText = readlinkSync(out);
        const r = runCli(writer.args(out));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(lstatSync(out).isSymbolicLink()).toBe(true);
        expect(readlinkSync(out)).toBe(linkText);
        writer.expect(readFileSync(target, 'utf8'));
        expect(tempFiles(dir)).toEqual([]);
        if (existsSync(join(dir, 'real'))) expect(tempFiles(join(dir, 'real'))).toEqual([]);
      });
    }
  }

  it('a failed run leaves the file at the end of the link as it was, and no temp file', () => {
    const dir = caseDir();
    writeFileSync(join(dir, 'target'), 'old\n');
    symlinkSync('target', join(dir, 'out'));
    writeFileSync(join(dir, 'all-bad.jsonl'), 'not json\n{"title": "no text"}\n');
    const r = runCli(['extract', join(dir, 'all-bad.jsonl'), '--quiet', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('old\n');
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('--out to something that is not a regular file', () => {
  for (const writer of WRITERS) {
    it(`${writer.name} to a FIFO writes into it and leaves it a FIFO`, async () => {
      const dir = caseDir();
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // The reader copies to a file (not a pipe back to this process, which is blocked in runCli while it runs).
      const reader = spawn('sh', ['-c', 'exec cat "$0" > "$1"', fifo, join(dir, 'received')], { stdio: 'ignore' });
      const readerDone = exited(reader);
      try {
        const r = runCli(writer.args(fifo));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(lstatSync(fifo).isFIFO()).toBe(true);
        expect(await readerDone).toEqual({ code: 0, signal: null });
        writer.expect(readFileSync(join(dir, 'received'), 'utf8'));
        expect(tempFiles(dir)).toEqual([]);
      } finally {
        reader.kill(); // a FIFO replaced by the run would leave cat waiting for a writer forever
      }
    });
  }

  const directories = [
    { name: 'a directory', make: (dir: string) => (mkdirSync(join(dir, 'out')), join(dir, 'out')) },
    { name: 'a link to a directory', make: (dir: string) => (mkdirSync(join(dir, 'real')), symlinkSync('real', join(dir, 'out')), join(dir, 'out')) },
  ];
  for (const writer of WRITERS) {
    for (const target of directories) {
      it(`${writer.name} to ${target.name}: one line, exit 1, nothing written`, () => {
        const dir = caseDir();
        const out = target.make(dir);
        const r = runCli(writer.args(out));
        expect(r.code).toBe(1);
        expect(lines(r.stderr)).toEqual([`jobsift: cannot write ${out}: is a directory`]);
        expect(readdirSync(out)).toEqual([]);
        expect(tempFiles(dir)).toEqual([]);
      });
    }
  }

  it('a path with control characters is escaped in the message', () => {
    const dir = caseDir();
    const out = join(dir, 'out\u001b[2J');
    mkdirSync(out);
    const r = runCli(['report', fx.jsonl, '--quiet', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jobsift: cannot write ${join(dir, 'out')}\\u001b[2J: is a directory\n`);
  });
});

describe('standard output and standard error', () => {
  const commands = [
    { name: 'report', args: () => ['report', fx.jsonl, '--quiet'] },
    { name: 'extract', args: () => ['extract', fx.jsonl, '--quiet'] },
  ];
  for (const command of commands) {
    it.skipIf(!existsSync('/dev/full'))(`${command.name} with standard output full: one line, exit 1`, () => {
      // /dev/full is only ever read here, through the shell's redirection, never an --out target.
      const r = spawnSync('sh', ['-c', 'exec "$@" > /dev/full', 'sh', process.execPath, '--import', 'tsx', ...CLI, ...command.args()], {
        cwd: REPO,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('jobsift: cannot write standard output: no space left on device\n');
      expect(r.status).toBe(1);
    });
  }

  const runs = [
    { name: 'report --out', args: (out: string) => ['report', manyBad, '--out', out], expect: (text: string) => expect(text).toMatch(/^# /) },
    { name: 'extract --out', args: (out: string) => ['extract', manyBad, '--out', out], expect: (text: string) => expect(lines(text)).toHaveLength(8) },
  ];
  for (const run of runs) {
    it(`${run.name} finishes and writes its output when standard error is a closed pipe`, async () => {
      const out = join(caseDir(), 'out');
      const child = spawn(process.execPath, ['--import', 'tsx', ...CLI, ...run.args(out)], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.destroy(); // closed before the first warning: each one fails with EPIPE
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      run.expect(readFileSync(out, 'utf8'));
    });
  }
});

describe('an interrupted extract --out', () => {
  let big: string;
  beforeAll(() => {
    // ~50 MB of real postings: long enough to be interrupted while its temp file is being written.
    const postings = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8').split('\n').filter((l) => l !== '').slice(0, 50);
    const block = postings.join('\n') + '\n';
    big = join(fx.dir, 'big.jsonl');
    writeFileSync(big, block.repeat(Math.ceil(50e6 / block.length)));
  });

  const signalCases = [
    { signal: 'SIGINT', workers: '1', status: 130 },
    { signal: 'SIGTERM', workers: '1', status: 143 },
    { signal: 'SIGINT', workers: '2', status: 130 },
  ] as const;
  for (const c of signalCases) {
    it(`${c.signal} (--workers ${c.workers}) removes the temp file and dies of the signal (a shell reports ${c.status})`, async () => {
      const dir = caseDir();
      const out = join(dir, 'out.jsonl');
      writeFileSync(out, 'old\n');
      const child = spawn(process.execPath, ['--import', 'tsx', ...CLI, 'extract', big, '--quiet', '--workers', c.workers, '--out', out], {
        cwd: REPO,
        stdio: 'ignore',
      });
      const done = exited(child);
      let finished = false;
      void done.then(() => (finished = true));
      while (tempFiles(dir).length === 0 && !finished) await new Promise((r) => setTimeout(r, 10));
      expect(finished).toBe(false);
      child.kill(c.signal);
      expect(await done).toEqual({ code: null, signal: c.signal });
      expect(readdirSync(dir)).toEqual(['out.jsonl']);
      expect(readFileSync(out, 'utf8')).toBe('old\n');
    });
  }
});

describe('signal handlers are installed only while a temp file exists', () => {
  const listeners = (): number[] => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM'), process.listenerCount('exit')];

  it('fileSink: from the first write until commit, and until abort', async () => {
    const dir = caseDir();
    const before = listeners();
    for (const end of ['commit', 'abort'] as const) {
      const sink = fileSink(join(dir, `out-${end}`));
      expect(listeners()).toEqual(before);
      await sink.write('a line\n');
      expect(listeners()).toEqual(before.map((n) => n + 1));
      await sink[end]();
      expect(listeners()).toEqual(before);
    }
    expect(readdirSync(dir).sort()).toEqual(['out-commit']);
  });

  it('fileSink to a FIFO, and writeFileAtomic: none left afterwards', async () => {
    const before = listeners();
    const dir = caseDir();
    await writeFileAtomic(join(dir, 'whole'), 'text\n');
    await expect(writeFileAtomic(join(dir, 'no-such-dir', 'x'), 'text\n')).rejects.toThrow(/no such file or directory/);
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('sh', ['-c', 'exec cat "$0" > "$1"', fifo, join(dir, 'received')], { stdio: 'ignore' });
    try {
      const sink = fileSink(fifo);
      await sink.write('a line\n');
      expect(listeners()).toEqual(before); // written in place: no temp file to remove
      await sink.commit();
      expect(listeners()).toEqual(before);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(await exited(reader)).toEqual({ code: 0, signal: null });
    } finally {
      reader.kill();
    }
    expect(readFileSync(join(dir, 'received'), 'utf8')).toBe('a line\n');
    expect(readdirSync(dir).sort()).toEqual(['fifo', 'received', 'whole']);
  });
});

describe('--out naming what the process already has open', () => {
  // A second read found /dev/stdout followed to "pipe:[123]" (no such file) or, stdout being a file, renamed over.
  it.each(WRITERS.slice(0, 2))('$name /dev/stdout with standard output appended to a file: appended, the file kept', (writer) => {
    const dir = caseDir();
    const log = join(dir, 'log.txt');
    writeFileSync(log, 'earlier line\n');
    const r = spawnSync('sh', ['-c', 'exec "$@" >> "$LOG"', 'sh', process.execPath, '--import', 'tsx', ...CLI, ...writer.args('/dev/stdout')], {
      cwd: REPO, encoding: 'utf8', env: { ...process.env, LOG: log },
    });
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith('earlier line\n')).toBe(true);
    writer.expect(text.slice('earlier line\n'.length));
    expect(lstatSync('/dev/stdout').isSymbolicLink() || !lstatSync('/dev/stdout').isFile()).toBe(true);
  });

  it('extract --out /dev/stdout into a pipe', () => {
    const r = spawnSync('sh', ['-c', '"$@" | cat', 'sh', process.execPath, '--import', 'tsx', ...CLI, 'extract', fx.jsonl, '--quiet', '--out', '/dev/stdout'], {
      cwd: REPO, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout)).toHaveLength(fx.jsonlRecords);
  });

  it('extract --out /dev/stdout when standard output is a socket (which Linux cannot open by name): one line, exit 1', () => {
    // Node gives a child's piped standard output as a socket pair.
    const r = spawnSync(process.execPath, ['--import', 'tsx', ...CLI, 'extract', fx.jsonl, '--quiet', '--out', '/dev/stdout'], { cwd: REPO, encoding: 'utf8' });
    if (r.status === 0) {
      expect(lines(r.stdout)).toHaveLength(fx.jsonlRecords); // a platform that opens it: written through
    } else {
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^jobsift: cannot write \/dev\/stdout: no such device or address/)]);
    }
  });
});
