import type { MatchPolicy, SkillEntryParsed } from '../schema.js';
import { addressTokens, tokenize, wordHash, type Tokens } from './tokenize.js';

/**
 * The skill matcher: every alias becomes a path of lower-cased tokens in a trie of Maps, built once per taxonomy.
 * The trie is then flattened into one open-addressed table of edges keyed by (node, token hash). A scan is one pass
 * over the text's tokens; at each token it walks the trie as far as the tokens go and keeps the longest alias that
 * ends there. The cost per token is one probe of that table, whatever the taxonomy's size; a token's text is
 * compared only when its hash hits an edge.
 * Ambiguous forms are reported with their policy; the skills extractor decides on them from context.
 */

/** One skill of the compiled taxonomy. */
export interface CompiledSkill {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly implies: readonly string[];
  /** Lower-case tokens that corroborate an ambiguous form of this skill. */
  readonly cues: ReadonlySet<string>;
}

/** An alias that ends at a trie node. */
export interface AliasTerminal {
  /** Index into `CompiledTaxonomy.skills`. */
  readonly skill: number;
  /** The alias as written in the taxonomy. */
  readonly form: string;
  readonly policy: Exclude<MatchPolicy, 'qualified'>;
  /** The alias's tokens in their written case (for exact-case checks). */
  readonly caseTokens: readonly string[];
}

/** One longest match in the text. */
export interface SkillCandidate {
  /** Every alias ending here (more than one only for aliases shared on purpose, such as "Spark SQL"). */
  readonly terminals: readonly AliasTerminal[];
  /** Token indices, inclusive. */
  readonly firstToken: number;
  readonly lastToken: number;
  /** Offsets in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The last token matched only after dropping a plural "s" or a version number. */
  readonly inflected: boolean;
  /**
   * `terminals[0].skill`, and whether the only terminal is a 'safe' form: read from the candidate, so that the common
   * case never loads the terminal objects (spread over the heap, a cache miss each).
   */
  readonly skill: number;
  readonly safe: boolean;
}

export interface ScanResult {
  readonly tokens: Tokens;
  readonly candidates: SkillCandidate[];
  /**
   * The tokens, in order, whose hash has its bit set in the `watch` given to `scanTokens` (bit `hash & 31` of word
   * `(hash & 0xffff) >>> 5`; a token beyond ASCII is listed when bit 0 is set): a caller that looks for a few words of
   * its own reads these instead of every token again. A view of a buffer shared by every scan: read it before the next.
   */
  readonly watched: Int32Array;
}

export interface CompiledTaxonomy {
  readonly entries: readonly SkillEntryParsed[];
  readonly skills: readonly CompiledSkill[];
  /** Skill index by id. */
  readonly byId: ReadonlyMap<string, number>;
  /** Number of distinct alias keys in the trie. */
  readonly aliasCount: number;
  /** Finds the longest alias matches in text[from, to). */
  scan(text: string, from?: number, to?: number): ScanResult;
  /** The same over tokens already made (`tokenize` or `tokensOf`), listing the tokens that pass `watch` on the way. */
  scanTokens(tokens: Tokens, watch?: Int32Array): ScanResult;
  /**
   * The bits a scan with `watch` lists its possible alias starts by: give them to `tokenize` as `starts`, and the scan
   * of those tokens reads the list made on the way instead of every token.
   */
  startBits(watch?: Int32Array): Int32Array;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  terminals: AliasTerminal[] | null;
  /** Reached through a plural "s" added at compile time ("neural networks"). */
  inflected: boolean;
}

const newNode = (): TrieNode => ({ next: null, terminals: null, inflected: false });

/** Adds the plural of every alias's last token as its own edge, so plurals cost nothing at scan time. */
function addPlurals(node: TrieNode): void {
  if (!node.next) return;
  const additions: [string, TrieNode][] = [];
  for (const [token, child] of node.next) {
    addPlurals(child);
    if (!child.terminals || child.inflected || token.length < 3 || token.endsWith('s') || !/[a-z]$/.test(token)) continue;
    if (!node.next.has(`${token}s`)) additions.push([`${token}s`, { next: null, terminals: child.terminals, inflected: true }]);
  }
  for (const [token, child] of additions) node.next.set(token, child);
}

/** Abbreviations whose dot does not end a sentence inside a product name ("Dr. Ceph", "MachineWorks Ltd. X"). */
const ABBREVIATIONS = new Set(['dr', 'inc', 'ltd', 'st', 'co', 'corp', 'jr', 'sr', 'mr', 'mrs']);

/**
 * Whether the gap between two tokens may join them in one alias: "scikit-learn", "CI/CD", "Power BI", and one line
 * break, since scraped postings wrap lines inside phrases ("data\nanalysis"). A dot joins when it stands alone
 * between two tokens ("Node.js", "ASP.NET"); a dot with a space or line break after it ends a sentence
 * ("intelligence. Analysis"), unless it ends an abbreviation or dotted initials ("U.S. Department").
 */
function joinable(text: string, tokens: Tokens, left: number): boolean {
  const from = tokens.end[left]!;
  const to = tokens.start[left + 1]!;
  if (to - from > 3) return false;
  if (text.charCodeAt(from) === 0x2e) {
    if (to - from === 1) return true;
    if (to - from !== 2 || text.charCodeAt(from + 1) !== 0x20) return false;
    const length = tokens.nonAscii[left] ? tokens.word(left).length : from - tokens.start[left]!;
    const initial = length === 1 && text.charCodeAt(from - 2) === 0x2e;
    return initial || ABBREVIATIONS.has(tokens.word(left));
  }
  let breaks = 0;
  let spaceBefore = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // Not a space before a dash: "Self\n-starter" is one word broken over two lines.
    if (c === 0x0a && ++breaks === 1) continue;
    if (c === 0x20) spaceBefore = true;
    else if (c === 0x2d) {
      // A dash after a space separates ("Python - 3+ years", "SQL -Tableau"); one glued to the word before joins
      // ("node-js", a hyphenated word broken as "time- series").
      if (spaceBefore) return false;
    } else if (c !== 0x2f && c !== 0x5f) return false;
  }
  // Across a line break only a wrapped sentence joins: the next line goes on in lower case ("data\nanalysis"),
  // as segment.ts reads continuations; "team\nWork" is the end of one bullet and the start of the next.
  if (breaks > 0) {
    const next = text.charCodeAt(to);
    return next >= 0x61 && next <= 0x7a;
  }
  return true;
}

/** The trie flattened: node ids, and one hash table of edges (parent node, token hash) -> child node. */
interface FlatTrie {
  readonly terminals: (AliasTerminal[] | null)[];
  /** By node: the skill of its first terminal (-1 for none), and 1 where its only terminal is a 'safe' form. */
  readonly firstSkill: Int32Array;
  readonly soleSafe: Uint8Array;
  readonly inflected: Uint8Array;
  readonly hasNext: Uint8Array;
  /**
   * `slots` holds two regions: the root's edges in the first `rootSize` slots (every possible alias start probes them,
   * so a smaller region of their own stays in cache more often), the other edges after them, each region hashed and
   * probed within itself (`rootMask`, `mask`).
   */
  readonly mask: number;
  readonly rootMask: number;
  readonly rootSize: number;
  /**
   * The edges, four numbers per slot side by side, so that a probe reads one cache line (the table is too large to
   * stay in cache between documents): parent node id (-1 for an empty slot), token hash, child node id, and where
   * the token's characters sit in `chars` (offset * 256 + length), or -1 for a token with a character beyond
   * printable ASCII or of 256 characters or more (compared as a string, from `slotWord`). One flat array of codes is
   * read faster than a string per slot.
   */
  readonly slots: Int32Array;
  readonly slotWord: string[];
  readonly chars: Uint8Array;
  /**
   * Bit set of the low 16 bits of the hashes of the root's edges (and their version stems), 8 KB so it stays in
   * cache: most tokens start no alias.
   */
  readonly rootBits: Int32Array;
  /**
   * Bit set of the high 16 bits of the same hashes: a token that passes `rootBits` by a low-bit collision alone (a
   * sixth of the probes at the root) is dropped here without a probe of the edge table, which misses the cache.
   */
  readonly rootHighBits: Int32Array;
  /**
   * Bit set over `edgeBit` of the (parent, token hash) pairs of the other edges: most words after a first word go on no
   * alias. Bits, not bytes: 8 KB stays in cache where 64 KB did not.
   */
  readonly edgeHashes: Int32Array;
  /**
   * Bit set (as `rootBits`) of the hashes of the root's edges whose node ends an alias. A token that passes `rootBits`
   * but not this one starts only multi-word aliases ("data", "a", "work": most of the tokens that pass), so it starts
   * none unless its next token is an edge below it, which `pairBits` screens without probing the table.
   */
  readonly rootTermBits: Int32Array;
  /** Bit set over `pairBit` of (first token hash, second token hash) for each edge below a root edge in `rootTermBits`'s complement. */
  readonly pairBits: Int32Array;
  /** Some edge holds a character beyond ASCII (only custom taxonomies), so such tokens must be looked up too. */
  readonly wideKeys: boolean;
}

/** Where the numbers of slot k start in `FlatTrie.slots`, and each number's place after that. */
const SLOT_SIZE = 4;
const PARENT = 0;
const HASH = 1;
const CHILD = 2;
const CHARS = 3;

const slotOf = (parent: number, hash: number, mask: number): number => (Math.imul(hash ^ Math.imul(parent, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
/** The first slot of an edge of `parent`, in the root's region or in the other one. */
const slotIn = (parent: number, hash: number, rootMask: number, mask: number, rootSize: number): number =>
  parent === 0 ? slotOf(0, hash, rootMask) : rootSize + slotOf(parent, hash, mask);
/** The slot after k in the same region. */
const nextSlot = (k: number, parent: number, rootMask: number, mask: number, rootSize: number): number =>
  parent === 0 ? (k + 1) & rootMask : rootSize + ((k - rootSize + 1) & mask);
/** Where an edge (parent, token hash) sits in `edgeHashes`. */
const edgeBit = (parent: number, hash: number): number => (Math.imul(hash + Math.imul(parent, 0x2c1b3c6d), 0x297a2d39) >>> 16);
/** Where a pair (first token hash, second token hash) sits in `pairBits`. */
const pairBit = (first: number, second: number): number => Math.imul(second ^ Math.imul(first, 0x2c1b3c6d), 0x297a2d39) >>> 16;

function flatten(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [root];
  const ids = new Map<TrieNode, number>([[root, 0]]);
  const edges: [number, string, TrieNode][] = [];
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    if (!node.next) continue;
    for (const [word, child] of node.next) {
      // Plural edges share their terminals, never their node: each node keeps its own `inflected`.
      if (!ids.has(child)) {
        ids.set(child, nodes.length);
        nodes.push(child);
      }
      edges.push([n, word, child]);
    }
  }
  // The two regions of the table (see FlatTrie.mask): the root's at most ~60% full, the other half full.
  let rootEdges = 0;
  for (const [parent] of edges) if (parent === 0) rootEdges++;
  let rootSize = 16;
  while (rootSize < rootEdges * 1.6) rootSize *= 2;
  let belowSize = 16;
  while (belowSize < (edges.length - rootEdges) * 2) belowSize *= 2;
  const rootMask = rootSize - 1;
  const mask = belowSize - 1;
  const size = rootSize + belowSize;
  const slots = new Int32Array(size * SLOT_SIZE);
  for (let k = 0; k < size; k++) {
    slots[k * SLOT_SIZE + PARENT] = -1;
    slots[k * SLOT_SIZE + CHARS] = -1;
  }
  const slotWord: string[] = new Array<string>(size).fill('');
  const codes: number[] = [];
  let wideKeys = false;
  const rootBits = new Int32Array(0x10000 >>> 5);
  const rootHighBits = new Int32Array(0x10000 >>> 5);
  const edgeHashes = new Int32Array(0x10000 >>> 5);
  const rootTermBits = new Int32Array(0x10000 >>> 5);
  const pairBits = new Int32Array(0x10000 >>> 5);
  const setBit = (bits: Int32Array, b: number): void => {
    bits[b >>> 5] = bits[b >>> 5]! | (1 << (b & 31));
  };
  for (const [parent, word, child] of edges) {
    if (parent !== 0) continue;
    const hash = wordHash(word);
    if (child.terminals) setBit(rootTermBits, hash & 0xffff);
    else if (child.next) for (const second of child.next.keys()) setBit(pairBits, pairBit(hash, wordHash(second)));
  }
  for (const [parent, word, child] of edges) {
    const hash = wordHash(word);
    let k = slotIn(parent, hash, rootMask, mask, rootSize);
    while (slots[k * SLOT_SIZE + PARENT] !== -1) k = nextSlot(k, parent, rootMask, mask, rootSize);
    const at = k * SLOT_SIZE;
    slots[at + PARENT] = parent;
    slots[at + HASH] = hash;
    slots[at + CHILD] = ids.get(child)!;
    slotWord[k] = word;
    if (word.length < 256 && codes.length < 0x7f0000 && !/[^\x20-\x7e]/.test(word)) {
      slots[at + CHARS] = codes.length * 256 + word.length;
      for (let c = 0; c < word.length; c++) codes.push(word.charCodeAt(c));
    }
    if (parent === 0) {
      setBit(rootBits, hash & 0xffff);
      setBit(rootHighBits, hash >>> 16);
    } else setBit(edgeHashes, edgeBit(parent, hash));
    for (let c = 0; c < word.length; c++) if (word.charCodeAt(c) > 0x7f) wideKeys = true;
  }
  return {
    terminals: nodes.map((n) => n.terminals),
    firstSkill: Int32Array.from(nodes, (n) => (n.terminals ? n.terminals[0]!.skill : -1)),
    soleSafe: Uint8Array.from(nodes, (n) => (n.terminals?.length === 1 && n.terminals[0]!.policy === 'safe' ? 1 : 0)),
    inflected: Uint8Array.from(nodes, (n) => (n.inflected ? 1 : 0)),
    hasNext: Uint8Array.from(nodes, (n) => (n.next && n.next.size > 0 ? 1 : 0)),
    mask,
    rootMask,
    rootSize,
    slots,
    slotWord,
    chars: Uint8Array.from(codes),
    wideKeys,
    rootBits,
    rootHighBits,
    edgeHashes,
    rootTermBits,
    pairBits,
  };
}

/** text[s, e) lower-cases (ASCII) to `word`. */
function sameWord(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** text[s, e) lower-cases (ASCII) to the slot's token, read from the flat array of codes where it has one. */
function sameSlotWord(trie: FlatTrie, k: number, text: string, s: number, e: number): boolean {
  const at = trie.slots[k * SLOT_SIZE + CHARS]!;
  if (at < 0) return sameWord(text, s, e, trie.slotWord[k]!);
  const length = at & 0xff;
  if (e - s !== length) return false;
  const { chars } = trie;
  for (let q = 0, o = at >>> 8; q < length; q++, o++) {
    let c = text.charCodeAt(s + q);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== chars[o]) return false;
  }
  return true;
}

/** The child of `node` along text[s, e) (ASCII) or along `wide` (a token beyond ASCII), or -1. */
function edge(trie: FlatTrie, node: number, hash: number, text: string, s: number, e: number, wide: string | null): number {
  const { slots, mask, rootMask, rootSize } = trie;
  for (let k = slotIn(node, hash, rootMask, mask, rootSize); ; k = nextSlot(k, node, rootMask, mask, rootSize)) {
    const at = k * SLOT_SIZE;
    const p = slots[at + PARENT]!;
    if (p === -1) return -1;
    if (p === node && slots[at + HASH] === hash && (wide === null ? sameSlotWord(trie, k, text, s, e) : wide === trie.slotWord[k])) return slots[at + CHILD]!;
  }
}

/** Set by `childOf`: the last step matched only after dropping a version number ("Python3"). */
let lastStepInflected = false;

/**
 * The child of `node` along token i, or -1. Glued versions ("Python3", "TensorFlow2": a lower-case stem of three
 * or more letters and one or two digits) step along the stem; plurals are edges of the trie already. Small, so that
 * the scan inlines its common case (an ASCII token, looked up as it is); the rest are calls.
 */
function childOf(trie: FlatTrie, node: number, tokens: Tokens, i: number): number {
  if (tokens.nonAscii[i]) return wideChildOf(trie, node, tokens, i);
  const exact = edge(trie, node, tokens.hash[i]!, tokens.text, tokens.start[i]!, tokens.end[i]!, null);
  if (exact >= 0) {
    lastStepInflected = trie.inflected[exact] === 1;
    return exact;
  }
  return versionChildOf(trie, node, tokens, i);
}

/** `childOf` for a token with a character beyond ASCII. */
function wideChildOf(trie: FlatTrie, node: number, tokens: Tokens, i: number): number {
  if (!trie.wideKeys) return -1; // its lower-cased text holds a character beyond ASCII, which no key does
  const w = tokens.word(i);
  const exact = edge(trie, node, wordHash(w), tokens.text, tokens.start[i]!, tokens.end[i]!, w);
  if (exact >= 0) {
    lastStepInflected = trie.inflected[exact] === 1;
    return exact;
  }
  return -1; // a version stem is ASCII letters only
}

/** `childOf` along the stem of an ASCII token that is no edge of `node` as it is, if it is a glued version. */
function versionChildOf(trie: FlatTrie, node: number, tokens: Tokens, i: number): number {
  const text = tokens.text;
  const s = tokens.start[i]!;
  const e = tokens.end[i]!;
  const n = e - s;
  const c = text.charCodeAt(e - 1);
  if (n < 4 || c < 0x30 || c > 0x39) return -1;
  let stemEnd = e - 1;
  if (isDigit(text.charCodeAt(stemEnd - 1))) stemEnd--;
  if (stemEnd - s < 3) return -1;
  let h = 0;
  for (let k = s; k < stemEnd; k++) {
    let d = text.charCodeAt(k);
    if (d >= 0x41 && d <= 0x5a) d |= 0x20;
    if (d < 0x61 || d > 0x7a) return -1;
    h = (Math.imul(h, 31) + d) | 0;
  }
  lastStepInflected = true;
  return edge(trie, node, h, text, s, stemEnd, null);
}

/** Token i ends in a digit, so it may be a glued version ("Python3") whose stem starts an alias. */
function versionLike(tokens: Tokens, i: number): boolean {
  const e = tokens.end[i]!;
  return ((tokens.text.charCodeAt(e - 1) - 0x30) >>> 0) <= 9 && e - tokens.start[i]! >= 4;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function aliasesOf(entry: SkillEntryParsed): { form: string; policy: MatchPolicy }[] {
  const list: { form: string; policy: MatchPolicy }[] = [];
  const listed = new Set<string>();
  for (const a of entry.aliases) {
    const alias = typeof a === 'string' ? { form: a, policy: entry.policy } : a;
    list.push(alias);
    listed.add(alias.form);
  }
  if (!listed.has(entry.name)) list.unshift({ form: entry.name, policy: entry.policy });
  return list;
}

/** The normalised key of a surface form: its lower-cased tokens joined by spaces. */
export function aliasKey(form: string): string {
  const toks = tokenize(form);
  return toks.count === 0 ? '' : toks.phrase(0, toks.count - 1);
}

function compile(entries: readonly SkillEntryParsed[]): CompiledTaxonomy {
  const root = newNode();
  const skills: CompiledSkill[] = [];
  const byId = new Map<string, number>();
  let aliasCount = 0;

  for (const entry of entries) {
    if (byId.has(entry.id)) continue; // the first entry with an id wins (custom before default)
    const skill = skills.length;
    byId.set(entry.id, skill);
    skills.push({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      implies: entry.implies ?? [],
      cues: new Set((entry.cues ?? []).flatMap((c) => wordsOf(c))),
    });
    const shared = new Set((entry.sharedAliases ?? []).map(aliasKey));
    for (const { form, policy } of aliasesOf(entry)) {
      if (policy === 'qualified') continue;
      const toks = tokenize(form);
      if (toks.count === 0) continue;
      let node = root;
      const words = wordsOf(form);
      for (const t of words) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = newNode()));
        node = child;
      }
      const key = words.join(' ');
      const caseTokens = Array.from(toks.start, (s, i) => form.slice(s, toks.end[i]));
      const terminal: AliasTerminal = { skill, form, policy, caseTokens };
      if (!node.terminals) {
        node.terminals = [terminal];
        aliasCount++;
        continue;
      }
      const existing = node.terminals;
      if (existing.some((t) => t.skill === skill)) continue;
      // An alias claimed by an earlier skill stays with it, unless both mark it as shared.
      const sharedByAll = shared.has(key) && existing.every((t) => sharedKeysOf(entries, skills[t.skill]!.id).has(key));
      if (sharedByAll) existing.push(terminal);
    }
  }

  addPlurals(root);
  const trie = flatten(root);
  // `rootBits` OR-ed with the last `watch` given to a scan (a caller passes the same one each time).
  let lastWatch: Int32Array | null = null;
  let lastEither = trie.rootBits;
  const eitherBits = (watch: Int32Array): Int32Array => {
    if (watch === NO_WATCH) return trie.rootBits;
    if (watch !== lastWatch) {
      lastEither = trie.rootBits.map((bits, k) => bits | watch[k]!);
      lastWatch = watch;
    }
    return lastEither;
  };
  const scanTokens = (tokens: Tokens, watch: Int32Array = NO_WATCH): ScanResult => {
    const { text, from, to, count, start, end, hash, nonAscii } = tokens;
    const address = addressTokens(text, tokens, from, to);
    const candidates: SkillCandidate[] = [];
    const { terminals, firstSkill, soleSafe, hasNext, rootBits, rootHighBits, edgeHashes, rootTermBits, pairBits } = trie;
    if (watchedScratch.length < count) watchedScratch = new Int32Array(Math.max(count, 2 * watchedScratch.length));
    const watched = watchedScratch;
    let watchedCount = 0;
    const either = eitherBits(watch);
    // First the tokens that may start an alias or are watched, listed without a branch (a quarter of the tokens pass,
    // unpredictably): the root and watch bits, a hash of 0 (a token beyond ASCII, or an ASCII one whose hash is 0),
    // or a last character that is a digit (a glued version, "Python3"). Then each listed token is read as before.
    // Tokens made with these bits as their `starts` listed them already.
    let listed: Int32Array;
    let listedCount = 0;
    if (tokens.starts === either) {
      listed = tokens.started;
      listedCount = listed.length;
    } else {
      if (listScratch.length < count) listScratch = new Int32Array(Math.max(count, 2 * listScratch.length));
      listed = listScratch;
      for (let t = 0; t < count; t++) {
        const h = hash[t]!;
        listed[listedCount] = t;
        const digit = ((text.charCodeAt(end[t]! - 1) - 0x30) >>> 0) <= 9;
        listedCount += ((either[(h & 0xffff) >>> 5]! >>> (h & 31)) & 1) | (h === 0 ? 1 : 0) | (digit ? 1 : 0);
      }
    }
    /** The first token that may start an alias: the ones inside an alias taken are passed over. */
    let next = 0;
    for (let q = 0; q < listedCount; q++) {
      const i = listed[q]!;
      if (i < next) continue;
      const h = hash[i]!;
      const hb = (h & 0xffff) >>> 5;
      const bit = 1 << (h & 31);
      if ((watch[hb]! & bit) !== 0) watched[watchedCount++] = i;
      if ((rootBits[hb]! & bit) === 0 || ((rootHighBits[h >>> 21]! >>> ((h >>> 16) & 31)) & 1) === 0) {
        if (nonAscii[i] === 0 && !versionLike(tokens, i)) continue;
      } else if ((rootTermBits[hb]! & bit) === 0 && i + 1 < count) {
        // Token i is no root edge, or one that ends no alias ("data", "a"): an alias starts here only if the next
        // token is an edge below it (the walk's own first test, on the pair's hashes), unless token i is a glued
        // version (whose stem could end an alias).
        const p = pairBit(h, hash[i + 1]!);
        if ((pairBits[p >>> 5]! & (1 << (p & 31))) === 0 && nonAscii[i] === 0 && nonAscii[i + 1] === 0 && !versionLike(tokens, i) && !versionLike(tokens, i + 1)) continue;
      }
      if (address[i]) continue;
      let node = childOf(trie, 0, tokens, i);
      if (node < 0) continue;
      let best: AliasTerminal[] | null = null;
      let bestNode = -1;
      let bestLast = -1;
      let bestInflected = false;
      for (let j = i; ; ) {
        const found = terminals[node] as AliasTerminal[] | null; // node < terminals.length
        // Compared with null, not tested for truth: a truth test reads the array's map, a cache miss per step.
        if (found !== null) {
          best = found;
          bestNode = node;
          bestLast = j;
          bestInflected = lastStepInflected;
        }
        if (!hasNext[node]) break;
        j++;
        if (j >= count || address[j]) break;
        // A token that is none of the node's edges ends the walk (unless it is wide or a glued version: see childOf).
        const eb = edgeBit(node, hash[j]!);
        if (((edgeHashes[eb >>> 5]! >>> (eb & 31)) & 1) === 0 && nonAscii[j] === 0 && !versionLike(tokens, j)) break;
        if (!joinable(text, tokens, j - 1)) break;
        node = childOf(trie, node, tokens, j);
        if (node < 0) break;
      }
      if (best !== null) {
        candidates.push({
          terminals: best, firstToken: i, lastToken: bestLast, start: start[i]!, end: end[bestLast]!, inflected: bestInflected,
          skill: firstSkill[bestNode]!, safe: soleSafe[bestNode] === 1,
        });
        // The alias's other tokens are passed over as starts: watched here.
        for (let k = i + 1; k <= bestLast; k++) {
          const hk = hash[k]!;
          if ((watch[(hk & 0xffff) >>> 5]! & (1 << (hk & 31))) !== 0) watched[watchedCount++] = k;
        }
        next = bestLast + 1;
      }
    }
    return { tokens, candidates, watched: watched.subarray(0, watchedCount) };
  };
  return {
    entries,
    skills,
    byId,
    aliasCount,
    scan(text: string, from = 0, to = text.length): ScanResult {
      return scanTokens(tokenize(text, from, to));
    },
    scanTokens,
    startBits: (watch: Int32Array = NO_WATCH) => eitherBits(watch),
  };
}

/** The lower-cased tokens of a form. */
function wordsOf(form: string): string[] {
  const toks = tokenize(form);
  return Array.from({ length: toks.count }, (_, i) => toks.word(i));
}

const sharedCache = new WeakMap<readonly SkillEntryParsed[], Map<string, Set<string>>>();
function sharedKeysOf(entries: readonly SkillEntryParsed[], id: string): Set<string> {
  let byId = sharedCache.get(entries);
  if (!byId) {
    byId = new Map();
    for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, new Set((e.sharedAliases ?? []).map(aliasKey)));
    sharedCache.set(entries, byId);
  }
  return byId.get(id) ?? new Set();
}

/** The default `watch`: no bit set. */
const NO_WATCH = new Int32Array(0x10000 >>> 5);
/** The tokens listed by the last scan's `watch` (its first `watchedCount` slots). */
let watchedScratch = new Int32Array(1024);
/** The tokens the last scan listed as possible starts (its first `listedCount` slots). */
let listScratch = new Int32Array(1024);

const compiled = new WeakMap<readonly SkillEntryParsed[], CompiledTaxonomy>();

/** Compiles a taxonomy once; the result is cached per entries array. */
export function compileTaxonomy(entries: readonly SkillEntryParsed[]): CompiledTaxonomy {
  let c = compiled.get(entries);
  if (!c) {
    c = compile(entries);
    compiled.set(entries, c);
  }
  return c;
}
