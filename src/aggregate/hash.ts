/**
 * Dedupe keys: the posting text folded (Unicode NFKC, case, runs of whitespace) and hashed with two 32-bit FNV-1a
 * variants (different offset bases) into 16 hex digits. Exact duplicates modulo spacing and case share a key; at
 * 64 bits a false match among a million postings has a chance of about 3e-8.
 */

const FNV_PRIME = 0x01000193;

function fnv1a(text: string, offsetBasis: number): number {
  let h = offsetBasis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** The text as compared for duplicates: NFKC, lower case, whitespace runs as one space, trimmed. */
export function foldForDedupe(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A 64-bit-ish hash (16 hex digits) of the folded text. */
export function dedupeKey(text: string): string {
  const folded = foldForDedupe(text);
  const a = fnv1a(folded, 0x811c9dc5);
  const b = fnv1a(folded, 0x050c5d1f);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
