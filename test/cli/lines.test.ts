import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { decodeUtf8, isBlankLine, splitByteLines, withoutBom } from '../../src/cli/lines.js';
import { packForTransfer } from '../../src/cli/pipeline.js';
import type { RawRecord } from '../../src/cli/sources.js';

const encoder = new TextEncoder();

async function* fromChunks(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** The bytes of `text` cut at the given offsets (sorted, deduplicated, possibly inside a character). */
function cut(text: string, offsets: readonly number[]): Uint8Array[] {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const o of [...at, bytes.length]) {
    if (o > from) chunks.push(bytes.subarray(from, o));
    from = Math.max(from, o);
  }
  return chunks;
}

async function linesOf(chunks: readonly Uint8Array[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const { bytes, lineNo } of splitByteLines(fromChunks(chunks))) out.push([lineNo, decodeUtf8(bytes)]);
  return out;
}

/** What a line reader must give, by String.split: LF ends a line, a CR before it is dropped, no line after a last LF. */
function expectedLines(text: string): [number, string][] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((p, i) => [i + 1, p.endsWith('\r') ? p.slice(0, -1) : p]);
}

describe('splitByteLines', () => {
  it.each([
    ['LF lines', '{"a":1}\n{"b":2}\n', [[1, '{"a":1}'], [2, '{"b":2}']]],
    ['CRLF lines and no LF at the end', '{"a":1}\r\n{"b":"é"}', [[1, '{"a":1}'], [2, '{"b":"é"}']]],
    ['blank lines keep their numbers', '\n\n{"a":1}\n', [[1, ''], [2, ''], [3, '{"a":1}']]],
    ['a lone CR inside a line is kept', 'a\rb\n', [[1, 'a\rb']]],
    ['a last line ending in CR loses it', 'a\r', [[1, 'a']]],
    ['nothing', '', []],
  ] as const)('%s', async (_name, text, expected) => {
    for (let size = 1; size <= 4; size++) {
      const chunks = cut(text, Array.from({ length: 40 }, (_, i) => (i + 1) * size));
      expect(await linesOf(chunks)).toEqual(expected);
    }
  });

  it('gives the lines String.split gives, however the bytes are cut (characters split across chunks included)', async () => {
    const pieces = fc.constantFrom('\n', '\r\n', '\r', ' ', 'é', '€', '😀', '{"id":"x"}', '\u2028', 'a');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 40 }), fc.array(fc.nat(400), { maxLength: 12 }), async (parts, offsets) => {
        const text = parts.join('');
        expect(await linesOf(cut(text, offsets))).toEqual(expectedLines(text));
      }),
    );
  });

  it('joins a line that spans many chunks once, whole', async () => {
    const long = 'x'.repeat(100_000);
    const text = `{"a":"${long}"}\n{"b":1}\n`;
    const chunks = cut(text, Array.from({ length: 60 }, (_, i) => i * 1700 + 3));
    const lines = await linesOf(chunks);
    expect(lines.map(([n, l]) => [n, l.length])).toEqual([[1, long.length + 8], [2, 7]]);
    expect(lines[0]![1]).toBe(`{"a":"${long}"}`);
  });
});

describe('withoutBom', () => {
  const BOM = [0xef, 0xbb, 0xbf];
  async function bytesOf(chunks: number[][]): Promise<number[]> {
    const out: number[] = [];
    for await (const c of withoutBom(fromChunks(chunks.map((c) => new Uint8Array(c))))) out.push(...c);
    return out;
  }

  it.each([
    ['a mark in one chunk', [[...BOM, 0x7b, 0x7d]], [0x7b, 0x7d]],
    ['a mark cut into three chunks', [[0xef], [0xbb], [0xbf, 0x7b]], [0x7b]],
    ['a mark cut after two bytes', [[0xef, 0xbb], [0xbf], [0x61]], [0x61]],
    ['only a mark', [BOM], []],
    ['no mark', [[0x7b], [0x7d]], [0x7b, 0x7d]],
    ['a mark later in the text is text', [[0x61, ...BOM]], [0x61, ...BOM]],
    ['the start of a mark, then other bytes', [[0xef], [0xbb, 0x61]], [0xef, 0xbb, 0x61]],
    ['the start of a mark and nothing more', [[0xef, 0xbb]], [0xef, 0xbb]],
    ['nothing', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(await bytesOf(chunks)).toEqual(expected);
  });

  // `{"` as UTF-16 and UTF-32, with and without a byte-order mark, whole or a byte at a time.
  it.each([
    ['UTF-16LE with its mark', [[0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00]], /byte-order mark/],
    ['UTF-16BE with its mark', [[0xfe, 0xff, 0x00, 0x7b, 0x00, 0x22]], /byte-order mark/],
    ['UTF-32LE with its mark', [[0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]], /byte-order mark/],
    ['UTF-16LE without a mark', [[0x7b, 0x00, 0x22, 0x00]], /NUL bytes/],
    ['UTF-16BE without a mark, a byte at a time', [[0x00], [0x7b], [0x00], [0x22]], /NUL bytes/],
    ['one ASCII character of UTF-16LE and nothing more', [[0x61, 0x00]], /NUL bytes/],
    ['UTF-32BE with its mark', [[0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x7b]], /UTF-32/],
    ['UTF-32BE without a mark, a byte at a time', [[0x00], [0x00], [0x00], [0x7b]], /UTF-32/],
  ])('refuses %s, naming the source', async (_name, chunks, reason) => {
    const read = async (): Promise<void> => {
      for await (const _ of withoutBom(fromChunks(chunks.map((c) => new Uint8Array(c))), 'posts.json'));
    };
    await expect(read()).rejects.toThrow(CliError);
    await expect(read()).rejects.toThrow(reason);
    await expect(read()).rejects.toThrow(/^posts\.json: .*reads UTF-8/);
  });

  it('keeps UTF-8 that holds NUL bytes later on, or starts with a character beyond ASCII', async () => {
    expect(await bytesOf([[0x7b, 0x7d, 0x00, 0x00]])).toEqual([0x7b, 0x7d, 0x00, 0x00]);
    expect(await bytesOf([[0xc3, 0xa9, 0x00]])).toEqual([0xc3, 0xa9, 0x00]);
  });
});

describe('isBlankLine', () => {
  it.each([
    ['', true],
    [' \t\u000b\u000c\r', true],
    ['\u00a0 \u3000\ufeff', true],
    ['  {', false],
    ['\u00a0x', false],
    ['é', false],
  ])('%j -> %s', (text, blank) => {
    expect(isBlankLine(encoder.encode(text))).toBe(blank);
  });

  it('agrees with String.prototype.trim on any text', () => {
    const chars = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\ufeff', '\u2028', '\u0085', 'a', '{', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(chars).map((c) => c.join(''))), (text) => {
        expect(isBlankLine(encoder.encode(text))).toBe(text.trim() === '');
      }),
    );
  });
});

describe('decodeUtf8', () => {
  it('turns malformed bytes into U+FFFD as Node does, and reads views of a larger buffer', () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x61, 0xc3, 0xa9, 0xe2, 0x82]);
    expect(decodeUtf8(bytes)).toBe('{\ufffda\u00e9\ufffd');
    expect(decodeUtf8(bytes.subarray(2, 5))).toBe('a\u00e9');
  });
});

describe('packForTransfer', () => {
  const record = (index: number, json: string | null): RawRecord => ({
    source: 'f.jsonl',
    index,
    loc: `f.jsonl:${index}`,
    ...(json === null ? { value: { text: 'built' } } : { jsonBytes: encoder.encode(`__${json}__`).subarray(2, 2 + encoder.encode(json).length) }),
  });

  it('copies every line into one buffer to transfer; each record keeps a view of exactly its bytes', () => {
    const records = [record(1, '{"a":"é"}'), record(2, null), record(3, '{}'), record(4, '{"b":[1,2]}')];
    const { records: packed, transfer } = packForTransfer(records);
    expect(transfer).toHaveLength(1);
    expect(transfer[0]!.byteLength).toBe(encoder.encode('{"a":"é"}{}{"b":[1,2]}').length);
    expect(packed.map((r) => (r.jsonBytes ? decodeUtf8(r.jsonBytes) : r.value))).toEqual(['{"a":"é"}', { text: 'built' }, '{}', '{"b":[1,2]}']);
    for (const r of packed) if (r.jsonBytes) expect(r.jsonBytes.buffer).toBe(transfer[0]);
    expect(packed.map((r) => [r.source, r.index, r.loc])).toEqual(records.map((r) => [r.source, r.index, r.loc]));
    // The caller's records still view their own bytes.
    expect(decodeUtf8(records[0]!.jsonBytes!)).toBe('{"a":"é"}');
    expect(records[0]!.jsonBytes!.buffer).not.toBe(transfer[0]);
  });

  it('transfers nothing for a batch without JSON lines', () => {
    const records = [record(1, null)];
    expect(packForTransfer(records)).toEqual({ records, transfer: [] });
  });

  it('a transferred batch arrives whole through a message channel, its buffer moved, not copied', async () => {
    const { MessageChannel } = await import('node:worker_threads');
    const { port1, port2 } = new MessageChannel();
    const { records, transfer } = packForTransfer([record(7, '{"x":"ü"}'), record(8, '[1]')]);
    const received = new Promise<RawRecord[]>((resolve) => port2.once('message', resolve));
    port1.postMessage(records, transfer);
    const got = await received;
    port1.close();
    expect(transfer[0]!.byteLength).toBe(0); // detached: moved, not copied
    expect(got.map((r) => [r.index, decodeUtf8(r.jsonBytes!)])).toEqual([[7, '{"x":"ü"}'], [8, '[1]']]);
  });
});
