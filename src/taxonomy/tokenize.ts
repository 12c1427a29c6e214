/**
 * The skill matcher's own tokenizer: NLP engines split "C++", "C#" and "Node.js", so skills are never matched on
 * their tokens. One pass over the characters; each token gets offsets and a hash of its lower-cased text, and a
 * string only when something reads it (most tokens never start an alias, so most are never sliced). The pass is
 * written twice, with the same results: in WebAssembly (tokenize.wat) for whole texts of 128 characters or more
 * (those beyond ASCII through one-byte stand-ins), which is about twice as fast, and in TypeScript
 * (`tokenizeInScript`) for every other text and range.
 *
 * - A token is a run of letters and digits (any non-ASCII letter counts as a letter).
 * - Trailing "+" / "#" stay on a token that ends in a letter ("C++", "C#", "F#", "Notepad++").
 * - A "." that starts a word (".NET") stays on it; other dots separate tokens, so "Node.js" is `node` `js`, and
 *   aliases are tokenized the same way, which makes "Node.js", "Node js" and "node-js" one key.
 * Everything else separates tokens; the matcher reads the separators from the text when it needs them.
 */

import { BULLET } from '../lexicon/unicode-folding.js';
import { TOKENIZE_WASM } from './tokenize-wasm.js';
import { instantiateModule } from '../wasm-module.js';

const NO_TOKENS = new Int32Array(0);

/** The tokens of text[from, to). Offsets and hashes live in typed arrays; token strings are made only on demand. */
export class Tokens {
  /** The lower-cased range, made only when a token with a non-ASCII letter is read (see `word`). */
  private lowerRange: string | null | undefined = undefined;

  constructor(
    readonly text: string,
    readonly from: number,
    readonly to: number,
    readonly count: number,
    /** Offsets into the text tokenized. */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** `wordHash` of each token's lower-cased text, or 0 with `nonAscii` set (hash it from `word`). */
    readonly hash: Int32Array,
    /** 1 for a token that holds a character beyond ASCII. */
    readonly nonAscii: Int32Array,
    /**
     * The letters of each token as bits (bit `code & 31`; digits and other characters set bits too): a token lacking
     * a letter of a word cannot hold that word, whatever the case.
     */
    readonly letters: Int32Array,
    /** Some token reads "www" (in any case): the text may hold a web address. */
    readonly www: boolean,
    /** The tokens, in order, that hold a leading "." or trailing "+"/"#" (".NET", "C++"): few, so listed apart. */
    readonly affixed: Int32Array = NO_TOKENS,
    /**
     * The `screen` given to `tokenize` (null for none) and, in order, the tokens it let through: every ASCII token
     * whose hash has its bit set there (bit `hash & 31` of word `(hash & 0xffff) >>> 5`), and every affixed ASCII
     * token (whose word hash is not the token's). A scan keyed on those bits visits only these.
     */
    readonly screen: Int32Array | null = null,
    readonly screened: Int32Array = NO_TOKENS,
    /**
     * The `starts` given to `tokenize` (null for none) and, in order, the tokens it let through: every token whose
     * stored hash has its bit set there, or is 0 (a token beyond ASCII), or whose last character is a digit. The
     * skill matcher's first pass (`scanTokens`) keyed on those bits, listed here on the way.
     */
    readonly starts: Int32Array | null = null,
    readonly started: Int32Array = NO_TOKENS,
    /** The `shapes` given to `tokenize` (null for none) and, in order, the tokens it let through. */
    readonly shapes: ShapeScreen | null = null,
    readonly shaped: Int32Array = NO_TOKENS,
  ) {}

  /**
   * The lower-cased text of token i; '' past either end. Not cached: a document's extractors read ~50 tokens, ~30 of
   * them distinct, so a slot per token (8 bytes each of ~500) would cost more than the few strings made twice.
   */
  word(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const s = this.start[i]!;
    const e = this.end[i]!;
    if (this.nonAscii[i]) {
      // One native lower-casing of the range, where it keeps every offset in place (it may differ from lower-casing
      // the token alone, e.g. a final sigma).
      if (this.lowerRange === undefined) {
        const range = this.text.slice(this.from, this.to);
        const lowered = range.toLowerCase();
        this.lowerRange = lowered.length === range.length ? lowered : null;
      }
      return this.lowerRange ? this.lowerRange.slice(s - this.from, e - this.from) : this.text.slice(s, e).toLowerCase();
    }
    const w = this.text.slice(s, e);
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      if (c >= 0x41 && c <= 0x5a) return w.toLowerCase();
    }
    return w;
  }

  /** The lower-cased tokens first..last joined by spaces. */
  phrase(first: number, last: number): string {
    let p = this.word(first);
    for (let i = first + 1; i <= last; i++) p += ` ${this.word(i)}`;
    return p;
  }
}

/** The hash of a lower-cased token as `tokenize` computes it while reading the characters. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
/** Any non-ASCII letter below U+2000 counts as a letter. */
const WIDE = 4;
const TABLE_SIZE = 0x2000;

/** Character class by code below U+2000 (everything above separates tokens). */
const CLASS = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (c >= 0x61 && c <= 0x7a) CLASS[c] = LOWER;
  else if (c >= 0x41 && c <= 0x5a) CLASS[c] = UPPER;
  else if (c >= 0x30 && c <= 0x39) CLASS[c] = DIGIT;
  else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) CLASS[c] = WIDE;
  else CLASS[c] = OTHER;
}

const classOf = (code: number): number => (code < TABLE_SIZE ? CLASS[code]! : OTHER);

/**
 * What a token's hash reads for each UTF-16 code: the code, ASCII capitals lower-cased; 0 for codes that separate
 * tokens. All 2^16 codes, so the hot loop needs no range check.
 */
const FOLDED = new Uint16Array(0x10000);
for (let c = 0; c < TABLE_SIZE; c++) FOLDED[c] = CLASS[c] === OTHER ? 0 : CLASS[c] === UPPER ? c | 0x20 : c;

/**
 * Two characters case folded as 10 bits (bits `code & 31` of each, ASCII capitals lower-cased first): other
 * characters collide with letters, which only lets more tokens through a screen indexed by it.
 */
export const foldedPair = (a: number, b: number): number => (((a | 0x20) & 31) << 5) | ((b | 0x20) & 31);

/** An ASCII letter, either case (a code past ASCII never folds into the range). */
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** White space as `\s` and `String.prototype.trim` read it (the same set: white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Four characters case folded and hashed to 12 bits (a table indexed by it stays in cache): the key of the screens
 * on how words open. Collisions only let more positions through.
 */
export const foldedQuad = (a: number, b: number, c: number, d: number): number => (Math.imul(foldedPair(a, b), 0x9e5) ^ foldedPair(c, d)) & 0xfff;

/**
 * A screen on the shape of a token, for a scan that looks for words by how tokens open and end: `tokenize` lists the
 * tokens it lets through on its way (`Tokens.shaped`), so that the scan visits only those. A token passes when
 * - `pairs` (indexed `(first & 0x7f) << 7 | (second & 0x7f)`, exact case, the second being the character after a token
 *   of one) has bit 1 at its first two characters, or bit 2 there and the token has at most 8 characters;
 * - it holds every letter of `wordLetters` at the `foldedPair` of its first two characters (letter bits, see
 *   `Tokens.letters`; bit 0, which no ASCII token holds, where no word opens with those two);
 * - `ends` is 1 at the `foldedPair` of its last two characters (the one twice for a token of one) and the token holds
 *   a letter of `endLetters` (letter bits, see `Tokens.letters`);
 * - it holds a character beyond ASCII.
 * Characters past the tokenized range are read as they stand in the text: they only let more tokens through.
 */
export class ShapeScreen {
  /** Entries of `pairs` and `openingNeeds` (two 7-bit characters), and of `ends` (a `foldedPair`). */
  static readonly OPENING_ENTRIES = 1 << 14;
  static readonly END_ENTRIES = 1 << 10;

  /**
   * The opening tests of `pairs` and `wordLetters` in one table, indexed as `pairs`, so that `tokenize` reads one entry
   * for both: the letters a token must hold to pass on how it opens (0 where it passes whatever it holds, bit 1 of
   * `pairs`), with bit 31 set where it also passes when it has at most 8 characters (bit 2). No ASCII token's
   * letters hold bit 31: it stays clear of the letters needed.
   */
  readonly openingNeeds: Int32Array;

  constructor(
    readonly pairs: Uint8Array,
    readonly wordLetters: Int32Array,
    readonly ends: Uint8Array,
    readonly endLetters: number,
  ) {
    this.openingNeeds = new Int32Array(ShapeScreen.OPENING_ENTRIES);
    for (let pair = 0; pair < ShapeScreen.OPENING_ENTRIES; pair++) {
      const bits = pairs[pair] ?? 0;
      // The foldedPair of the two characters: the exact pair's low five bits of each.
      const needed = wordLetters[(((pair >> 7) & 31) << 5) | (pair & 31)]!;
      // Bit 31 needed, which no ASCII token holds, reads as bit 0, which none holds either.
      const letters = needed < 0 ? (needed & 0x7fffffff) | 1 : needed;
      this.openingNeeds[pair] = (bits & 1) !== 0 ? 0 : (bits & 2) !== 0 ? letters | (1 << 31) : letters;
    }
  }
}

const documentTokens = new WeakMap<object, Tokens>();

/**
 * The tokens of a whole document's text, made once and shared by the extractors that read it (skills, communication).
 * `owner` is the object that holds `text` (the segmented document); the tokens live as long as it does.
 */
export function tokensOf(owner: object, text: string): Tokens {
  let tokens = loanTo(owner)?.tokens ?? documentTokens.get(owner);
  if (!tokens || tokens.text !== text || tokens.from !== 0 || tokens.to !== text.length) {
    tokens = tokenize(text);
    documentTokens.set(owner, tokens);
  }
  return tokens;
}

/** Makes `tokens` (of the whole of `owner`'s text) what `tokensOf(owner, ...)` returns: tokenized once, shared. */
export function shareTokens(owner: object, tokens: Tokens): void {
  // Lent tokens (one document at a time) are held apart: a WeakMap entry per document costs more than a slot.
  const loan = loans.find((l) => l.tokens === tokens);
  if (loan) loan.owner = owner;
  else documentTokens.set(owner, tokens);
}

/**
 * A quick filter for a fixed set of ASCII words: `mayBe` is false only for a token that is none of them, so a loop
 * over every token makes strings only for the few that may be.
 */
export class WordFilter {
  private readonly bits = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of words) this.bits[wordHash(w) & 0xffff] = 1;
  }

  mayBe(tokens: Tokens, i: number): boolean {
    // A token beyond ASCII lower-cases to text beyond ASCII, which none of the words holds.
    return tokens.nonAscii[i] === 0 && this.bits[tokens.hash[i]! & 0xffff] === 1;
  }
}

/** A character of tokens: an ASCII letter or digit, or a letter from U+00C0 to U+1FFF (not "×" or "÷"). */
export function isAlnum(code: number): boolean {
  return classOf(code) !== OTHER;
}

function isLetter(code: number): boolean {
  const k = classOf(code);
  return k === LOWER || k === UPPER;
}

const PLUS = 0x2b;
const HASH = 0x23;
const DOT = 0x2e;
const WWW_HASH = wordHash('www');

/** Scratch buffers reused across calls; each result gets its own copies, unless they are lent to it (see `tokenize`). */
let scratchStart = new Int32Array(1024);
let scratchEnd = new Int32Array(1024);
let scratchHash = new Int32Array(1024);
let scratchNonAscii = new Int32Array(1024);
let scratchLetters = new Int32Array(1024);
let scratchScreened = new Int32Array(1024);
let scratchStarted = new Int32Array(1024);
let scratchShaped = new Int32Array(1024);

/** One set of scratch arrays. */
interface ScratchSet {
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  hash: Int32Array<ArrayBuffer>;
  nonAscii: Int32Array<ArrayBuffer>;
  letters: Int32Array<ArrayBuffer>;
  screened: Int32Array<ArrayBuffer>;
  started: Int32Array<ArrayBuffer>;
  shaped: Int32Array<ArrayBuffer>;
}

/** Tokens whose arrays are views of scratch arrays lent to them, those arrays, and the owner they were shared with. */
interface Loan {
  tokens: Tokens;
  set: ScratchSet;
  owner: object | null;
}

/**
 * At most this many loans at once: a batch of documents extracted stage by stage holds one each (see extract.ts);
 * past it, results are copied.
 */
const MAX_LOANS = 8;
/** The loans not given back yet, and the sets given back, which become the scratch arrays at the next loans. */
const loans: Loan[] = [];
const spares: ScratchSet[] = [];

/** The loan shared with `owner`, if any (a scan of at most MAX_LOANS). */
function loanTo(owner: object): Loan | undefined {
  for (const loan of loans) if (loan.owner === owner) return loan;
  return undefined;
}

/**
 * Scratch arrays with room for more tokens than this (a document of ~128k characters, as `tokenize` reserves room
 * for half its characters) are dropped once used, so that one huge document does not hold ~2 MB per 64k tokens for the
 * process's life.
 */
const SCRATCH_KEPT = 1 << 16;

/** Tokens the current scratch arrays have room for (for tests of what is kept). */
export const scratchRoom = (): number => scratchStart.length;

function freshScratch(): ScratchSet {
  return {
    start: new Int32Array(1024), end: new Int32Array(1024), hash: new Int32Array(1024), nonAscii: new Int32Array(1024),
    letters: new Int32Array(1024), screened: new Int32Array(1024), started: new Int32Array(1024),
    shaped: new Int32Array(1024),
  };
}

function installScratch(next: ScratchSet): void {
  scratchStart = next.start;
  scratchEnd = next.end;
  scratchHash = next.hash;
  scratchNonAscii = next.nonAscii;
  scratchLetters = next.letters;
  scratchScreened = next.screened;
  scratchStarted = next.started;
  scratchShaped = next.shaped;
}

/** Hands the current scratch arrays over (to a result) and installs a spare set, or a new one, in their place. */
function handOverScratch(): ScratchSet {
  const handed: ScratchSet = {
    start: scratchStart, end: scratchEnd, hash: scratchHash, nonAscii: scratchNonAscii, letters: scratchLetters,
    screened: scratchScreened, started: scratchStarted, shaped: scratchShaped,
  };
  installScratch(spares.pop() ?? freshScratch());
  return handed;
}

/**
 * Gives back the arrays lent to `owner`'s tokens (`tokenize` with `lend`, shared with `shareTokens`), to be reused by
 * the next loan, and forgets those tokens: call it when nothing will read them again. Tokens not on loan are kept.
 */
export function giveBackTokens(owner: object): void {
  const loan = loanTo(owner);
  if (!loan) return;
  loans.splice(loans.indexOf(loan), 1);
  if (loan.set.start.length <= SCRATCH_KEPT) spares.push(loan.set);
}

/**
 * Ends the loan of `tokens` that was never shared (its caller failed before `shareTokens`), so that it does not hold a
 * place in the pool for the process's life. Its arrays are not reused: whoever holds the tokens may still read them.
 */
export function abandonTokens(tokens: Tokens): void {
  const k = loans.findIndex((l) => l.tokens === tokens && l.owner === null);
  if (k >= 0) loans.splice(k, 1);
}

/** Loans not given back yet (for tests of the pool). */
export const loansOutstanding = (): number => loans.length;

/** Results are carved from slabs of this many int32 (64 KB); a larger result gets a buffer of its own. */
const SLAB_SIZE = 0x4000;
let slab = new Int32Array(SLAB_SIZE);
let slabUsed = 0;

/** A fresh (zeroed, unshared) array of `size` int32 for one result. */
function resultBuffer(size: number): Int32Array<ArrayBuffer> {
  // No view for an empty result: it would keep a slab alive for as long as the tokens live.
  if (size === 0) return new Int32Array(0);
  if (size > SLAB_SIZE >> 2) return new Int32Array(size);
  if (slabUsed + size > SLAB_SIZE) {
    slab = new Int32Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const all = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return all;
}

/** A copy of `a` with twice its room, holding what `a` held: how every reused scratch array of the pipeline grows. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(a: Uint8Array): Uint8Array<ArrayBuffer>;
export function doubled(a: Int32Array | Uint8Array): Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> {
  const grown = a instanceof Int32Array ? new Int32Array(a.length * 2) : new Uint8Array(a.length * 2);
  grown.set(a);
  return grown;
}

/**
 * The most tokens `length` characters can hold: a token and the character that ends it take two characters at least (a
 * glued "+" / "#" or a leading "." counts as one of the token's own).
 */
function tokenRoom(length: number): number {
  return ((length + 1) >> 1) + 1;
}

/** Slots for the marks of `length` characters: one per character, and the one written at the range's end. */
function markRoom(length: number): number {
  return length + 2;
}

/** Makes the scratch arrays hold at least `size` tokens (doubling, so that few documents grow them). */
function reserve(size: number): void {
  while (scratchStart.length < size) grow();
}

function grow(): void {
  scratchStart = doubled(scratchStart);
  scratchEnd = doubled(scratchEnd);
  scratchHash = doubled(scratchHash);
  scratchNonAscii = doubled(scratchNonAscii);
  scratchLetters = doubled(scratchLetters);
  scratchScreened = doubled(scratchScreened);
  scratchStarted = doubled(scratchStarted);
  scratchShaped = doubled(scratchShaped);
}

/**
 * Where the line breaks, ". ! ?" and bullets of a text stand, in order: found by `tokenize` on its way through
 * the characters (given a `CharMarks`), so that segmentation need not search the text for them again. Reused from
 * text to text: read them before the next `tokenize` that is given the same object, which makes `at` hold a slot per
 * character of its range.
 */
export class CharMarks {
  at: Int32Array = new Int32Array(1024);
  count = 0;
}

/** The tables read when no shape screen is installed (never indexed then). */
const NO_SHAPES = new Uint8Array(0);
const NO_OPENING_NEEDS = new Int32Array(0);

/** Where marks go when `tokenize` is given none: written, never counted. */
const NO_MARKS = new Int32Array(2);

/** 1 for the characters `CharMarks` records: ASCII only, which the WebAssembly loop's stand-ins rely on. */
const MARKED = new Uint8Array(0x10000);
for (const c of `\n.!?${BULLET}`) {
  if (c.charCodeAt(0) >= 0x80) throw new Error('tokenize: a marked character beyond ASCII');
  MARKED[c.charCodeAt(0)] = 1;
}

/** What one run of a tokenizing loop found besides the scratch arrays it filled. */
interface LoopResult {
  count: number;
  screenedCount: number;
  startedCount: number;
  shapedCount: number;
  markCount: number;
  www: boolean;
  affixed: Int32Array;
}

const loopResult: LoopResult = { count: 0, screenedCount: 0, startedCount: 0, shapedCount: 0, markCount: 0, www: false, affixed: NO_TOKENS };

/**
 * `screen` (a bit set over the low 16 bits of token hashes, see `Tokens.screened`) lists the tokens a scan keyed on
 * it must visit, on the way: the scan then skips the others without reading them again; `starts` likewise lists the
 * skill matcher's possible alias starts (`Tokens.started`), and `shapes` the tokens of the shapes it screens
 * (`Tokens.shaped`). A screen must not change once given: the WebAssembly loop keeps a copy of the array it was given
 * last, and copies again only when given another array.
 * `lend`: the result's arrays may be views of the scratch arrays themselves, lent to it instead of copied (up to
 * MAX_LOANS results at a time): the caller shares the tokens (`shareTokens`) and gives them back (`giveBackTokens`) once
 * nothing reads them. `marks`, when given, is emptied and then records where the characters it names stand.
 * A whole text of WASM_MIN_CHARS to WASM_MAX_CHARS characters (and at most WASM_MAX_CHARS bytes of UTF-8) is read by
 * the WebAssembly loop (tokenize.wat), any other text or range by the TypeScript one: the two give the same tokens.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  screen: Int32Array | null = null,
  starts: Int32Array | null = null,
  lend = false,
  marks: CharMarks | null = null,
  shapes: ShapeScreen | null = null,
): Tokens {
  // Room for a mark at every position of the range (and the slot written at its end), so that no loop checks: at
  // most one slot is written per character read.
  const markSlots = markRoom(to - from);
  if (marks !== null && marks.at.length < markSlots) marks.at = new Int32Array(markSlots);
  // Room for every token the range can hold, so that no loop checks.
  reserve(tokenRoom(to - from));
  // Reset before the module writes anything: no earlier tokens count as the module's while its memory changes.
  lastWasmTokens = null;
  let run = from === 0 && to === text.length ? tokenizeInWasm(text, screen, starts, marks, shapes) : null;
  lastLoop = run !== null ? 'wasm' : 'script';
  const byWasm = run !== null;
  run ??= tokenizeInScript(text, from, to, screen, starts, marks, shapes);
  const { count, screenedCount, startedCount, shapedCount, www, affixed } = run;
  if (marks !== null) marks.count = run.markCount;
  if (lend && loans.length < MAX_LOANS) {
    const tokens = new Tokens(
      text,
      from,
      to,
      count,
      scratchStart.subarray(0, count),
      scratchEnd.subarray(0, count),
      scratchHash.subarray(0, count),
      scratchNonAscii.subarray(0, count),
      scratchLetters.subarray(0, count),
      www,
      affixed,
      screen,
      scratchScreened.subarray(0, screenedCount),
      starts,
      starts === null ? NO_TOKENS : scratchStarted.subarray(0, startedCount),
      shapes,
      scratchShaped.subarray(0, shapedCount),
    );
    loans.push({ tokens, set: handOverScratch(), owner: null });
    if (byWasm) lastWasmTokens = tokens;
    return tokens;
  }
  // One buffer for the five arrays, carved from a shared slab: an ArrayBuffer per document costs more to allocate
  // (and to track) than its copy. A document's tokens keep at most one slab alive.
  const all = resultBuffer(5 * count + screenedCount + startedCount + shapedCount);
  all.set(scratchStart.subarray(0, count), 0);
  all.set(scratchEnd.subarray(0, count), count);
  all.set(scratchHash.subarray(0, count), 2 * count);
  all.set(scratchNonAscii.subarray(0, count), 3 * count);
  all.set(scratchLetters.subarray(0, count), 4 * count);
  all.set(scratchScreened.subarray(0, screenedCount), 5 * count);
  const shapedAt = 5 * count + screenedCount + startedCount;
  if (startedCount > 0) all.set(scratchStarted.subarray(0, startedCount), 5 * count + screenedCount);
  if (shapedCount > 0) all.set(scratchShaped.subarray(0, shapedCount), shapedAt);
  if (scratchStart.length > SCRATCH_KEPT) installScratch(freshScratch());
  const tokens = new Tokens(
    text,
    from,
    to,
    count,
    all.subarray(0, count),
    all.subarray(count, 2 * count),
    all.subarray(2 * count, 3 * count),
    all.subarray(3 * count, 4 * count),
    all.subarray(4 * count, 5 * count),
    www,
    affixed,
    screen,
    all.subarray(5 * count, 5 * count + screenedCount),
    starts,
    starts === null ? NO_TOKENS : all.subarray(5 * count + screenedCount, shapedAt),
    shapes,
    all.subarray(shapedAt, shapedAt + shapedCount),
  );
  if (byWasm) lastWasmTokens = tokens;
  return tokens;
}


/** What ends an e-mail address or URL in running text: white space, brackets, quotes, commas, semicolons. */
function endsAddress(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x28 || code === 0x29 || code === 0x3c || code === 0x3e || code === 0x5b || code === 0x5d ||
    code === 0x22 || code === 0x27 || code === 0x2c || code === 0x3b || code === 0x7c ||
    code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d
  );
}

let addressScratch = new Uint8Array(1024);

/**
 * Marks the tokens that lie inside an e-mail address, handle or URL ("jobs@acme.com", "@talent.icims.com",
 * "https://www.python.org", "www.tableau.com"): names there are addresses, not skills. An address is a chunk of
 * text[from, to) between white space, brackets, quotes, commas or semicolons that holds "@" before a letter or
 * digit, or "://", or starts with "www."; every token starting in such a chunk is marked. Native searches find the
 * "@" and "://", the tokens find "www", and only the chunks around them are read. `tokens` must come from
 * `tokenize` over the same range. The marks (one per token) share one buffer with every other call: read them before
 * the next call.
 */
export function addressTokens(text: string, tokens: Tokens, from = 0, to = text.length): Uint8Array {
  // One scratch for every call (its first `count` marks are valid until the next call): most documents mark
  // nothing, and a fresh array per document is garbage the size of its token count.
  if (addressScratch.length < tokens.count) addressScratch = new Uint8Array(Math.max(tokens.count, 2 * addressScratch.length));
  const marks = addressScratch;
  marks.fill(0, 0, tokens.count);
  for (let k = text.indexOf('@', from); k >= 0 && k < to; k = text.indexOf('@', k + 1)) {
    if (k + 1 < to && isAlnum(text.charCodeAt(k + 1))) markChunk(text, tokens, marks, k, from, to);
  }
  for (let k = text.indexOf('://', from); k >= 0 && k + 2 < to; k = text.indexOf('://', k + 1)) markChunk(text, tokens, marks, k, from, to);
  if (tokens.www) {
    const { start, end, hash, count } = tokens;
    for (let t = 0; t < count; t++) {
      const s = start[t]!;
      if (hash[t] !== WWW_HASH || end[t]! - s !== 3 || text.charCodeAt(s + 3) !== DOT || s + 4 >= to) continue;
      if ((text.charCodeAt(s) | 0x20) !== 0x77 || (text.charCodeAt(s + 1) | 0x20) !== 0x77 || (text.charCodeAt(s + 2) | 0x20) !== 0x77) continue;
      if (s === from || endsAddress(text.charCodeAt(s - 1))) markChunk(text, tokens, marks, s, from, to);
    }
  }
  return marks.subarray(0, tokens.count);
}

/** Marks every token that starts in the chunk around position k. */
function markChunk(text: string, tokens: Tokens, marks: Uint8Array, k: number, from: number, to: number): void {
  let chunkStart = k;
  while (chunkStart > from && !endsAddress(text.charCodeAt(chunkStart - 1))) chunkStart--;
  let chunkEnd = k;
  while (chunkEnd < to && !endsAddress(text.charCodeAt(chunkEnd))) chunkEnd++;
  const { start, count } = tokens;
  for (let t = firstTokenFrom(tokens, chunkStart); t < count && start[t]! < chunkEnd; t++) marks[t] = 1;
}

/** The first token that starts at or after `pos` (`tokens.count` when none does): a binary search. */
export function firstTokenFrom(tokens: Tokens, pos: number): number {
  const start = tokens.start;
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The TypeScript loop over text[from, to): fills the scratch arrays (room reserved) and `marks.at`. */
function tokenizeInScript(
  text: string,
  from: number,
  to: number,
  screen: Int32Array | null,
  starts: Int32Array | null,
  marks: CharMarks | null,
  shapes: ShapeScreen | null,
): LoopResult {
  // Marks are written without a branch (a tenth of the tokens end on one, unpredictably): the slot is written
  // whatever, counted when the character is marked (and marks were asked for).
  const markAt: Int32Array = marks !== null ? marks.at : NO_MARKS;
  let markCount = 0;
  const marking = marks !== null ? 1 : 0;
  let count = 0;
  let screenedCount = 0;
  let startedCount = 0;
  let shapedCount = 0;
  // The shape screen's tables as locals: a bundle may turn module bindings into closure slots, loaded on every use.
  const shapeOpeningNeeds = shapes !== null ? shapes.openingNeeds : NO_OPENING_NEEDS;
  const shapeEnds = shapes !== null ? shapes.ends : NO_SHAPES;
  const shapeEndLetters = shapes !== null ? shapes.endLetters : 0;
  const lastChar = text.length - 1;
  let www = false;
  let affixed: number[] | null = null;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const folded = FOLDED[code]!;
    if (folded === 0) {
      markAt[markCount] = i;
      markCount += MARKED[code]! & marking;
      if (!(code === DOT && i + 1 < to && isLetter(text.charCodeAt(i + 1)) && (i === from || !isAlnum(text.charCodeAt(i - 1))))) {
        i++;
        continue;
      }
    }
    const s = i;
    let isAffixed = folded === 0;
    if (isAffixed) (affixed ??= []).push(count);
    // The hash of the lower-cased token, computed on the way (ASCII lower-casing is one bit).
    let h = folded === 0 ? code : folded;
    let letters = 1 << (code & 31);
    // Every code of the token OR-ed: its letters beyond ASCII are the only codes from 0x80 on.
    let codes = code;
    let stop = 0;
    let j = s + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      const f = FOLDED[c]!;
      if (f === 0) {
        stop = c;
        break;
      }
      h = (Math.imul(h, 31) + f) | 0;
      letters |= 1 << (c & 31);
      codes |= c;
      j++;
    }
    const wide = codes >= 0x80;
    // The separator that ended the token follows a letter or digit, so it cannot open a ".NET": skipped unread.
    let next = j + 1;
    markAt[markCount] = j;
    markCount += MARKED[stop]! & marking;
    // "C++", "C#": symbols glued to a final letter and not followed by a letter ("C++11" keeps "c++").
    if ((stop === PLUS || stop === HASH) && isLetter(text.charCodeAt(j - 1))) {
      let k = j;
      while (k < to && k - j < 2 && (text.charCodeAt(k) === PLUS || text.charCodeAt(k) === HASH)) k++;
      if (k > j && (k >= to || !isLetter(text.charCodeAt(k)))) {
        if (!isAffixed) (affixed ??= []).push(count);
        isAffixed = true;
        for (let q = j; q < k; q++) h = (Math.imul(h, 31) + text.charCodeAt(q)) | 0;
        j = k;
        next = k;
      }
    }
    // (A collision only costs the address pass; a wide token is never "www", and the WebAssembly loop, which hashes
    // stand-ins for its characters, could not tell the same.)
    if (h === WWW_HASH && j - s === 3 && !wide) www = true;
    scratchStart[count] = s;
    scratchEnd[count] = j;
    scratchHash[count] = wide ? 0 : h;
    scratchNonAscii[count] = wide ? 1 : 0;
    scratchLetters[count] = letters;
    const lastCode = text.charCodeAt(j - 1);
    if (screen !== null) {
      // Without branches (a sixth of the tokens pass, unpredictably): the slot is written whatever, kept if it passes.
      scratchScreened[screenedCount] = count;
      screenedCount += (((screen[(h & 0xffff) >>> 5]! >>> (h & 31)) & 1) | (isAffixed ? 1 : 0)) & (wide ? 0 : 1);
    }
    if (starts !== null) {
      // As the matcher's own first pass: the stored hash (0 for a wide token) in the bits, or 0, or a final digit.
      const stored = wide ? 0 : h;
      scratchStarted[startedCount] = count;
      startedCount += ((starts[(stored & 0xffff) >>> 5]! >>> (stored & 31)) & 1) | (stored === 0 ? 1 : 0) | (((lastCode - 0x30) >>> 0) <= 9 ? 1 : 0);
    }
    if (shapes !== null) {
      // Without branches too (a 25th of the tokens pass): the characters re-read are still in the cache.
      // A character beyond ASCII here ends a one-character token (a wide token passes whatever its opening): it reads
      // as a space, as its stand-in does in the WebAssembly loop.
      const next = text.charCodeAt(Math.min(s + 1, lastChar));
      const c1 = next < 0x80 ? next : 0x20;
      const opening = shapeOpeningNeeds[((code & 0x7f) << 7) | (c1 & 0x7f)]!;
      const need = opening & 0x7fffffff;
      const endPair = (((text.charCodeAt(Math.max(j - 2, s)) | 0x20) & 31) << 5) | ((lastCode | 0x20) & 31);
      scratchShaped[shapedCount] = count;
      shapedCount +=
        ((letters & need) === need ? 1 : 0) |
        ((opening >>> 31) & ((j - s - 9) >>> 31)) |
        (shapeEnds[endPair]! & (-(letters & shapeEndLetters) >>> 31)) |
        (wide ? 1 : 0);
    }
    count++;
    i = next;
  }
  loopResult.count = count;
  loopResult.screenedCount = screenedCount;
  loopResult.startedCount = startedCount;
  loopResult.shapedCount = shapedCount;
  loopResult.markCount = markCount;
  loopResult.www = www;
  loopResult.affixed = affixed ? Int32Array.from(affixed) : NO_TOKENS;
  return loopResult;
}

/** The exports of tokenize.wat. */
interface TokenizeExports {
  memory: WebAssembly.Memory;
  /** The layout tokenize.wat's tokenize function reads and writes at fixed offsets (checked in `makeWasmLoop`). */
  textAt: WebAssembly.Global;
  outputAt: WebAssembly.Global;
  outputStride: WebAssembly.Global;
  screenAt: WebAssembly.Global;
  startsAt: WebAssembly.Global;
  openingAt: WebAssembly.Global;
  endsAt: WebAssembly.Global;
  wwwHash: WebAssembly.Global;
  tokenize(...args: number[]): number;
  standIns(...args: number[]): number;
  scanPhrases(...args: number[]): number;
  scanNeedles(...args: number[]): number;
}

/** Which loop read the last text (for tests that must know the WebAssembly one ran). */
let lastLoop: 'wasm' | 'script' = 'script';
export const lastTokenizeLoop = (): 'wasm' | 'script' => lastLoop;

/**
 * Texts longer than this take the TypeScript loop: the module's memory is fixed (3.5 MB, never grown, so that no view
 * of it is ever detached), and room for this text's tokens is what it holds past its tables.
 */
export const WASM_MAX_CHARS = 1 << 17;
/**
 * Texts shorter than this take the TypeScript loop too: a call into the module and the copies out cost ~400 ns more
 * than that loop takes for a short text (a skill alias, a phrase); the two are even at ~128 characters.
 */
export const WASM_MIN_CHARS = 128;

/** The module's memory, in bytes: the offsets tokenize.wat reads and writes, then the caller's. */
const FOLD_TABLE = 0;
const LETTER_TABLE = 256;
const MARKED_TABLE = 512;
/** What a call found besides the arrays, int32 slots at FOUND. */
const FOUND = 768;
const FOUND_MARKS = 0;
const FOUND_AFFIXED = 1;
const FOUND_SCREENED = 2;
const FOUND_STARTED = 3;
const FOUND_SHAPED = 4;
const FOUND_WWW = 5;
const FOUND_WIDE = 6;
/** The bytes of each table the loop reads: a bit set over 16 bits of hashes, and a ShapeScreen's two tables. */
const BIT_SET_BYTES = 0x10000 >>> 3;
const OPENING_BYTES = 4 * ShapeScreen.OPENING_ENTRIES;
const ENDS_BYTES = ShapeScreen.END_ENTRIES;
/**
 * A slot for each of the four tables (past the module's own tables): the array last given is copied there, and copied
 * again when another is given (zeros for none).
 */
const SCREEN_SLOT = 1024;
const STARTS_SLOT = SCREEN_SLOT + BIT_SET_BYTES;
const OPENING_SLOT = STARTS_SLOT + BIT_SET_BYTES;
const ENDS_SLOT = OPENING_SLOT + OPENING_BYTES;
/** The slots of a phrase set's tables (`scanPhrasesInWasm`) and of the needle tables (`scanNeedlesInWasm`). */
const PHRASE_TABLES_SLOT = ENDS_SLOT + ENDS_BYTES;
const PHRASE_TABLES_BYTES = 0x10000;
const NEEDLE_TABLES_SLOT = PHRASE_TABLES_SLOT + PHRASE_TABLES_BYTES;
/** The text, then the output arrays: eight of tokens and the marks; then the letters `standIns` lists; then hits. */
const DATA = 1 << 18;
const NEEDLE_TABLES_BYTES = DATA - NEEDLE_TABLES_SLOT;
const TOKEN_ROOM = tokenRoom(WASM_MAX_CHARS);
const MARK_ROOM = markRoom(WASM_MAX_CHARS);
/** Where output array k starts (starts, ends, hashes, letters, screened, started, shaped, affixed; the marks at 8). */
const outputAt = (k: number): number => DATA + WASM_MAX_CHARS + 4 * TOKEN_ROOM * k;
/** Where `standIns` lists its letters: one in every two bytes of UTF-8 at most. */
const WIDE_AT = outputAt(8) + 4 * MARK_ROOM;
const WIDE_ROOM = WASM_MAX_CHARS / 2;
const HITS_AT = WIDE_AT + 4 * WIDE_ROOM;
const MEMORY_BYTES = 56 * 65536; // tokenize.wat's (memory 56)
/** Hits (three int32 each) a scan has room for: a document with more is scanned in TypeScript. */
const HITS_ROOM = Math.floor((MEMORY_BYTES - HITS_AT) / 12);

/** The loop's instance, views of its memory, and which array each of the four table slots holds a copy of. */
interface WasmLoop {
  exports: TokenizeExports;
  text: Uint8Array;
  bytes: Uint8Array;
  found: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  letters: Int32Array;
  screened: Int32Array;
  started: Int32Array;
  shaped: Int32Array;
  affixed: Int32Array;
  marks: Int32Array;
  wide: Int32Array;
  hits: Int32Array;
  inSlot: (Int32Array | Uint8Array | null)[];
}

/** The WebAssembly loop: undefined until the first call makes it, null where it cannot run. */
let wasmLoop: WasmLoop | null | undefined;
let wasmAllowed = true;
let wasmMinChars = WASM_MIN_CHARS;
const encoder = new TextEncoder();

function getWasmLoop(): WasmLoop | null {
  if (wasmLoop === undefined) wasmLoop = makeWasmLoop();
  return wasmLoop;
}

function makeWasmLoop(): WasmLoop | null {
  // WebAssembly memory is little-endian, and the arrays are read through views in the host's byte order.
  if (new Uint8Array(Int32Array.of(1).buffer)[0] !== 1) return null;
  const exports = instantiateModule<TokenizeExports>(TOKENIZE_WASM, MEMORY_BYTES);
  if (exports === null) return null;
  try {
    // The module reads and writes at offsets of its own (immediates; a test holds every one to these globals): the
    // same as these, or it is not used.
    const layout: [WebAssembly.Global, number][] = [
      [exports.textAt, DATA], [exports.outputAt, outputAt(0)], [exports.outputStride, outputAt(1) - outputAt(0)],
      [exports.screenAt, SCREEN_SLOT], [exports.startsAt, STARTS_SLOT], [exports.openingAt, OPENING_SLOT],
      [exports.endsAt, ENDS_SLOT], [exports.wwwHash, WWW_HASH],
    ];
    if (!layout.every(([global, value]) => global.value === value)) return null;
    const buffer = exports.memory.buffer;
    const memory = new Uint8Array(buffer);
    for (let c = 0; c < 0x80; c++) {
      memory[FOLD_TABLE + c] = FOLDED[c]!;
      memory[LETTER_TABLE + c] = isLetter(c) ? 1 : 0;
      memory[MARKED_TABLE + c] = MARKED[c]!;
    }
    // The stand-ins of the characters beyond ASCII (tokenize.wat, `standIns`): a character of tokens, no letter,
    // unmarked; the separator's entries are the zeros already there.
    for (let b = WIDE_STAND_IN; b < WIDE_STAND_IN + 32; b++) memory[FOLD_TABLE + b] = b;
    // Views past the end of the memory throw here (caught: the TypeScript loop then reads every text).
    const arrayAt = (k: number) => new Int32Array(buffer, outputAt(k), TOKEN_ROOM);
    return {
      exports,
      text: new Uint8Array(buffer, DATA, WASM_MAX_CHARS),
      bytes: memory,
      found: new Int32Array(buffer, FOUND, 7),
      starts: arrayAt(0),
      ends: arrayAt(1),
      hashes: arrayAt(2),
      letters: arrayAt(3),
      screened: arrayAt(4),
      started: arrayAt(5),
      shaped: arrayAt(6),
      affixed: arrayAt(7),
      marks: new Int32Array(buffer, outputAt(8), MARK_ROOM),
      wide: new Int32Array(buffer, WIDE_AT, WIDE_ROOM),
      hits: new Int32Array(buffer, HITS_AT, 3 * HITS_ROOM),
      inSlot: [null, null, null, null, null, null],
    };
  } catch {
    return null;
  }
}

/** What a table slot holds when no table was given: zeros. */
const NO_TABLE = new Uint8Array(0);

/**
 * Installs `table` in slot `k` of the loop's memory (at `slotAt`, where the loop reads it): copied there unless the
 * slot holds that array already; zeros for none. False for a table of another size than the loop reads.
 */
function installTable(loop: WasmLoop, k: number, slotAt: number, table: Int32Array | Uint8Array | null, bytes: number): boolean {
  if (table === null) {
    if (loop.inSlot[k] !== NO_TABLE) {
      loop.bytes.fill(0, slotAt, slotAt + bytes);
      loop.inSlot[k] = NO_TABLE;
    }
    return true;
  }
  if (table.byteLength !== bytes) return false;
  copyToSlot(loop, k, slotAt, table);
  return true;
}

/** Copies `table` into slot `k` of the loop's memory (at `slotAt`) unless the slot holds that array already. */
function copyToSlot(loop: WasmLoop, k: number, slotAt: number, table: Int32Array | Uint8Array): void {
  if (loop.inSlot[k] === table) return;
  loop.bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), slotAt);
  loop.inSlot[k] = table;
}

/**
 * Runs the WebAssembly loop over the whole of `text` and copies what it found into the scratch arrays (room reserved)
 * and `marks.at`. Null, and nothing written, when the loop is not to read the text: it is too short or too long (in
 * characters, or in bytes of UTF-8), a screen is not of the size the loop reads, the loop is unavailable or not
 * allowed (`allowWasmTokenizer`), or it trapped.
 */
function tokenizeInWasm(
  text: string,
  screen: Int32Array | null,
  starts: Int32Array | null,
  marks: CharMarks | null,
  shapes: ShapeScreen | null,
): LoopResult | null {
  const n = text.length;
  if (n < wasmMinChars || n > WASM_MAX_CHARS || n === 0 || !wasmAllowed) return null;
  const loop = getWasmLoop();
  if (loop === null) return null;
  // One byte a character, the same offsets: the UTF-8 of an ASCII text; for any other, its UTF-8 (when it fits) is
  // rewritten as one byte a code unit, each character beyond ASCII as its stand-in (`standIns`), and the tokens that
  // hold one are mended after the loop.
  const { read, written } = encoder.encodeInto(text, loop.text);
  if (read !== n) return null;
  const beyondAscii = written !== n;
  let wideChars = 0;
  if (beyondAscii) {
    try {
      loop.exports.standIns(written, WIDE_AT); // one unit a UTF-16 code unit: n of them
    } catch {
      wasmLoop = null;
      return null;
    }
    wideChars = loop.found[FOUND_WIDE]!;
  }
  lastWasmAscii = !beyondAscii;
  const installed =
    installTable(loop, 0, SCREEN_SLOT, screen, BIT_SET_BYTES) &&
    installTable(loop, 1, STARTS_SLOT, starts, BIT_SET_BYTES) &&
    installTable(loop, 2, OPENING_SLOT, shapes !== null ? shapes.openingNeeds : null, OPENING_BYTES) &&
    installTable(loop, 3, ENDS_SLOT, shapes !== null ? shapes.ends : null, ENDS_BYTES);
  if (!installed) return null;
  let count: number;
  try {
    // The text, the tables and the output arrays are where the module reads and writes them (its layout globals).
    count = loop.exports.tokenize(n, shapes !== null ? shapes.endLetters : 0);
  } catch {
    // A trap would be a bug of the loop: the TypeScript loop reads this text and every later one.
    wasmLoop = null;
    return null;
  }
  const found = loop.found;
  const result = loopResult;
  result.count = count;
  result.screenedCount = screen !== null ? found[FOUND_SCREENED]! : 0;
  result.startedCount = starts !== null ? found[FOUND_STARTED]! : 0;
  result.shapedCount = shapes !== null ? found[FOUND_SHAPED]! : 0;
  result.markCount = marks !== null ? found[FOUND_MARKS]! : 0;
  result.www = found[FOUND_WWW] === 1;
  const affixedCount = found[FOUND_AFFIXED]!;
  result.affixed = affixedCount > 0 ? loop.affixed.slice(0, affixedCount) : NO_TOKENS;
  scratchStart.set(loop.starts.subarray(0, count));
  scratchEnd.set(loop.ends.subarray(0, count));
  scratchHash.set(loop.hashes.subarray(0, count));
  scratchNonAscii.fill(0, 0, count);
  scratchLetters.set(loop.letters.subarray(0, count));
  if (result.screenedCount > 0) scratchScreened.set(loop.screened.subarray(0, result.screenedCount));
  if (result.startedCount > 0) scratchStarted.set(loop.started.subarray(0, result.startedCount));
  if (result.shapedCount > 0) scratchShaped.set(loop.shaped.subarray(0, result.shapedCount));
  if (marks !== null) marks.at.set(loop.marks.subarray(0, result.markCount));
  if (beyondAscii) mendWideTokens(result, wideChars, loop.wide, screen !== null, starts !== null, shapes !== null);
  return result;
}

/** The first byte of the 32 stand-ins for characters of tokens beyond ASCII (tokenize.wat, `standIns`). */
const WIDE_STAND_IN = 0xc0;

/** The tokens `mendWideTokens` mends, in order. */
let wideTokens = new Int32Array(64);
/** `mendList`'s copy of the list it rewrites (at most a whole text's tokens: 256 KB). */
let mendScratch = new Int32Array(256);

/**
 * Makes what the WebAssembly loop found in a text beyond ASCII (copied into the scratch arrays) what the TypeScript loop
 * finds. The loop read each character beyond ASCII as its stand-in (`standIns`), which reads as the character does
 * wherever the loop looks: a letter, by the low five bits it sets in `letters` (no ASCII letter, digit, "+" or "#"),
 * or a separator (unmarked, as every character beyond ASCII is). So the tokens' bounds, letter bits and marks are the
 * loop's; the tokens that hold a letter beyond ASCII (`wideChars` places listed at `wideAt`) are wide, with a hash of
 * 0; the screen lists drop them (`screened`) or take them (`started`, `shaped`); and "www" is looked for again.
 */
function mendWideTokens(result: LoopResult, wideChars: number, wideAt: Int32Array, screened: boolean, started: boolean, shaped: boolean): void {
  const count = result.count;
  let wide = 0;
  let t = 0;
  for (let k = 0; k < wideChars; k++) {
    const at = wideAt[k]!;
    while (scratchEnd[t]! <= at) t++; // a character of tokens lies in one: start <= at < end
    if (wide > 0 && wideTokens[wide - 1] === t) continue;
    if (wide === wideTokens.length) wideTokens = doubled(wideTokens);
    wideTokens[wide++] = t;
    scratchHash[t] = 0;
    scratchNonAscii[t] = 1;
  }
  if (screened) result.screenedCount = mendList(scratchScreened, result.screenedCount, wide, false);
  if (started) result.startedCount = mendList(scratchStarted, result.startedCount, wide, true);
  if (shaped) result.shapedCount = mendList(scratchShaped, result.shapedCount, wide, true);
  if (result.www) {
    result.www = false;
    for (let k = 0; k < count; k++) {
      if (scratchHash[k] === WWW_HASH && scratchEnd[k]! - scratchStart[k]! === 3) {
        result.www = true;
        break;
      }
    }
  }
}

/**
 * `list` (token indices, ascending, its first `count`) without the first `wide` of `wideTokens`, or with them
 * (`take`): returns its new length. Its room holds every token.
 */
function mendList(list: Int32Array, count: number, wide: number, take: boolean): number {
  // The list as it was, in a scratch kept from call to call (a fresh copy would be an ArrayBuffer a list).
  if (mendScratch.length < count) mendScratch = new Int32Array(Math.max(count, 2 * mendScratch.length));
  const was = mendScratch;
  was.set(list.subarray(0, count));
  let n = 0;
  let k = 0;
  for (let q = 0; q < count; q++) {
    const t = was[q]!;
    while (k < wide && wideTokens[k]! < t) {
      if (take) list[n++] = wideTokens[k]!;
      k++;
    }
    if (k < wide && wideTokens[k] === t) {
      k++;
      if (take) list[n++] = t;
      continue;
    }
    list[n++] = t;
  }
  if (take) while (k < wide) list[n++] = wideTokens[k++]!;
  return n;
}

/**
 * The tokens the WebAssembly loop made last: its memory holds their arrays until the next `tokenize` call, which
 * resets this (whichever loop reads that text).
 */
let lastWasmTokens: Tokens | null = null;
/** Whether the text of `lastWasmTokens` is ASCII (else the module read stand-ins for some characters). */
let lastWasmAscii = true;

/** Set while a caller reads a scan's triples where the module wrote them: a scan asked meanwhile is refused. */
let hitsHeld = false;
/** Holds the module's last triples while the caller reads them (true), or lets them go (false). */
export function holdWasmHits(held: boolean): void {
  hitsHeld = held;
}

/** Whether a scan of the module's tokens may run there, the triples it has room for, and how many times it ran. */
interface WasmScan {
  allowed: boolean;
  hitsRoom: number;
  runs: number;
}
const phraseScan: WasmScan = { allowed: true, hitsRoom: HITS_ROOM, runs: 0 };
const needleScan: WasmScan = { allowed: true, hitsRoom: HITS_ROOM, runs: 0 };

/**
 * Runs `run` (a scan of the module's) over `tokens` with `tables` in table slot k (at `slotAt`, up to `slotBytes`):
 * the (start, end, value) triples it wrote, a view of the module's memory valid until the next call into it. Null, and
 * the caller scans in TypeScript, unless `tokens` are the last the module made (a whole text), the tables fit their
 * slot and the triples fit their room (`run` returns -1 otherwise), and no caller holds the triples of another scan
 * (`holdWasmHits`).
 */
function scanInWasm(
  tokens: Tokens,
  scan: WasmScan,
  k: number,
  slotAt: number,
  slotBytes: number,
  tables: Int32Array,
  run: (exports: TokenizeExports, hitsRoom: number) => number,
): Int32Array | null {
  const loop = wasmLoop;
  if (!scan.allowed || hitsHeld || !loop || tokens !== lastWasmTokens || tables.byteLength > slotBytes) return null;
  copyToSlot(loop, k, slotAt, tables);
  let found: number;
  try {
    found = run(loop.exports, scan.hitsRoom);
  } catch {
    wasmLoop = null; // a trap would be a bug of the module: the TypeScript loops read every later text
    return null;
  }
  if (found < 0) return null;
  scan.runs++;
  return loop.hits.subarray(0, 3 * found);
}

/**
 * The phrase scan of `PhraseSet.scanTokens` (every phrase at each start) run by the WebAssembly module over `tokens`
 * (see `scanInWasm`): the hits as (start, end, shape index) triples, in the order the scan in TypeScript reports them.
 * `filter` must be the tokens' screen (copied into slot 0 when the module made them); `tables`:
 * `PhraseSet.wasmTables`.
 */
export function scanPhrasesInWasm(tokens: Tokens, filter: Int32Array, tables: Int32Array): Int32Array | null {
  // Only an ASCII text: a phrase may match a character beyond ASCII through its lower case ("K", the Kelvin sign, is
  // "k"), which the module, reading stand-ins, cannot see.
  if (tokens.screen !== filter || !lastWasmAscii) return null;
  return scanInWasm(tokens, phraseScan, 4, PHRASE_TABLES_SLOT, PHRASE_TABLES_BYTES, tables, (exports, hitsRoom) =>
    exports.scanPhrases(
      DATA, tokens.to, tokens.count, tokens.screened.length, tokens.affixed.length,
      outputAt(0), outputAt(1), outputAt(2), outputAt(4), outputAt(7),
      SCREEN_SLOT, PHRASE_TABLES_SLOT, HITS_AT, hitsRoom,
    ));
}

/**
 * Communication's needle scan (`needleTokens`) run by the WebAssembly module over `tokens` (see `scanInWasm`):
 * (start, end, needle bits) for each token that holds a needle, in token order. `tables`: communication.ts's
 * `NEEDLE_TABLES` (see tokenize.wat, `scanNeedles`).
 */
export function scanNeedlesInWasm(tokens: Tokens, tables: Int32Array): Int32Array | null {
  return scanInWasm(tokens, needleScan, 5, NEEDLE_TABLES_SLOT, NEEDLE_TABLES_BYTES, tables, (exports, hitsRoom) =>
    exports.scanNeedles(DATA, tokens.count, outputAt(0), outputAt(1), outputAt(3), NEEDLE_TABLES_SLOT, HITS_AT, hitsRoom));
}

/** Sets whether `scan` may run and its room (clamped to HITS_ROOM); returns the previous setting. */
function setScan(scan: WasmScan, allowed: boolean, hitsRoom: number): { allowed: boolean; hitsRoom: number } {
  const was = { allowed: scan.allowed, hitsRoom: scan.hitsRoom };
  scan.allowed = allowed;
  scan.hitsRoom = Math.max(0, Math.min(hitsRoom, HITS_ROOM));
  return was;
}

/**
 * Whether the phrase scan may run in WebAssembly (the default), and the hits it has room for (HITS_ROOM, lowered by
 * tests of a document with more): for tests that compare it with the TypeScript one. Returns the previous setting.
 */
export const allowWasmPhraseScan = (allowed: boolean, hitsRoom = HITS_ROOM) => setScan(phraseScan, allowed, hitsRoom);
/** The same for the needle scan (the room counts the tokens that hold a needle). */
export const allowWasmNeedleScan = (allowed: boolean, hitsRoom = HITS_ROOM) => setScan(needleScan, allowed, hitsRoom);
/** Scans each ran in the module (for tests that must know it ran). */
export const wasmPhraseScans = (): number => phraseScan.runs;
export const wasmNeedleScans = (): number => needleScan.runs;

/**
 * Whether whole texts may be read by the WebAssembly loop (the default), and from how many characters on
 * (WASM_MIN_CHARS): false keeps every text on the TypeScript loop. For tests that compare the two loops. Returns the
 * previous setting.
 */
export function allowWasmTokenizer(allowed: boolean, minChars = WASM_MIN_CHARS): { allowed: boolean; minChars: number } {
  const was = { allowed: wasmAllowed, minChars: wasmMinChars };
  wasmAllowed = allowed;
  wasmMinChars = minChars;
  return was;
}

/** Whether the WebAssembly loop is available here (made on the first call). */
export function wasmTokenizerAvailable(): boolean {
  return getWasmLoop() !== null;
}
