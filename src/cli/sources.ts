import { Buffer, constants as bufferConstants } from 'node:buffer';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { CliError, describeSystemError } from './cli-error.js';
import { readCsv } from './csv-reader.js';
import { isBlankLine, splitByteLines, withoutBom } from './lines.js';
import type { InputFormatName } from './args.js';

/** One input record, before validation: a JSON line still to decode and parse (in a worker) or a built posting. */
export interface RawRecord {
  /** The file (or "stdin"). */
  source: string;
  /** Line number for JSON lines and CSV, element index for JSON arrays, 1 for a single file. */
  index: number;
  /** Where to point the user: "file:17", "file[3]", "file". */
  loc: string;
  /** A JSON line as UTF-8 bytes, decoded where it is parsed (for a worker's batch, in the worker). */
  jsonBytes?: Uint8Array;
  value?: unknown;
  /** Why the record cannot be read at all (set by the reader instead of jsonBytes/value). */
  problem?: string;
}

export interface SourceOptions {
  inputFormat: InputFormatName;
  textColumn: string | null;
}

type Kind = Exclude<InputFormatName, 'auto'>;
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/** The files a directory input is read for, as the messages name them. */
const POSTING_FILE_KINDS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS].join(', ').replace(/, (?=[^,]*$)/, ' or ');

/**
 * Read size for files. Reads are synchronous: a run is bound by CPU, and a regular file's pages are copied in well
 * under a millisecond. Read through the thread pool, 32 kB at a time, this thread sat idle ~3% of a 2-worker run,
 * waiting for the pool's thread to get one of the two busy cores. The event loop still gets a turn after each read
 * (worker results, output drains).
 */
const READ_BYTES = 1024 * 1024;

/**
 * Decoded text is handed on in pieces of at most this many bytes. Strings above ~128 kB go to V8's large-object
 * space, which only a full GC frees: 1 MB chunks (and the lines sliced from them) piled up there to ~100 MB of dead
 * text at 20,000 postings. 32 kB pieces stay below that limit even as two-byte strings, and die young.
 */
const TEXT_PIECE_BYTES = 32 * 1024;

/** Below this much room left in the read buffer, the next read gets a new one. */
const MIN_READ_ROOM = 64 * 1024;

/** The longest string V8 makes (~512 M characters): a JSON document or a single posting read whole must fit in one. */
const MAX_WHOLE_CHARS = bufferConstants.MAX_STRING_LENGTH;

/**
 * The chunks joined into one string, or null when they would not fit in one (the reading stops there). A file read
 * whole must fit in a string: past V8's limit, joining them throws a RangeError from deep inside.
 */
async function wholeText(chunks: AsyncIterable<string>): Promise<string | null> {
  let text = '';
  for await (const c of chunks) {
    if (text.length + c.length > MAX_WHOLE_CHARS) return null;
    text += c;
  }
  return text;
}

/** The bytes of a file, or of a pipe or device named like one (`<(zcat x.gz)`, /dev/stdin). */
export async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${describeSystemError(err)}`);
  }
  try {
    if (!fstatSync(fd).isFile()) {
      // A pipe gives what its writer has written so far: read it as it comes, without blocking this thread.
      try {
        for await (const chunk of createReadStream('', { fd, autoClose: false })) yield chunk as Buffer;
      } catch (err) {
        throw new CliError(`cannot read ${path}: ${describeSystemError(err)}`);
      }
      return;
    }
    let buffer = Buffer.allocUnsafe(READ_BYTES);
    let used = 0;
    for (;;) {
      // A buffer is never reused: the lines of earlier reads may still be waiting in a batch. A short read leaves
      // the rest of the buffer to the next one; the views handed out never overlap.
      if (buffer.length - used < MIN_READ_ROOM) {
        buffer = Buffer.allocUnsafe(READ_BYTES);
        used = 0;
      }
      let size: number;
      try {
        size = readSync(fd, buffer, used, buffer.length - used, null);
      } catch (err) {
        throw new CliError(`cannot read ${path}: ${describeSystemError(err)}`);
      }
      if (size === 0) return;
      yield buffer.subarray(used, used + size);
      used += size;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    closeSync(fd);
  }
}

async function* stdinBytes(): AsyncGenerator<Uint8Array> {
  for await (const chunk of process.stdin) yield chunk as Buffer;
}

/** UTF-8 bytes as text, in pieces of at most TEXT_PIECE_BYTES; a character split between chunks is kept whole. */
async function* textChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += TEXT_PIECE_BYTES) {
      const text = decoder.write(chunk.subarray(at, at + TEXT_PIECE_BYTES));
      if (text !== '') yield text;
    }
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** Bytes decoded at a time while guessing: only the first character that is not white space matters. */
const SNIFF_PIECE_BYTES = 4096;

/** The kind of input that opens with `c`, its first character that is not white space. */
const kindOpenedBy = (c: string): Kind => (c === '[' ? 'json' : c === '{' || c === '"' ? 'jsonl' : c === '<' ? 'html' : 'text');

/**
 * Peeks at the first chunks (after any byte-order mark) to guess the kind, then replays them. Input that opens with
 * "{" is JSON lines, unless its first line is that "{" alone: one object written over many lines (`jq .`,
 * JSON.stringify with indentation), read as a JSON document.
 */
async function sniff(chunks: AsyncIterator<Uint8Array>): Promise<{ seen: Uint8Array[]; kind: Kind }> {
  const seen: Uint8Array[] = [];
  const decoder = new StringDecoder('utf8');
  let first = '';
  let kind: Kind | null = null;
  while (kind === null) {
    const next = await chunks.next();
    if (next.done) break;
    seen.push(next.value);
    for (let at = 0; at < next.value.length && kind === null; at += SNIFF_PIECE_BYTES) {
      let piece = decoder.write(next.value.subarray(at, at + SNIFF_PIECE_BYTES));
      if (first === '') {
        piece = piece.trimStart();
        if (piece === '') continue;
        first = piece.charAt(0);
        if (first !== '{') {
          kind = kindOpenedBy(first);
          break;
        }
        piece = piece.slice(1);
      }
      const lineEnd = piece.indexOf('\n');
      const line = lineEnd >= 0 ? piece.slice(0, lineEnd) : piece;
      if (line.trim() !== '') kind = 'jsonl';
      else if (lineEnd >= 0) kind = 'json';
    }
  }
  // At the end: nothing but white space (no records, as an empty JSON lines file: `jq ... | jobsift extract -` that
  // matched nothing is no error), or a "{" alone on its line (an object that never ends: the parser says so).
  if (kind === null) kind = first === '' ? 'jsonl' : first === '{' ? 'json' : kindOpenedBy(first);
  return { seen, kind };
}

async function* replay(seen: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* seen;
    for (let n = await rest.next(); !n.done; n = await rest.next()) yield n.value;
  } finally {
    await rest.return?.(); // closes the file when the reader stops early (--strict)
  }
}

function kindFromExtension(path: string): Kind | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.jsonlines') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  return null; // .json may hold an array or JSON lines: look at the first character
}

async function* jsonLines(chunks: AsyncIterable<Uint8Array>, source: string): AsyncGenerator<RawRecord> {
  for await (const { bytes, lineNo } of splitByteLines(chunks)) {
    if (isBlankLine(bytes)) continue;
    yield { source, index: lineNo, loc: `${source}:${lineNo}`, jsonBytes: bytes };
  }
}

/** Line number (1-based) of a character offset, for JSON syntax errors. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

async function* jsonArray(chunks: AsyncIterable<string>, source: string): AsyncGenerator<RawRecord> {
  // A JSON array is read whole: use JSON lines for corpora that do not fit in memory.
  const text = await wholeText(chunks);
  if (text === null) {
    throw new CliError(`${source}: a JSON document of over ${MAX_WHOLE_CHARS.toLocaleString('en-US')} characters cannot be read whole; write one posting per line (JSON lines, .jsonl)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? `${source}:${lineOf(text, Number(pos[1]))}` : source;
    throw new CliError(`${where}: invalid JSON (${message})`);
  }
  if (!Array.isArray(data)) {
    yield { source, index: 0, loc: source, value: data };
    return;
  }
  for (let i = 0; i < data.length; i++) yield { source, index: i, loc: `${source}[${i}]`, value: data[i] };
}

// CSV header -> posting field (lower case, spaces and underscores removed).
const CSV_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id', jobid: 'id',
  title: 'title', jobtitle: 'title', position: 'title',
  company: 'company', companyname: 'company', employer: 'company',
  location: 'location', joblocation: 'location',
  industry: 'industry',
  companysize: 'companySize', size: 'companySize', employees: 'companySize',
  postedat: 'postedAt', dateposted: 'postedAt', posted: 'postedAt',
};
const TEXT_COLUMNS = ['text', 'description', 'jobdescription', 'body', 'html'];
const columnKey = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

async function* csvRecords(chunks: AsyncIterable<string>, source: string, textColumn: string | null): AsyncGenerator<RawRecord> {
  let header: string[] | null = null;
  let textAt = -1;
  let textIsHtml = false;
  const mapped: [number, string][] = [];
  for await (const { fields, lineNo } of readCsv(chunks, source)) {
    if (!header) {
      header = fields.map((f) => f.trim());
      const keys = header.map(columnKey);
      if (textColumn !== null) {
        textAt = header.findIndex((h) => h === textColumn);
        if (textAt < 0) textAt = keys.indexOf(columnKey(textColumn));
      } else {
        for (const t of TEXT_COLUMNS) if (textAt < 0) textAt = keys.indexOf(t);
      }
      if (textAt < 0) {
        const wanted = textColumn === null ? 'no text column (text, description or job description)' : `no column "${textColumn}"`;
        throw new CliError(`${source}:${lineNo}: ${wanted}; the columns are ${header.map((h) => JSON.stringify(h)).join(', ')}; pass --text-column NAME`);
      }
      textIsHtml = keys[textAt] === 'html';
      keys.forEach((k, i) => {
        const field = CSV_COLUMNS[k];
        if (field && i !== textAt && !mapped.some(([, f]) => f === field)) mapped.push([i, field]);
      });
      continue;
    }
    const posting: Record<string, string> = {};
    for (const [i, f] of mapped) {
      const v = fields[i];
      if (v !== undefined && v !== '') posting[f] = v;
    }
    const text = fields[textAt];
    if (text === undefined) {
      yield { source, index: lineNo, loc: `${source}:${lineNo}`, problem: `no value in the text column (the row has ${fields.length} fields)` };
      continue;
    }
    posting[textIsHtml ? 'html' : 'text'] = text;
    yield { source, index: lineNo, loc: `${source}:${lineNo}`, value: posting };
  }
}

/**
 * The record of one posting file (or stdin) read whole: a problem record when it holds no text (counted as a posting,
 * an empty input would lower every share of the report), or more than a string can hold.
 */
async function* singleFile(chunks: AsyncIterable<string>, source: string, kind: 'text' | 'html', id = basename(source)): AsyncGenerator<RawRecord> {
  const text = await wholeText(chunks);
  if (text === null) yield { source, index: 1, loc: source, problem: `over ${MAX_WHOLE_CHARS.toLocaleString('en-US')} characters, too long to read as one posting` };
  else if (text.trim() === '') yield { source, index: 1, loc: source, problem: source === 'stdin' ? 'empty input' : 'empty file' };
  else yield { source, index: 1, loc: source, value: { id, [kind]: text } };
}

/** The records of one input's bytes (a byte-order mark already taken off). */
async function* recordsOf(chunks: AsyncIterable<Uint8Array>, source: string, kind: Kind, options: SourceOptions): AsyncGenerator<RawRecord> {
  if (kind === 'jsonl') yield* jsonLines(chunks, source);
  else if (kind === 'json') yield* jsonArray(textChunks(chunks), source);
  else if (kind === 'csv') yield* csvRecords(textChunks(chunks), source, options.textColumn);
  else yield* singleFile(textChunks(chunks), source, kind);
}

const isPostingFileName = (name: string): boolean => TEXT_EXTENSIONS.has(extname(name).toLowerCase()) || HTML_EXTENSIONS.has(extname(name).toLowerCase());

/** What a directory entry is, following a symbolic link (null: a link that leads nowhere, or nowhere readable). */
async function entryType(path: string, entry: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): Promise<'dir' | 'file' | 'other' | null> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

/**
 * The posting files under `dir`, sorted by name at each level. Symbolic links are followed (a directory reached
 * twice, as through a link to a parent, is walked once); hidden files and directories (".git") are passed over. A
 * link that leads nowhere is listed when its name is a posting file's, so that reading it reports the problem.
 */
async function listPostingFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walked = new Set<string>();
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      const real = await realpath(d);
      if (walked.has(real)) return;
      walked.add(real);
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      throw new CliError(`cannot read ${d}: ${describeSystemError(err)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      const type = await entryType(p, e);
      if (type === 'dir') await walk(p);
      else if ((type === 'file' || type === null) && isPostingFileName(e.name)) found.push(p);
    }
  };
  await walk(dir);
  return found;
}

/** Every record of every input, in order: files, directories of posting files (.txt, .md, .html...), or "-" for standard input. */
export async function* readInputs(inputs: readonly string[], options: SourceOptions): AsyncGenerator<RawRecord> {
  for (const input of inputs) {
    if (input === '-') {
      const it = withoutBom(stdinBytes(), 'stdin')[Symbol.asyncIterator]();
      const { seen, kind } = await sniff(it);
      const chosen: Kind = options.inputFormat !== 'auto' ? options.inputFormat : options.textColumn !== null ? 'csv' : kind;
      yield* recordsOf(replay(seen, it), 'stdin', chosen, options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      throw new CliError(`cannot read ${input}: ${describeSystemError(err)}`);
    }
    if (info.isDirectory()) {
      const files = await listPostingFiles(input);
      if (files.length === 0) throw new CliError(`${input}: no posting files in this directory (${POSTING_FILE_KINDS})`);
      for (const file of files) {
        const kind = HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? 'html' : 'text';
        // Read as a named posting file is (its byte-order mark off, UTF-16 refused), under its path in the folder.
        yield* singleFile(textChunks(withoutBom(fileBytes(file), file)), file, kind, relative(input, file));
      }
      continue;
    }
    let kind: Kind | null = options.inputFormat !== 'auto' ? options.inputFormat : kindFromExtension(input);
    if (kind === null && options.textColumn !== null) kind = 'csv';
    if (kind === null) {
      const it = withoutBom(fileBytes(input), input)[Symbol.asyncIterator]();
      const sniffed = await sniff(it);
      yield* recordsOf(replay(sniffed.seen, it), input, sniffed.kind, options);
    } else {
      yield* recordsOf(withoutBom(fileBytes(input), input), input, kind, options);
    }
  }
}
