import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { lines, REPO, runCli } from './run-cli.js';

// JSON lines are read as bytes, 1 MB at a time, and decoded where they are parsed (a worker thread for its share).
// Each case below is held to the library's own summary of the text the line holds, computed here without the CLI.

interface SummaryLine {
  id: string;
  source: string;
  index: number;
  summary: Record<string, unknown>;
}

const corpus = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; text: string });
const extractor = createExtractor();
const summaryOf = (text: string): unknown => extractor.summarize(text).summary;
const parse = (stdout: string): SummaryLine[] => lines(stdout).map((l) => JSON.parse(l) as SummaryLine);

let dir: string;
let edgeFile: string;
let edgeBytes: Buffer;
/** The postings of edgeFile, by line number: what each line holds once decoded. */
let edgeExpected: [number, string, string][];
let wholeFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobsift-bytes-'));
  const [a, b, c, d] = corpus;
  // A posting over 1 MB long: its line spans reads. The filler is prose, the skills are at both ends.
  const longText = `${a!.text}\n${'Our team values curiosity and care. '.repeat(32_000)}\nRequired: 3+ years of Kubernetes.`;
  const bad = Buffer.concat([Buffer.from(`{"id":"bad-utf8","text":"Requires Python`), Buffer.from([0xff, 0xfe]), Buffer.from(` and SQL; a BS in Statistics."}`)]);
  const parts: Buffer[] = [
    Buffer.from([0xef, 0xbb, 0xbf]), // byte-order mark
    Buffer.from(JSON.stringify(a) + '\r\n'), // line 1
    Buffer.from('   \t\r\n'), // 2: blank
    Buffer.from('\u00a0\u3000\n'), // 3: white space only, outside ASCII
    Buffer.from(JSON.stringify({ id: 'long', text: longText }) + '\n'), // 4
    bad, // 5
    Buffer.from('\n'),
    Buffer.from(JSON.stringify(b) + '\n'), // 6
    Buffer.from(JSON.stringify({ id: 'accents', text: `Café Zürich — ${c!.text}` }) + '\n'), // 7
    Buffer.from(JSON.stringify(d)), // 8, no line break at the end
  ];
  edgeBytes = Buffer.concat(parts);
  edgeFile = join(dir, 'edge.jsonl');
  writeFileSync(edgeFile, edgeBytes);
  edgeExpected = [
    [1, a!.id, a!.text],
    [4, 'long', longText],
    [5, 'bad-utf8', 'Requires Python\ufffd\ufffd and SQL; a BS in Statistics.'],
    [6, b!.id, b!.text],
    [7, 'accents', `Café Zürich — ${c!.text}`],
    [8, d!.id, d!.text],
  ];
  wholeFile = join(REPO, 'examples/data/glassdoor-2020.jsonl');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON lines read as bytes', () => {
  it('a byte-order mark, CRLF, blank lines, malformed UTF-8 and a line over 1 MB: every posting read whole', () => {
    expect(edgeBytes.length).toBeGreaterThan(1024 * 1024);
    const r = runCli(['extract', edgeFile, '--summary-only']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out.map((o) => [o.index, o.id])).toEqual(edgeExpected.map(([n, id]) => [n, id]));
    out.forEach((o, i) => expect(o.summary, `line ${o.index}`).toEqual(summaryOf(edgeExpected[i]![2])));
    // The long posting's two ends were both read.
    expect(out[1]!.summary.skills).toEqual(expect.arrayContaining(['kubernetes']));
  });

  it('the same from standard input, and with --workers 2 (each worker decodes its own share)', () => {
    const one = runCli(['extract', edgeFile, '--summary-only']);
    const stdin = runCli(['extract', '-', '--summary-only'], { input: edgeBytes });
    const two = runCli(['extract', edgeFile, '--summary-only', '--workers', '2']);
    expect(stdin.code).toBe(0);
    expect(two.code).toBe(0);
    expect(parse(stdin.stdout).map((o) => ({ ...o, source: edgeFile }))).toEqual(parse(one.stdout));
    expect(two.stdout).toBe(one.stdout);
  });

  it('the whole example corpus (2.2 MB, three reads): every line, in order, as the library reads each text', () => {
    const r = runCli(['extract', wholeFile, '--summary-only', '--workers', '2']);
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out.map((o) => [o.index, o.id])).toEqual(corpus.map((p, i) => [i + 1, p.id]));
    out.forEach((o, i) => expect(o.summary, o.id).toEqual(summaryOf(corpus[i]!.text)));
  });

  it('a text file with a byte-order mark: the mark is not part of the posting', () => {
    const txt = join(dir, 'bom.txt');
    writeFileSync(txt, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(corpus[0]!.text)]));
    const r = runCli(['extract', txt]);
    expect(r.code).toBe(0);
    const [line] = lines(r.stdout).map((l) => JSON.parse(l) as { result: { meta: { inputLength: number }; summary: unknown } });
    expect(line!.result.meta.inputLength).toBe(corpus[0]!.text.length);
    expect(line!.result.summary).toEqual(summaryOf(corpus[0]!.text));
  });
});
