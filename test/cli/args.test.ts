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

  it.each(['0', '-2', '1.5', 'two', '', '257', '1e9'])('%j is a usage error (exit 2) that names the option', (value) => {
    expect(() => workersOf('--workers', value)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('--workers') }));
  });
});
