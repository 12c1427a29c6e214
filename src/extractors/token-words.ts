import type { Tokens } from '../taxonomy/tokenize.js';
import { wordHash } from '../taxonomy/tokenize.js';

/**
 * Lexicon lookups keyed by a document token, read in place: the token's hash finds the few words it may be, and its
 * characters are compared with them, so no string is made for the token (`tokens.word(i)` slices and lower-cases).
 * `get(tokens, i)` answers what `map.get(tokens.word(i))` does, '' past either end included.
 *
 * The ASCII words sit in an open-addressed table keyed by their hash (a slot per word, at least twice as many slots as
 * words): most tokens asked about are none of the words, and a miss is then one or two reads of a typed array
 * instead of a Map lookup.
 */
export class TokenWordMap<T> {
  /** Per slot: the index of its entry plus one, 0 for an empty slot. */
  private readonly slotEntry: Int32Array;
  /** Per slot: the hash of its entry's word (`wordHash`, as the tokenizer computes it). */
  private readonly slotHash: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: T[] = [];
  /** Entries whose word holds a character beyond ASCII, looked up by string for tokens beyond ASCII. */
  private readonly wide = new Map<string, T>();
  private readonly empty: T | undefined;

  constructor(entries: Iterable<readonly [string, T]>) {
    let empty: T | undefined;
    const seen = new Set<string>();
    for (const [word, value] of entries) {
      if (word === '') {
        empty ??= value;
        continue;
      }
      if (beyondAscii(word)) {
        if (!this.wide.has(word)) this.wide.set(word, value);
        continue;
      }
      // The first value of a word wins, as in a Map built by `set` only when absent.
      if (seen.has(word)) continue;
      seen.add(word);
      this.words.push(word);
      this.values.push(value);
    }
    this.empty = empty;
    let size = 16;
    while (size < 2 * this.words.length) size *= 2;
    this.mask = size - 1;
    this.slotEntry = new Int32Array(size);
    this.slotHash = new Int32Array(size);
    for (let n = 0; n < this.words.length; n++) {
      const hash = wordHash(this.words[n]!);
      let k = slotOf(hash, this.mask);
      while (this.slotEntry[k] !== 0) k = (k + 1) & this.mask;
      this.slotEntry[k] = n + 1;
      this.slotHash[k] = hash;
    }
  }

  get(tokens: Tokens, i: number): T | undefined {
    if (i < 0 || i >= tokens.count) return this.empty;
    // A token beyond ASCII lower-cases to text beyond ASCII: only a word beyond ASCII can be it.
    if (tokens.nonAscii[i] !== 0) return this.wide.size === 0 ? undefined : this.wide.get(tokens.word(i));
    const hash = tokens.hash[i]!;
    const { slotEntry, slotHash, mask } = this;
    for (let k = slotOf(hash, mask); ; k = (k + 1) & mask) {
      const n = slotEntry[k]!;
      if (n === 0) return undefined;
      if (slotHash[k] === hash && lowersTo(tokens.text, tokens.start[i]!, tokens.end[i]!, this.words[n - 1]!)) return this.values[n - 1];
    }
  }
}

const slotOf = (hash: number, mask: number): number => (Math.imul(hash, 0x9e3779b1) >>> 8) & mask;

/** A set of words tested against tokens in place (see `TokenWordMap`): `has(tokens, i)` is `set.has(tokens.word(i))`. */
export class TokenWordSet {
  private readonly map: TokenWordMap<true>;

  constructor(words: Iterable<string>) {
    this.map = new TokenWordMap(Array.from(words, (w) => [w, true] as const));
  }

  has(tokens: Tokens, i: number): boolean {
    return this.map.get(tokens, i) === true;
  }
}

function beyondAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0x7f) return true;
  return false;
}

/**
 * The ASCII token text[s, e) lower-cases to `word`. Exact for the characters a token holds (letters, digits, '.',
 * '+', '#'): `| 0x20` lower-cases a capital and leaves the others as they are.
 */
function lowersTo(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(s + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}
