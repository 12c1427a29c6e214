import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/lines.js';
import { fileBytes, readInputs } from '../../src/cli/sources.js';
import { REPO } from './run-cli.js';

// How the CLI reads its inputs' bytes: regular files in large synchronous reads, pipes as they come, the file closed
// however the reader stops.

const hasFifo = process.platform !== 'win32';
const hasProcFd = existsSync('/proc/self/fd');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobsift-sources-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function chunksOf(path: string): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const c of fileBytes(path)) out.push(c);
  return out;
}

describe('fileBytes', () => {
  it('a regular file: its bytes in order, in views that never share bytes, three 1 MB buffers for 2.5 MB', async () => {
    const file = join(dir, 'big.bin');
    const bytes = Buffer.alloc(Math.round(2.5 * 1024 * 1024));
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    const chunks = await chunksOf(file);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(3);
    // Views of one buffer follow each other without overlap.
    const byBuffer = new Map<ArrayBufferLike, [number, number][]>();
    for (const c of chunks) byBuffer.set(c.buffer, [...(byBuffer.get(c.buffer) ?? []), [c.byteOffset, c.byteOffset + c.length]]);
    for (const spans of byBuffer.values()) spans.slice(1).forEach(([from], i) => expect(from).toBeGreaterThanOrEqual(spans[i]![1]));
  });

  it('a small file comes in one chunk, an empty file in none', async () => {
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, '{"text":"SQL"}\n');
    const chunks = await chunksOf(small);
    expect(chunks.map(decodeUtf8)).toEqual(['{"text":"SQL"}\n']);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    expect(await chunksOf(empty)).toEqual([]);
  });

  it('a directory or a missing file is a CliError naming the path', async () => {
    await expect(chunksOf(dir)).rejects.toThrow(`cannot read ${dir}`);
    await expect(chunksOf(join(dir, 'nope.jsonl'))).rejects.toThrow(/cannot read .*nope\.jsonl/);
  });

  it.skipIf(!hasFifo)('a named pipe written in 8 kB pieces: read whole, without a read buffer held per piece', async () => {
    const fifo = join(dir, 'postings.fifo');
    execFileSync('mkfifo', [fifo]);
    // One 3 MB JSON line, written 8 kB at a time with pauses, so that reads see the pieces one by one.
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w');
      const body = Buffer.from('{"id":"x","text":"' + 'Python and SQL. '.repeat(3 * 65536) + '"}\\n');
      let at = 0;
      const step = () => { if (at >= body.length) return fs.closeSync(fd); fs.writeSync(fd, body.subarray(at, at + 8192)); at += 8192; setTimeout(step, 0.2); };
      step();`]);
    let peak = 0;
    const records = [];
    for await (const r of readInputs([fifo], { inputFormat: 'jsonl', textColumn: null })) {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
      records.push(r);
    }
    await new Promise((resolve) => writer.on('close', resolve));
    expect(records).toHaveLength(1);
    const posting = JSON.parse(decodeUtf8(records[0]!.jsonBytes!)) as { text: string };
    expect(posting.text).toBe('Python and SQL. '.repeat(3 * 65536));
    // ~3 MB of line (twice, while joined); a 1 MB buffer per 8 kB piece would be ~390 MB.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('readInputs', () => {
  it.skipIf(!hasProcFd)('closes the file when its reader stops early (as --strict does), guessed formats included', async () => {
    const source = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8').split('\n').slice(0, 3).join('\n') + '\n';
    const fds = (): number => readdirSync('/proc/self/fd').length;
    for (const name of ['lines.jsonl', 'lines.json', 'lines']) {
      const file = join(dir, name);
      writeFileSync(file, source);
      const before = fds();
      for await (const record of readInputs([file], { inputFormat: 'auto', textColumn: null })) {
        expect(record.index).toBe(1);
        break;
      }
      expect(fds(), name).toBe(before);
    }
  });
});

describe('standard input delivered a few bytes at a time', () => {
  it('a byte-order mark split across reads is still taken off before the format is guessed', async () => {
    const posting = '{"id":"a","text":"Requires Python and SQL"}\n';
    const child = spawn(process.execPath, ['--import', 'tsx', `${REPO}src/cli/main.ts`, 'extract', '-', '--summary-only'], { cwd: REPO });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.write(Buffer.from([0xef]));
    await pause();
    child.stdin.write(Buffer.from([0xbb]));
    await pause();
    child.stdin.end(Buffer.concat([Buffer.from([0xbf]), Buffer.from(posting)]));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; index: number; summary: { skills: string[] } });
    expect(out.map((o) => [o.id, o.index, o.summary.skills])).toEqual([['a', 1, ['python', 'sql']]]);
  });
});
