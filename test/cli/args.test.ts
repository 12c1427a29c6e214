import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';

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
