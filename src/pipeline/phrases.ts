/**
 * Word-level phrase lookup for cue lists (section headings, preference, requirement and equal-opportunity cues).
 * Phrases compile once into tables keyed by a hash of their first word, so a pass over a document's tokens costs one
 * filter lookup per token, whatever the length of the lists, and allocates nothing for words that start no phrase.
 */

import { firstTokenFrom, holdWasmHits, isAlnum, scanPhrasesInWasm, wordHash, type Tokens } from '../taxonomy/tokenize.js';

/**
 * 1 for characters of words, else 0: one lookup per char. The tokenizer's own (`isAlnum`), so that a phrase reads the
 * words the tokens hold; symbols ("€", "™", arrows) separate words, as they do tokens.
 */
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_CHAR[c] = isAlnum(c) ? 1 : 0;

export function isWordCode(c: number): boolean {
  return WORD_CHAR[c] === 1;
}

/** Characters that may stand between the words of a phrase: "nice-to-have", "you'll", "skills & experience". */
function isJoinCode(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x27 || c === 0x26 || c === 0x2f;
}

const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** Hashes stay within 30 bits so that V8 keeps them as small integers: a Map keyed by heap numbers is slow. */
const HASH_MASK = 0x3fffffff;

function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + lowerCode(word.charCodeAt(i))) & HASH_MASK;
  return h;
}

/**
 * Lower-cased words of text[start, end): runs of letters and digits ("you'll" is "you" + "ll"), or of the characters
 * `inWord` takes.
 */
export function lowerWords(text: string, start = 0, end = text.length, inWord: (code: number) => boolean = isWordCode): string[] {
  const words: string[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !inWord(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && inWord(text.charCodeAt(i))) i++;
    words.push(text.slice(from, i).toLowerCase());
  }
  return words;
}

/**
 * The first words of a short range, split as `lowerWords` splits them but kept as offsets and hashes (`hashWord` of
 * the lower-cased word): a reused scratch object, so reading a candidate heading makes no strings.
 */
export class WordSpans {
  /** Words read, at most `capacity`; `more` is set when the range holds further words. */
  count = 0;
  more = false;
  text = '';
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly hash: Int32Array;
  /** The lower-cased word for words beyond ASCII (lower-casing may change their length or letters), else undefined. */
  private readonly lowered: (string | undefined)[];

  constructor(readonly capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.lowered = new Array<string | undefined>(capacity).fill(undefined);
  }

  read(text: string, start: number, end: number): this {
    this.text = text;
    this.count = 0;
    this.more = false;
    let i = start;
    while (i < end) {
      while (i < end && WORD_CHAR[text.charCodeAt(i)] === 0) i++;
      if (i >= end) break;
      if (this.count === this.capacity) {
        this.more = true;
        break;
      }
      const from = i;
      let h = 0;
      let ascii = true;
      // No read at `end` (which may be the text's end: a read past it deoptimizes, and leaves every read here slower).
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (WORD_CHAR[c] !== 1) break;
        if (c >= 0x80) ascii = false;
        h = (Math.imul(h, 31) + lowerCode(c)) & HASH_MASK;
      }
      const n = this.count++;
      this.start[n] = from;
      this.end[n] = i;
      if (ascii) {
        this.hash[n] = h;
        this.lowered[n] = undefined;
      } else {
        const lowered = text.slice(from, i).toLowerCase();
        this.hash[n] = hashWord(lowered);
        this.lowered[n] = lowered;
      }
    }
    return this;
  }

  /**
   * As `read(tokens.text, start, end)`, from the document's tokens instead of its characters (their hashes are the
   * words' hashes). False, with nothing read, where the tokens may split the range otherwise than `read` would: a
   * token beyond ASCII, with a leading "." or trailing "+"/"#", or across either end of the range. Between tokens
   * stand only separators to both readers: their word characters are the same (`isAlnum`).
   */
  readTokens(tokens: Tokens, start: number, end: number, first = firstTokenFrom(tokens, start)): boolean {
    const { text, count } = tokens;
    const tokenStart = tokens.start;
    const tokenEnd = tokens.end;
    let t = first;
    if (t > 0 && tokenEnd[t - 1]! > start) return false;
    let words = 0;
    let more = false;
    for (; t < count && tokenStart[t]! < end; t++) {
      const s = tokenStart[t]!;
      const e = tokenEnd[t]!;
      if (e > end || tokens.nonAscii[t] !== 0) return false;
      if (WORD_CHAR[text.charCodeAt(s)] === 0 || WORD_CHAR[text.charCodeAt(e - 1)] === 0) return false; // ".NET", "C++"
      if (words === this.capacity) {
        more = true;
        break;
      }
      this.start[words] = s;
      this.end[words] = e;
      this.hash[words] = tokens.hash[t]! & HASH_MASK;
      this.lowered[words] = undefined;
      words++;
    }
    this.text = text;
    this.count = words;
    this.more = more;
    return true;
  }

  /** Word i, lower-cased, equals `word` (a lower-case word). */
  is(i: number, word: string): boolean {
    const lowered = this.lowered[i];
    if (lowered !== undefined) return lowered === word;
    const s = this.start[i]!;
    if (this.end[i]! - s !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (lowerCode(this.text.charCodeAt(s + k)) !== word.charCodeAt(k)) return false;
    return true;
  }
}

/**
 * The words a short range may hold without holding a word foreign to them: a bit set over the low 16 bits of their
 * `wordHash`, asked of the document's tokens. A token whose bit is clear is none of the words (a set bit may be a
 * collision), so counting such tokens gives a floor on the foreign words, with no word read.
 */
export class TokenVocabulary {
  private readonly bits = new Int32Array(0x10000 >> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      for (const part of [w, ...lowerWords(w)]) {
        const key = wordHash(part) & 0xffff;
        this.bits[key >> 5] = this.bits[key >> 5]! | (1 << (key & 31));
      }
    }
  }

  /**
   * More than `limit` of the words `WordSpans.read(tokens.text, from, to)` would read are none of the vocabulary.
   * Only tokens that are such a word whole count (ASCII, no affix, inside the range: a token is a whole run of the
   * reader's word characters, `isAlnum`); the others are left out, so false may be said of a range that holds more.
   * `first`: the first token that starts at or after `from` (`firstTokenFrom`).
   */
  foreignWordsExceed(tokens: Tokens, first: number, from: number, to: number, limit: number): boolean {
    const { text, count, start, end, hash, nonAscii } = tokens;
    let foreign = 0;
    for (let t = first; t < count && start[t]! < to; t++) {
      const s = start[t]!;
      const e = end[t]!;
      if (e > to || nonAscii[t] !== 0) continue;
      if (WORD_CHAR[text.charCodeAt(s)] === 0 || WORD_CHAR[text.charCodeAt(e - 1)] === 0) continue; // ".NET", "C++"
      const key = hash[t]! & 0xffff;
      if ((this.bits[key >> 5]! & (1 << (key & 31))) === 0 && ++foreign > limit) return true;
    }
    return false;
  }
}

/** A set of lower-case words, asked about the words of a `WordSpans` or a span of text without making strings. */
export class WordSet {
  private readonly byHash = new Map<number, string[]>();
  /** Bit set of the words' hashes (low 16 bits), asked before the map. */
  private readonly filter = new Int32Array(0x10000 >> 5);
  private readonly words: Set<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const key = hashWord(w);
      this.filter[(key & 0xffff) >> 5] = this.filter[(key & 0xffff) >> 5]! | (1 << (key & 31));
      const list = this.byHash.get(key);
      if (!list) this.byHash.set(key, [w]);
      else if (!list.includes(w)) list.push(w);
    }
  }

  hasWord(words: WordSpans, i: number): boolean {
    const h = words.hash[i]!;
    if ((this.filter[(h & 0xffff) >> 5]! & (1 << (h & 31))) === 0) return false;
    const list = this.byHash.get(h);
    if (!list) return false;
    for (const w of list) if (words.is(i, w)) return true;
    return false;
  }

  /** text[start, end), lower-cased, is one of the words. */
  hasRange(text: string, start: number, end: number): boolean {
    let h = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      // Beyond ASCII, lower-casing may change length or letters: ask the set with the real lower case.
      if (c >= 0x80) return this.words.has(text.slice(start, end).toLowerCase());
      h = (Math.imul(h, 31) + lowerCode(c)) & HASH_MASK;
    }
    if ((this.filter[(h & 0xffff) >> 5]! & (1 << (h & 31))) === 0) return false;
    const list = this.byHash.get(h);
    if (!list) return false;
    for (const w of list) {
      if (w.length !== end - start) continue;
      let k = 0;
      while (k < w.length && lowerCode(text.charCodeAt(start + k)) === w.charCodeAt(k)) k++;
      if (k === w.length) return true;
    }
    return false;
  }
}

interface CompiledPhrase<T> {
  words: string[];
  tag: T;
  /** The second word's first character (a lower-case code), or -1 for one word: most candidates fail on it. */
  second: number;
}

/** Phrases with the same words (listed under several tags): matched once, reported once per tag, in list order. */
interface PhraseShape<T> {
  words: string[];
  /** As in CompiledPhrase. */
  second: number;
  tags: T[];
  /** The words' characters one after another, for `matchShapeAt` (null when a word holds other than [a-z0-9]). */
  codes: Uint8Array | null;
  /** The end of each word in `codes`. */
  wordEnds: Uint8Array;
}

/** `codes` and `wordEnds` of a shape's words, or null codes when a word holds other than [a-z0-9] (or is too long). */
export function shapeCodes(words: readonly string[]): { codes: Uint8Array | null; wordEnds: Uint8Array } {
  const chars = words.join('');
  const wordEnds = new Uint8Array(words.length);
  let end = 0;
  words.forEach((w, i) => (wordEnds[i] = end += w.length));
  if (chars.length > 255 || !/^[a-z0-9]*$/.test(chars)) return { codes: null, wordEnds };
  return { codes: Uint8Array.from(chars, (ch) => ch.charCodeAt(0)), wordEnds };
}

/** The phrases that start with one first word (by `wordHash`), with what rejects most hits on them at once. */
interface FirstWordGroup<T> {
  /** Longest first, as the phrases were sorted. */
  shapes: PhraseShape<T>[];
  /** Length of the first word when every phrase has the same (hashes may collide), else -1. */
  firstLength: number;
  /** Some phrase is one word, so the group cannot be rejected on the second word. */
  single: boolean;
  /** Bit `code & 31` of each second word's first character. */
  secondBits: number;
}

/** Takes the hits of `PhraseSet.scanTokens`. */
export interface PhraseHits<T> {
  hit(start: number, end: number, tag: T): void;
}

export class PhraseSet<T = true> {
  private readonly byFirst = new Map<number, CompiledPhrase<T>[]>();
  /**
   * The same first words keyed by `wordHash` (the document tokenizer's hash), for `scanTokens`: a bit set of the low
   * 16 bits (8 KB, stays in cache) that most tokens fail, then open-addressed keys with, per slot, 1 + the index of
   * its group (0 = empty).
   */
  private readonly tokenFilter = new Int32Array(0x10000 >> 5);
  private readonly tokenKeys: Int32Array;
  private readonly tokenSlots: Int32Array;
  private readonly tokenGroups: FirstWordGroup<T>[] = [];
  private readonly tokenMask: number;
  /**
   * Bit set of (group, `wordHash` of a second word) pairs, keyed by `secondWordBit`: the token after a first word
   * rejects most hits on words like "the" or "in" that start only longer phrases.
   */
  private readonly secondWords = new Int32Array(0x10000 >>> 5);

  /** `wasmTables`: undefined until asked, null when the phrases do not fit them. */
  private tables: Int32Array | null | undefined;
  /** The shapes of every group in order, as `wasmTables` numbers them. */
  private readonly shapeList: PhraseShape<T>[] = [];

  /** The screen to give `tokenize` so that `scanTokens` visits only the tokens that may start a phrase. */
  get tokenScreen(): Int32Array {
    return this.tokenFilter;
  }

  constructor(entries: Iterable<readonly [phrase: string, tag: T]>) {
    for (const [phrase, tag] of entries) {
      const words = lowerWords(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const key = hashWord(first);
      let list = this.byFirst.get(key);
      if (!list) this.byFirst.set(key, (list = []));
      list.push({ words, tag, second: words.length > 1 ? words[1]!.charCodeAt(0) : -1 });
    }
    // Longest phrase first, so the first hit at a position is the longest.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    let size = 64;
    while (size < this.byFirst.size * 4) size *= 2;
    const byToken = new Map<number, CompiledPhrase<T>[]>();
    for (const list of this.byFirst.values()) {
      for (const phrase of list) {
        const key = wordHash(phrase.words[0]!);
        let same = byToken.get(key);
        if (!same) byToken.set(key, (same = []));
        same.push(phrase);
      }
    }
    this.tokenKeys = new Int32Array(size);
    this.tokenSlots = new Int32Array(size);
    this.tokenMask = size - 1;
    for (const [key, phrases] of byToken) {
      // Longest first, as above (words that share a 30-bit hash may have been merged out of order).
      phrases.sort((a, b) => b.words.length - a.words.length);
      const firstLength = phrases[0]!.words[0]!.length;
      let secondBits = 0;
      for (const p of phrases) if (p.second >= 0) secondBits |= 1 << (p.second & 31);
      const shapes: PhraseShape<T>[] = [];
      for (const p of phrases) {
        const same = shapes.find((shape) => shape.words.join(' ') === p.words.join(' '));
        if (same) same.tags.push(p.tag);
        else shapes.push({ words: p.words, second: p.second, tags: [p.tag], ...shapeCodes(p.words) });
      }
      this.tokenGroups.push({
        shapes,
        firstLength: phrases.every((p) => p.words[0]!.length === firstLength) ? firstLength : -1,
        single: phrases.some((p) => p.second < 0),
        secondBits,
      });
      const bits = (key & 0xffff) >> 5;
      this.tokenFilter[bits] = this.tokenFilter[bits]! | (1 << (key & 31));
      let slot = key & this.tokenMask;
      while (this.tokenSlots[slot] !== 0) slot = (slot + 1) & this.tokenMask;
      this.tokenKeys[slot] = key;
      this.tokenSlots[slot] = this.tokenGroups.length;
      for (const p of phrases) {
        if (p.words.length < 2) continue;
        const bit = secondWordBit(this.tokenGroups.length, wordHash(p.words[1]!));
        this.secondWords[bit >>> 5] = this.secondWords[bit >>> 5]! | (1 << (bit & 31));
      }
    }
  }

  /** The longest phrase starting at word i of a `WordSpans`, if any. */
  longestAt(words: WordSpans, i: number): { readonly words: readonly string[]; readonly tag: T } | undefined {
    const h = words.hash[i]!;
    // The token filter reads the low 16 bits, which a word's hash shares with its `wordHash`: most words start none.
    if ((this.tokenFilter[(h & 0xffff) >> 5]! & (1 << (h & 31))) === 0) return undefined;
    const list = this.byFirst.get(h);
    if (!list) return undefined;
    for (const cand of list) {
      if (i + cand.words.length > words.count) continue;
      let ok = true;
      for (let k = 0; k < cand.words.length && ok; k++) ok = words.is(i + k, cand.words[k]!);
      if (ok) return cand;
    }
    return undefined;
  }

  /**
   * The tables the WebAssembly phrase scan reads (tokenize.wat, `scanPhrases`), one int32 array, made once: a header
   * of six byte offsets and the mask (keys, slots, second words, groups, shapes, bytes; the slots' mask), then the
   * first-word keys and slots and the second-word bit set as `scanTokens` reads them; per group [bit 0 `single` |
   * shape count << 8, first length, second bits, first shape]; per shape [second, first word's length, codes offset |
   * word count << 24, word ends offset]; then every shape's codes and word ends (bytes). Null when a shape has no
   * codes or more than the fields hold: `scanTokens` then scans in TypeScript.
   */
  wasmTables(): Int32Array | null {
    if (this.tables !== undefined) return this.tables;
    const groups = this.tokenGroups;
    const shapes = groups.flatMap((g) => g.shapes);
    const size = this.tokenKeys.length;
    const HEADER = 8;
    const keysAt = HEADER;
    const slotsAt = keysAt + size;
    const secondAt = slotsAt + size;
    const groupsAt = secondAt + this.secondWords.length;
    const shapesAt = groupsAt + 4 * groups.length;
    const bytesAt = shapesAt + 4 * shapes.length;
    const byteCount = shapes.reduce((n, sh) => n + (sh.codes?.length ?? 0) + sh.wordEnds.length, 0);
    const fits = shapes.every((sh) => sh.codes !== null && sh.wordEnds.length < 256) && groups.every((g) => g.shapes.length < 256) && byteCount < 1 << 24;
    if (!fits) return (this.tables = null);
    const table = new Int32Array(bytesAt + ((byteCount + 3) >> 2));
    table.set([4 * keysAt, 4 * slotsAt, 4 * secondAt, 4 * groupsAt, 4 * shapesAt, 4 * bytesAt, this.tokenMask]);
    table.set(this.tokenKeys, keysAt);
    table.set(this.tokenSlots, slotsAt);
    table.set(this.secondWords, secondAt);
    const bytes = new Uint8Array(table.buffer, 4 * bytesAt, byteCount);
    let byte = 0;
    let shape = 0;
    groups.forEach((g, k) => {
      table.set([(g.single ? 1 : 0) | (g.shapes.length << 8), g.firstLength, g.secondBits, shape], groupsAt + 4 * k);
      for (const sh of g.shapes) {
        const codes = sh.codes!;
        bytes.set(codes, byte);
        bytes.set(sh.wordEnds, byte + codes.length);
        table.set([sh.second, sh.words[0]!.length, byte | (sh.wordEnds.length << 24), byte + codes.length], shapesAt + 4 * shape);
        byte += codes.length + sh.wordEnds.length;
        this.shapeList.push(sh);
        shape++;
      }
    });
    return (this.tables = table);
  }

  /**
   * One pass over the tokens of a text (`tokenize`), so the characters are not read again: calls `hits.hit(start,
   * end, tag)` for each occurrence (case-insensitive, whole words, words joined by up to three spaces, hyphens,
   * apostrophes, "&" or "/"); longest phrase at each start, or every phrase that matches there when `every` is set.
   * Phrase words are runs of letters and digits (`lowerWords`, the tokenizer's own), so a token's leading "."
   * (".NET") and trailing "+"/"#" ("C++") are no part of the word, and a token with a letter beyond ASCII is no phrase
   * word (phrases are ASCII). Each candidate is matched on the text. Every phrase at each start over the tokens the
   * tokenizer's WebAssembly module made last (a whole ASCII text, as segmentation's) is scanned in that module, on the
   * arrays its memory still holds (`scanPhrasesInWasm`): the same hits, in the same order.
   */
  scanTokens(tokens: Tokens, hits: PhraseHits<T>, every = false): void {
    const { text, start, end, hash, nonAscii, affixed } = tokens;
    // Tokens made with this set's filter as their screen list the only ones that may pass it (see `tokenScreen`).
    const visits = tokens.screen === this.tokenFilter ? tokens.screened : null;
    if (every && visits !== null) {
      const tables = this.wasmTables();
      const found = tables !== null ? scanPhrasesInWasm(tokens, this.tokenFilter, tables) : null;
      if (found !== null) {
        // Read where the module wrote them; a scan that a `hit` asks for meanwhile runs in TypeScript (a copy of the
        // hits instead would be an ArrayBuffer a document, slower to make than the whole scan saves).
        holdWasmHits(true);
        try {
          for (let k = 0; k < found.length; k += 3) {
            const s = found[k]!;
            const e = found[k + 1]!;
            for (const tag of this.shapeList[found[k + 2]!]!.tags) hits.hit(s, e, tag);
          }
        } finally {
          holdWasmHits(false);
        }
        return;
      }
    }
    const count = visits !== null ? visits.length : tokens.count;
    const to = tokens.to;
    const filter = this.tokenFilter;
    const keys = this.tokenKeys;
    const slots = this.tokenSlots;
    const mask = this.tokenMask;
    let nextAffixed = 0;
    // The next affixed token (-1 for none): one comparison per token.
    let affixedAt = affixed.length > 0 ? affixed[0]! : -1;
    for (let visit = 0; visit < count; visit++) {
      const t = visits !== null ? visits[visit]! : visit;
      let h = hash[t]!;
      // The word's start, read only for tokens that pass the filter (-1 until then).
      let s = -1;
      // Screened visits skip tokens, affixed ones among them: catch up (each affixed ASCII token is visited).
      while (affixedAt >= 0 && affixedAt < t) {
        nextAffixed++;
        affixedAt = nextAffixed < affixed.length ? affixed[nextAffixed]! : -1;
      }
      if (t === affixedAt) {
        nextAffixed++;
        affixedAt = nextAffixed < affixed.length ? affixed[nextAffixed]! : -1;
        s = start[t]!;
        if (text.charCodeAt(s) === 0x2e) s++;
        let e = end[t]!;
        while (e > s && (text.charCodeAt(e - 1) === 0x2b || text.charCodeAt(e - 1) === 0x23)) e--;
        h = 0;
        for (let k = s; k < e; k++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(k))) | 0;
      }
      if ((filter[(h & 0xffff) >> 5]! & (1 << (h & 31))) === 0 || nonAscii[t] !== 0) continue;
      if (s < 0) s = start[t]!;
      let slot = h & mask;
      let found = 0;
      for (let v = slots[slot]!; v !== 0; slot = (slot + 1) & mask, v = slots[slot]!) {
        if (keys[slot] === h) {
          found = v;
          break;
        }
      }
      if (found === 0) continue;
      const group = this.tokenGroups[found - 1]!;
      // Most hits are words like "the" or "a" that start only longer phrases: they are dropped on the character
      // after the joins, where every phrase's second word would start (as matchPhraseAt reads it).
      if (!group.single && group.firstLength > 0) {
        const i = afterJoins(text, s + group.firstLength, to);
        if (i < 0 || i >= to) continue;
        const c = text.charCodeAt(i);
        if (c < 0x80 && (group.secondBits & (1 << (c & 31))) === 0) continue;
        // The next token, when it is the whole second word a phrase would match there: an ASCII token starting
        // right after the joins and not affixed (affixed tokens, and the text beyond ASCII, are left to the match on
        // the text). A token is a whole run of word characters, so no word runs on past it.
        const n = t + 1;
        if (n < tokens.count && start[n] === i && nonAscii[n] === 0 && n !== affixedAt) {
          const bit = secondWordBit(found, hash[n]!);
          if ((this.secondWords[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
        }
      }
      let joinedFrom = -1;
      let joinedAt = -1;
      // A hit reports each tag of its shape in list order; shapes of one length cannot both match at one start, so
      // this is the order of the phrases themselves.
      for (const cand of group.shapes) {
        if (cand.second >= 0) {
          const e1 = s + cand.words[0]!.length;
          if (e1 !== joinedFrom) {
            joinedFrom = e1;
            const i = afterJoins(text, e1, to);
            joinedAt = i >= to ? -1 : i;
          }
          if (joinedAt < 0) continue;
          const c = text.charCodeAt(joinedAt);
          if (lowerCode(c) !== cand.second && (c < 0x80 || text[joinedAt]!.toLowerCase() !== cand.words[1]![0])) continue;
        }
        const e = cand.codes !== null ? matchShapeAt(text, s, to, cand.codes, cand.wordEnds, cand.words) : matchPhraseAt(text, s, to, cand.words);
        if (e > 0) {
          if (!every) {
            hits.hit(s, e, cand.tags[0]!);
            break;
          }
          for (const tag of cand.tags) hits.hit(s, e, tag);
        }
      }
    }
  }
}

/** Where a (group, second word hash) pair sits in `PhraseSet.secondWords`. */
const secondWordBit = (group: number, hash: number): number => Math.imul(hash ^ Math.imul(group, 0x9e3779b1), 0x85ebca6b) >>> 16;

/** Where the next word of a phrase may start: after one to four joins from `i`, or -1 when none stands there. */
function afterJoins(text: string, i: number, to: number): number {
  const from = i;
  while (i < to && i - from < 4 && isJoinCode(text.charCodeAt(i))) i++;
  return i === from ? -1 : i;
}

/** End of `words` matched at text[pos...] (case-insensitive, whole words), or -1. */
export function matchPhraseAt(text: string, pos: number, to: number, words: readonly string[]): number {
  let i = pos;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > 0 && (i = afterJoins(text, i, to)) < 0) return -1;
    if (i + word.length > to) return -1;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(i + k);
      // Only a character beyond ASCII may lower-case to a letter other than its lowerCode.
      if (lowerCode(c) !== word.charCodeAt(k) && (c < 0x80 || text[i + k]!.toLowerCase() !== word[k])) return -1;
    }
    i += word.length;
    if (i < to && isWordCode(text.charCodeAt(i))) return -1;
  }
  return i;
}

/**
 * `matchPhraseAt` of a shape whose words are [a-z0-9] only, read from its `codes` (no string loads): for such a code
 * x and an ASCII c, lowerCode(c) === x exactly when (c | 0x20) === x and c >= 0x30 (the bit alone would also fold
 * 0x10-0x19 onto the digits).
 */
export function matchShapeAt(text: string, pos: number, to: number, codes: Uint8Array, wordEnds: Uint8Array, words: readonly string[]): number {
  let i = pos;
  let from = 0;
  for (let w = 0; w < wordEnds.length; w++) {
    if (w > 0 && (i = afterJoins(text, i, to)) < 0) return -1;
    const wordEnd = wordEnds[w]!;
    if (i + wordEnd - from > to) return -1;
    for (let k = from; k < wordEnd; k++, i++) {
      const c = text.charCodeAt(i);
      if ((c | 0x20) !== codes[k] || c < 0x30) {
        // Only a character beyond ASCII may lower-case to a letter other than its lowerCode.
        if (c < 0x80 || text[i]!.toLowerCase() !== words[w]![k - from]) return -1;
      }
    }
    from = wordEnd;
    if (i < to && isWordCode(text.charCodeAt(i))) return -1;
  }
  return i;
}
