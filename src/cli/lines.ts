import { Buffer } from 'node:buffer';
import { CliError } from './cli-error.js';

/** One line of a byte stream: its bytes (no LF, no CR before it) and its 1-based number. */
export interface ByteLine {
  bytes: Uint8Array;
  lineNo: number;
}

const LF = 10;
const CR = 13;

/** The pieces of a line that spans chunks, joined once when it ends (a long line is copied once, not per chunk). */
function joined(pieces: readonly Uint8Array[], last: Uint8Array): Uint8Array {
  if (pieces.length === 0) return last;
  let size = last.length;
  for (const p of pieces) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  out.set(last, at);
  return out;
}

const withoutCr = (line: Uint8Array): Uint8Array => (line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line);

/**
 * Splits a stream of byte chunks into lines (LF or CRLF) without decoding them: a LF byte never occurs inside a
 * multi-byte UTF-8 character, so each line is whole UTF-8. Lines are views of the chunks (no copy) unless they span
 * chunks.
 */
export async function* splitByteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  let pieces: Uint8Array[] = [];
  let lineNo = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      const bytes = withoutCr(joined(pieces, chunk.subarray(start, nl)));
      pieces = []; // before the yield: a long line's pieces are not held while the line is processed
      start = nl + 1;
      yield { bytes, lineNo: ++lineNo };
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start));
  }
  if (pieces.length > 0) {
    const bytes = withoutCr(joined(pieces.slice(0, -1), pieces[pieces.length - 1]!));
    pieces = [];
    yield { bytes, lineNo: ++lineNo };
  }
}

/** True when the line holds only white space (as String.prototype.trim sees it); decodes only non-ASCII lines. */
export function isBlankLine(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    return b < 0x80 ? false : decodeUtf8(bytes).trim() === '';
  }
  return true;
}

/** UTF-8 bytes to text, malformed sequences as U+FFFD (as Node's stream decoding gives them). */
export function decodeUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString('utf8');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsLikeBom = (bytes: Uint8Array): boolean => UTF8_BOM.every((b, i) => i >= bytes.length || bytes[i] === b);

const isPrintableAscii = (b: number | undefined): boolean => b !== undefined && b >= 0x20 && b < 0x7f;

/**
 * Why bytes that start so are not UTF-8 text, or null: a UTF-16 or UTF-32 byte-order mark, an ASCII character
 * beside a NUL (UTF-16 without a mark), or two NULs (UTF-32BE). Read as UTF-8, such input would become one garbled posting.
 */
function notUtf8Reason(head: Uint8Array): string | null {
  const [a, b] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'it is UTF-16 or UTF-32 text (it starts with that byte-order mark)';
  if ((a === 0 && isPrintableAscii(b)) || (isPrintableAscii(a) && b === 0)) return 'it looks like UTF-16 text (NUL bytes between its characters)';
  // UTF-32BE, with its mark (00 00 FE FF) or without (00 00 00 x): no UTF-8 text opens with two NULs.
  if (a === 0 && b === 0) return 'it looks like UTF-32 text (it starts with two NUL bytes)';
  return null;
}

/** The message for input that is not UTF-8. */
const notUtf8Message = (source: string, reason: string): string =>
  `${source}: ${reason}; jobsift reads UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)`;

/**
 * The bytes without a UTF-8 byte-order mark at their start (it marks the encoding, it is not text). Input that
 * starts like UTF-16 or UTF-32 is refused with a CliError naming `source`.
 */
export async function* withoutBom(chunks: AsyncIterable<Uint8Array>, source = 'input'): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | null = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (head === null) {
      yield chunk;
      continue;
    }
    const start: Uint8Array = head.length > 0 ? joined([head], chunk) : chunk;
    // A pipe may deliver the first bytes one or two at a time.
    if (start.length < UTF8_BOM.length) {
      head = start;
      continue;
    }
    const reason = notUtf8Reason(start);
    if (reason !== null) throw new CliError(notUtf8Message(source, reason));
    const rest = startsLikeBom(start) ? start.subarray(UTF8_BOM.length) : start;
    head = null;
    if (rest.length > 0) yield rest;
  }
  if (head !== null && head.length > 0) {
    // Fewer bytes than a mark: a lone start of one is malformed text, not a mark.
    const reason = notUtf8Reason(head);
    if (reason !== null) throw new CliError(notUtf8Message(source, reason));
    yield head;
  }
}
