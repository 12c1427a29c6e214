import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv, type CsvRecord } from '../../src/cli/csv-reader.js';

async function* chunked(parts: readonly string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

async function read(parts: readonly string[]): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of readCsv(chunked(parts), 'test.csv')) out.push(r);
  return out;
}

/** The text cut at the given positions (sorted, within the text). */
function cutAt(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of at) {
    parts.push(text.slice(from, c));
    from = c;
  }
  parts.push(text.slice(from));
  return parts;
}

describe('readCsv', () => {
  it.each([
    // [name, input, expected records as [fields, line]]
    ['LF records', 'a,b\nc,d\n', [[['a', 'b'], 1], [['c', 'd'], 2]]],
    ['CRLF records', 'a,b\r\nc,d\r\n', [[['a', 'b'], 1], [['c', 'd'], 2]]],
    ['lone CR records', 'a,b\rc,d', [[['a', 'b'], 1], [['c', 'd'], 2]]],
    ['blank lines skipped, counted', 'a\r\n\r\n\nb\n', [[['a'], 1], [['b'], 4]]],
    ['CRLF kept inside a quoted field', 'id,text\r\n1,"Python\r\nSQL"\r\n2,x\r\n', [[['id', 'text'], 1], [['1', 'Python\r\nSQL'], 2], [['2', 'x'], 4]]],
    ['lone CR kept inside a quoted field', '1,"a\rb"\n2,c\n', [[['1', 'a\rb'], 1], [['2', 'c'], 3]]],
    ['LF kept inside a quoted field', '1,"a\nb"\n', [[['1', 'a\nb'], 1]]],
    ['quoted field closing before CRLF', '"x","y"\r\n"z"', [[['x', 'y'], 1], [['z'], 2]]],
    ['doubled quotes and commas', '"say ""hi"", then",2\n', [[['say "hi", then', '2'], 1]]],
    ['byte-order mark dropped', '\ufeffa,b\n', [[['a', 'b'], 1]]],
  ] as const)('%s', async (_name, input, expected) => {
    const records = await read([input]);
    expect(records.map((r) => [r.fields, r.lineNo])).toEqual(expected);
  });

  it('names the line of a quoted field that never ends, counting CRLF once', async () => {
    await expect(read(['a\r\nb\r\n"open\r\nstill open'])).rejects.toThrow(/test\.csv:3: a quoted CSV field never ends/);
  });

  it('reads the same records however the input is cut into chunks', async () => {
    const sample = 'id,text\r\n1,"Python\r\nand ""SQL"""\r\n\r\n2,"a\rb",c\r3,d\n"4"\r\n';
    const whole = await read([sample]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        expect(await read(cutAt(sample, cuts))).toEqual(whole);
      }),
    );
  });

  it('drops only the input\'s first byte-order mark, even when it comes as a chunk of its own', async () => {
    const whole = await read(['\ufeff\ufeffa,b\n']);
    expect(whole.map((r) => r.fields)).toEqual([['\ufeffa', 'b']]);
    expect(await read(['\ufeff', '\ufeffa,b\n'])).toEqual(whole);
    expect(await read(['', '\ufeff', '', '\ufeffa,b\n'])).toEqual(whole);
  });

  it('a CR that ends one chunk and an LF that starts the next are one line break', async () => {
    expect((await read(['a\r', '\nb\r', '\n'])).map((r) => [r.fields, r.lineNo])).toEqual([[['a'], 1], [['b'], 2]]);
    expect((await read(['1,"x\r', '\ny"\n2\n'])).map((r) => [r.fields, r.lineNo])).toEqual([[['1', 'x\r\ny'], 1], [['2'], 3]]);
  });
});
