/**
 * Dedupe keys: the posting text folded (case, runs of whitespace, leading and trailing space) and hashed with two
 * 32-bit FNV-1a variants (different offset bases) into 16 hex digits, in one pass without copying the text.
 * Exact duplicates up to case and spacing share a key; at 64 bits a false match among a million postings has a
 * chance of about 3e-8.
 */

const FNV_PRIME = 0x01000193;

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** The folded code units of a text, as the hash sees them: lower case, one space per whitespace run, trimmed. */
function forEachFolded(text: string, visit: (c: number) => void): void {
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) visit(32);
    pendingSpace = false;
    started = true;
    visit(lower(c));
  }
}

/** The text as compared for duplicates (for tests and debugging; the hash folds without building it). */
export function foldForDedupe(text: string): string {
  let out = '';
  forEachFolded(text, (c) => (out += String.fromCharCode(c)));
  return out;
}

/** The entry of a code: its folded code, with SPACE_BIT set (and the code 32) for white space. */
const SPACE_BIT = 0x10000;
const entryOf = (code: number): number => (isSpace(code) ? SPACE_BIT | 32 : lower(code));

/** An entry not made yet: its code has not been seen (a bit no made entry holds). */
const UNMADE = 1 << 17;
/**
 * Entries by UTF-16 code, made as codes are first seen. One lookup for every code keeps the loop free of calls: with
 * a call for the codes past ASCII (rare, but in the loop), hashing the corpus took a third longer.
 */
let entries: Int32Array | null = null;

function entryTable(): Int32Array {
  const table = new Int32Array(0x10000).fill(UNMADE);
  for (let c = 0; c < 128; c++) table[c] = entryOf(c);
  return table;
}

/**
 * The two hashes of text[0, end) (`out`), read through `table`; returns every entry read OR-ed, which holds UNMADE
 * when an entry was missing (the hashes are then wrong).
 */
function hashEntries(text: string, end: number, table: Int32Array, out: Uint32Array): number {
  // As an int32: the literal is past 2^31, and a double in the loop's hash doubled its time.
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f;
  // 1 while the character before is white space, or there is none: leading white space is skipped too.
  let spaceBefore = 1;
  let read = 0;
  for (let i = 0; i < end; i++) {
    const entry = table[text.charCodeAt(i)]!;
    read |= entry;
    const space = entry >>> 16;
    if ((space & spaceBefore) !== 0) continue;
    spaceBefore = space;
    const c = entry & 0xffff;
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  out[0] = a >>> 0;
  out[1] = b >>> 0;
  return read;
}

/**
 * The dedupe hash of the folded text (the same folding as forEachFolded, inlined for speed) as two 32-bit halves,
 * written into `out[0]` and `out[1]`: what the aggregator stores, 8 bytes a text.
 * White space is hashed as one space, except where white space comes before it (or nothing does) and after the last
 * other character: the only branch left in the loop is taken at the second and later characters of a run, which
 * are rare, where testing for white space at every character mispredicted at every word (~2 ms per 2.2 MB).
 */
export function dedupeHash(text: string, out: Uint32Array): void {
  const table = (entries ??= entryTable());
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (table[code] === UNMADE) table[code] = entryOf(code);
    if ((table[code]! & SPACE_BIT) === 0) break;
    end--;
  }
  if ((hashEntries(text, end, table, out) & UNMADE) === 0) return;
  // A code seen for the first time: its entry is made, and the text read again (once per code in a process's life).
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (table[code] === UNMADE) table[code] = entryOf(code);
  }
  hashEntries(text, end, table, out);
}

/** A dedupe key as written in partials: the two halves in 16 hex digits. */
export const keyHex = (hi: number, lo: number): string => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

/** The halves of a 16-hex-digit key, into `out` (the caller has checked the digits). */
export function keyHalves(hex: string, out: Uint32Array): void {
  out[0] = parseInt(hex.slice(0, 8), 16);
  out[1] = parseInt(hex.slice(8, 16), 16);
}

const scratch = new Uint32Array(2);

/** A 64-bit-ish hash (16 hex digits) of the folded text. */
export function dedupeKey(text: string): string {
  dedupeHash(text, scratch);
  return keyHex(scratch[0]!, scratch[1]!);
}
