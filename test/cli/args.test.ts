import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/aggregate/index.js';
import { COMMAND_OPTIONS, COMMANDS, OUTPUT_FORMATS, parseArgs, USAGE } from '../../src/cli/args.js';
import { runCli } from './run-cli.js';

describe('--workers', () => {
  const workersOf = (...value: string[]): number => parseArgs(['report', 'postings.jsonl', ...value])!.workers;

  it.each([
    [[], 1],
    [['--workers', '1'], 1],
    [['--workers', '3'], 3],
    [['--workers', '256'], 256],
  ])('%j -> %i threads', (args, threads) => {
    expect(workersOf(...args)).toBe(threads);
  });

  it('auto is one thread per core', () => {
    expect(workersOf('--workers', 'auto')).toBe(availableParallelism());
  });

  it.each(['0', '-2', '1.5', 'two', '', '257', '1e9', ' 2', '2.0', '0x2', '1e2', '02', '+2'])('%j is a usage error (exit 2) that names the option', (value) => {
    expect(() => workersOf('--workers', value)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('--workers') }));
  });
});

describe('--top', () => {
  it.each(['0b11', '1e1', ' 5', '5.0', '0'])('%j is a usage error (exit 2)', (value) => {
    expect(() => parseArgs(['report', 'p.jsonl', '--top', value])).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('--top') }));
  });

  it('takes decimal digits', () => {
    expect(parseArgs(['report', 'p.jsonl', '--top', '40'])!.top).toBe(40);
    expect(parseArgs(['report', 'p.jsonl', '--top=7'])!.top).toBe(7);
  });
});

describe('flags', () => {
  it.each(['--strict=false', '--quiet=no', '--no-dedupe=1', '--summary-only='])('%s is a usage error: a flag takes no value', (arg) => {
    const command = arg.startsWith('--summary-only') ? 'extract' : 'report';
    expect(() => parseArgs([command, 'p.jsonl', arg])).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/takes no value/) }));
  });

  it('a flag alone is set', () => {
    expect(parseArgs(['report', 'p.jsonl', '--strict', '--quiet'])).toMatchObject({ strict: true, quiet: true });
    expect(parseArgs(['report', 'p.jsonl'])).toMatchObject({ strict: false, quiet: false, dedupe: true });
  });
});

describe('options of another command', () => {
  // Each would be read by nothing: a run that silently does less than asked.
  it.each([
    ['extract', ['--also-html', 'x.html']],
    ['extract', ['--title', 'T']],
    ['extract', ['--top', '5']],
    ['extract', ['--no-dedupe']],
    ['report', ['--summary-only']],
    ['merge', ['--workers', '2']],
    ['merge', ['--taxonomy', 't.json']],
    ['merge', ['--strict']],
  ])('%s %j is a usage error (exit 2) naming the option and the command', (command, options) => {
    expect(() => parseArgs([command, 'in.json', ...options])).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringContaining(`${options[0]} is not an option of ${command}`) }),
    );
  });

  it.each([
    ['extract', ['--out', 'o.jsonl', '--workers', '2', '--summary-only', '--strict', '--quiet', '--taxonomy', 't.json', '--input-format', 'csv', '--text-column', 'body']],
    ['report', ['--format', 'html', '--also-html', 'r.html', '--top', '5', '--title', 'T', '--no-dedupe', '--workers', 'auto', '--strict']],
    ['merge', ['--format', 'md', '--out', 'r.md', '--also-html', 'r.html', '--top', '5', '--title', 'T', '--no-dedupe', '--quiet']],
  ])('%s takes its own options', (command, options) => {
    expect(parseArgs([command, 'in.json', ...options])!.command).toBe(command);
  });
});

describe('jobsift --help', () => {
  /** The lines of one command in the Usage block: its own line and the indented lines that continue it. */
  const usageOf = (command: string): string => {
    const usage = USAGE.slice(0, USAGE.indexOf('\n\n'));
    const out: string[] = [];
    for (const line of usage.split('\n')) {
      if (/^ {2}jobsift /.test(line)) {
        if (out.length > 0) break;
        if (new RegExp(`^ {2}jobsift ${command} `).test(line)) out.push(line);
      } else if (out.length > 0 && /^ {3,}\S/.test(line)) out.push(line);
    }
    return out.join('\n');
  };
  const optionsIn = (text: string): string[] => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
  /** The Options block's entry for one option: its line and the lines that continue it. */
  const entryOf = (option: string): string => {
    const block = USAGE.slice(USAGE.indexOf('\nOptions:\n'));
    const start = block.search(new RegExp(`\\n {2}${option}[ ,]`));
    const next = block.slice(start + 1).search(/\n {2}-/);
    return block.slice(start + 1, next < 0 ? undefined : start + 1 + next);
  };

  it('is what jobsift --help prints', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
  });

  it.each(COMMANDS.map((c) => [c]))('the usage line of %s names exactly the options its parser accepts', (command) => {
    const accepted = [...COMMAND_OPTIONS[command]].sort();
    expect(accepted.length).toBeGreaterThan(0);
    expect(optionsIn(usageOf(command))).toEqual(accepted);
  });

  it('every option a parser accepts has an entry in the Options list, and every other entry is --help', () => {
    const accepted = [...new Set(['--help', ...COMMANDS.flatMap((c) => [...COMMAND_OPTIONS[c]])])].sort();
    const listed = optionsIn(USAGE.slice(USAGE.indexOf('\nOptions:\n')).split('\n').filter((l) => /^ {2}-/.test(l)).map((l) => l.trim().split(/\s{2,}/)[0]!).join(' '));
    expect(listed).toEqual(accepted);
  });

  it.each([...new Set(COMMANDS.flatMap((c) => [...COMMAND_OPTIONS[c]]))].sort().map((o) => [o]))(
    'the Options entry of %s names the commands that take it (none named: every command)',
    (option) => {
      const takers = COMMANDS.filter((c) => COMMAND_OPTIONS[c].has(option));
      const named = new RegExp(`^ {2}${option}(?: \\S+)? +((?:${COMMANDS.join('|')})(?:, (?:${COMMANDS.join('|')}))*): `).exec(entryOf(option))?.[1];
      expect(named?.split(', ') ?? [...COMMANDS]).toEqual(takers);
    },
  );

  describe('the --format default it states is what each command writes without --format', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'jobsift-help-'));
      const shard = createAggregator();
      for (const text of ['Data Scientist\nRequirements:\n- BS in Statistics and 3+ years of Python and SQL', 'Requires a PhD in Physics and Spark.']) shard.add(text);
      writeFileSync(join(dir, 'shard.partial.json'), JSON.stringify(shard.toJSON()));
      writeFileSync(join(dir, 'postings.jsonl'), `${JSON.stringify({ text: 'Requires a BS in CS and 2 years of R.' })}\n`);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['report', 'postings.jsonl'],
      ['merge', 'shard.partial.json'],
    ])('%s', (command, input) => {
      const stated = new RegExp(`\\b${command} default (\\w+)`).exec(entryOf('--format'))?.[1];
      expect(OUTPUT_FORMATS).toContain(stated);
      const plain = runCli([command, join(dir, input), '--quiet']);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toBe(runCli([command, join(dir, input), '--quiet', '--format', stated!]).stdout);
      for (const other of OUTPUT_FORMATS.filter((f) => f !== stated)) {
        expect(plain.stdout).not.toBe(runCli([command, join(dir, input), '--quiet', '--format', other]).stdout);
      }
    });
  });
});
