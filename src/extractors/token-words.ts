import type { Tokens } from '../taxonomy/tokenize.js';
import { wordHash } from '../taxonomy/tokenize.js';

/**
 * Lexicon lookups keyed by a document token, read in place: the token's hash finds the few words it may be, and its
 * characters are compared with them, so no string is made for the token (`tokens.word(i)` slices and lower-cases).
 * `get(tokens, i)` answers what `map.get(tokens.word(i))` does, '' past either end included.
 */
export class TokenWordMap<T> {
  /** Entries by the hash of their word (`wordHash`, as the tokenizer computes it). */
  private readonly byHash = new Map<number, { word: string; value: T }[]>();
  /** Entries whose word holds a character beyond ASCII, looked up by string for tokens beyond ASCII. */
  private readonly wide = new Map<string, T>();
  private readonly empty: T | undefined;

  constructor(entries: Iterable<readonly [string, T]>) {
    let empty: T | undefined;
    for (const [word, value] of entries) {
      if (word === '') {
        empty ??= value;
        continue;
      }
      if (beyondAscii(word)) {
        if (!this.wide.has(word)) this.wide.set(word, value);
        continue;
      }
      const hash = wordHash(word);
      let list = this.byHash.get(hash);
      if (!list) this.byHash.set(hash, (list = []));
      if (!list.some((e) => e.word === word)) list.push({ word, value });
    }
    this.empty = empty;
  }

  get(tokens: Tokens, i: number): T | undefined {
    if (i < 0 || i >= tokens.count) return this.empty;
    // A token beyond ASCII lower-cases to text beyond ASCII: only a word beyond ASCII can be it.
    if (tokens.nonAscii[i] !== 0) return this.wide.size === 0 ? undefined : this.wide.get(tokens.word(i));
    const list = this.byHash.get(tokens.hash[i]!);
    if (list === undefined) return undefined;
    const s = tokens.start[i]!;
    const e = tokens.end[i]!;
    for (const entry of list) if (lowersTo(tokens.text, s, e, entry.word)) return entry.value;
    return undefined;
  }
}

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
