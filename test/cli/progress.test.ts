import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

/** What the progress line writes to a terminal, captured (standard error made to look like one). */
function captureTerminal(): string[] {
  const written: string[] = [];
  setTerminal(true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

const wasTerminal = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
/** Standard error under the tests is a pipe, without an isTTY of its own: one is defined for the test. */
function setTerminal(value: boolean): void {
  Object.defineProperty(process.stderr, 'isTTY', { value, configurable: true, writable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
  if (wasTerminal) Object.defineProperty(process.stderr, 'isTTY', wasTerminal);
  else delete (process.stderr as { isTTY?: boolean }).isTTY;
});

describe('progress line', () => {
  it('clear() wipes the line so that a warning starts at the margin, and the next tick draws it again', () => {
    const written = captureTerminal();
    const progress = createProgress(true);
    progress.tick(64);
    expect(written).toHaveLength(1);
    expect(written[0]!.startsWith('\rjobsift: 64 records (')).toBe(true);
    expect(written[0]!.endsWith('/s)\u001b[K')).toBe(true);
    progress.clear();
    expect(written[1]).toBe('\r\u001b[K');
    progress.tick(64); // within 200 ms of the first draw: drawn because the line was cleared
    expect(written[2]).toMatch(/^\rjobsift: 128 records/);
    progress.done();
    expect(written[3]).toBe('\r\u001b[K');
  });

  it('writes nothing when cleared before anything was shown, or when standard error is no terminal', () => {
    const written = captureTerminal();
    createProgress(true).clear();
    expect(written).toEqual([]);
    setTerminal(false);
    const quiet = createProgress(true);
    quiet.tick(10);
    quiet.clear();
    quiet.done();
    expect(written).toEqual([]);
  });
});
