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

/** `lower(c)` for ASCII, and -1 for ASCII white space. */
const ASCII_FOLD = new Int16Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = isSpace(c) ? -1 : lower(c);

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

/**
 * The dedupe hash of the folded text (the same folding as forEachFolded, inlined for speed) as two 32-bit halves,
 * written into `out[0]` and `out[1]`: what the aggregator stores, 8 bytes a text.
 */
export function dedupeHash(text: string, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let pendingSpace = false;
  let started = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // ASCII (nearly every character of a posting) folds by table; -1 is white space.
    const c = code < 128 ? ASCII_FOLD[code]! : isSpace(code) ? -1 : lower(code);
    if (c < 0) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      a = Math.imul(a ^ 32, FNV_PRIME);
      b = Math.imul(b ^ 32, FNV_PRIME);
      pendingSpace = false;
    }
    started = true;
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  out[0] = a >>> 0;
  out[1] = b >>> 0;
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
