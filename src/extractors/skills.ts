import type { AliasTerminal, CompiledTaxonomy, SkillCandidate } from '../taxonomy/matcher.js';
import { isWhiteSpace, tokensOf, wordHash, WordFilter, type Tokens } from '../taxonomy/tokenize.js';
import { getPosTagger } from '../nlp/engines.js';
import {
  CAPITALISED_IS_EVIDENCE,
  COORDINATED_ANALYSIS,
  CUE_FILLERS,
  DATA_NOUN_FORMS,
  DATA_OBJECTS,
  DATA_PHRASE_STOPS,
  DATA_VERB_PHRASES,
  DEGREE_CONTEXT,
  FIELD_FORMS,
  FOLLOWING_CUES,
  LIST_GLUE,
  LOWERCASE_OTHER_SENSE,
  NEIGHBOUR_CATEGORY_ONLY,
  OTHER_SENSE_NEARBY,
  PRECEDING_CUES,
  SKILL_FRAME,
  SKILLS_NAMING_TEAMS,
  PARTNER_CATEGORIES,
  PARTNER_UNIT_RE,
  TEAM_NOUNS,
  TECHNICAL_CATEGORIES,
  TRAP_FOLLOWERS,
  TRAP_PRECEDERS,
  VERB_FORMS,
  VISUAL_OBJECTS,
} from '../lexicon/skill-context.js';
import { ABOUT_THE_JOB, NAME_OPENING, NOT_A_NAME, WE_OPENING } from '../lexicon/company-voice.js';
import type { ExtractContext, SegmentedDoc, SkillFinding, TextSpan } from './types.js';
import { TokenWordMap, TokenWordSet } from './token-words.js';
import { FIELD_LIST_HEADING_RE } from '../lexicon/fields.js';

/**
 * Skills: one scan of the compiled taxonomy over the whole text, then the ambiguity policy for names that are
 * words or letters. Safe forms are taken as found. Ambiguous forms (R, C, Go, Excel, Spark, Hive, SAS...) need
 * evidence: a named technical skill beside them in the same list, a cue phrase before the name or its list
 * ("experience with", "such as", "e.g."), a cue word after ("R programming", "Excel skills"), one of the skill's own anchor words nearby, and, for
 * names that are verbs too, a part-of-speech reading that is not a verb (tagger run on that sentence only).
 */

/** The cue phrases as words, by their last word. */
const CUE_PHRASES_BY_LAST = new Map<string, (readonly string[])[]>();
for (const p of PRECEDING_CUES) {
  const words = p.split(' ');
  const last = words[words.length - 1]!;
  let list = CUE_PHRASES_BY_LAST.get(last);
  if (!list) CUE_PHRASES_BY_LAST.set(last, (list = []));
  list.push(words);
}
const CUE_LOOKBACK = 5;
const FIELD_FIRST_WORDS = new Set([...[...FIELD_FORMS].map((f) => f.split(' ')[0]!), 'statistical']);
const ANCHOR_WINDOW = 6;
/** "training in", "knowledge of", "experience with": what links a skill frame word to the skill. */
const FRAME_LINKS = new Set(['in', 'of', 'with']);
const PREPOSITIONS = new Set(['at', 'in', 'to', 'on', 'into', 'with', 'for', 'by', 'beyond', 'above', 'forward', 'up', 'out']);

/**
 * Hash filters over the lexicon words (all ASCII), read before a token's string is made: most tokens are none of
 * them. One byte per hash value holds a bit per word list, so the lists share one table (and its cache lines).
 */
const TRAP_KEYS = 1;
const FIELD_FIRST = 2;
const OTHER_SENSE_FIRST = 4;
const CUE_WORDS = 8;
const GLUE_WORDS = 16;
const FOLLOWING_CUE_WORDS = 32;
const DATA_PHRASE_HEADS = 64;
const DEGREE_WORDS = 128;
const WORD_LISTS = new Uint8Array(0x10000);
const addWords = (list: number, words: Iterable<string>): void => {
  for (const w of words) WORD_LISTS[wordHash(w) & 0xffff]! |= list;
};
addWords(TRAP_KEYS, [...TRAP_FOLLOWERS.keys(), ...TRAP_PRECEDERS.keys()]);
addWords(FIELD_FIRST, FIELD_FIRST_WORDS);
addWords(OTHER_SENSE_FIRST, [...OTHER_SENSE_NEARBY.keys()].map((k) => k.split(' ')[0]!));
addWords(CUE_WORDS, [...CUE_PHRASES_BY_LAST.keys(), ...CUE_FILLERS]);
addWords(GLUE_WORDS, LIST_GLUE);
addWords(FOLLOWING_CUE_WORDS, FOLLOWING_CUES);
addWords(DEGREE_WORDS, DEGREE_CONTEXT);
addWords(DATA_PHRASE_HEADS, ['data', ...DATA_VERB_PHRASES.keys()]);

/** The lexicon lookups made per token, read in place (no string per token). */
const TRAP_FOLLOWERS_BY_TOKEN = new TokenWordMap([...TRAP_FOLLOWERS].map(([k, v]) => [k, new TokenWordSet(v)] as const));
const TRAP_PRECEDERS_BY_TOKEN = new TokenWordMap([...TRAP_PRECEDERS].map(([k, v]) => [k, new TokenWordSet(v)] as const));
const CUE_PHRASES_BY_LAST_TOKEN = new TokenWordMap(CUE_PHRASES_BY_LAST);
const CUE_FILLER_TOKENS = new TokenWordSet(CUE_FILLERS);
const LIST_GLUE_TOKENS = new TokenWordSet(LIST_GLUE);
const NEIGHBOUR_CATEGORY_ONLY_TOKENS = new TokenWordMap(NEIGHBOUR_CATEGORY_ONLY);
const CAPITALISED_IS_EVIDENCE_TOKENS = new TokenWordSet(CAPITALISED_IS_EVIDENCE);
const VERB_FORM_TOKENS = new TokenWordSet(VERB_FORMS);
const PREPOSITION_TOKENS = new TokenWordSet(PREPOSITIONS);
const DATA_VERB_PHRASE_TOKENS = new TokenWordMap(DATA_VERB_PHRASES);
const DATA_NOUN_FORM_TOKENS = new TokenWordSet(DATA_NOUN_FORMS);
const DATA_OBJECT_TOKENS = new TokenWordSet(DATA_OBJECTS);
const VISUAL_OBJECT_TOKENS = new TokenWordSet(VISUAL_OBJECTS);
const DATA_PHRASE_STOP_TOKENS = new TokenWordSet(DATA_PHRASE_STOPS);
const COORDINATED_ANALYSIS_TOKENS = new TokenWordSet(COORDINATED_ANALYSIS);
const TEAM_NOUN_TOKENS = new TokenWordSet(TEAM_NOUNS);

/** Token i may be a word of `list` (false for sure when not: a token beyond ASCII is none of these words). */
const mayBe = (tokens: Tokens, i: number, list: number): boolean => (WORD_LISTS[tokens.hash[i]! & 0xffff]! & list) !== 0 && tokens.nonAscii[i] === 0;
const AND_HASH = wordHash('and');

/** What a pending form's own evidence says (see step 3 of `extractSkills`). */
const NO_EVIDENCE = 0;
const EVIDENCE = 1;
const EVIDENCE_UNLESS_VERB = 2;

/**
 * Status of a terminal of a candidate. `LISTED`: an acronym written in lower case ("aws gcp azure"), taken only inside
 * a list of named skills.
 */
const REJECTED = 0;
const PENDING = 1;
const LISTED = 2;
const ACCEPTED = 3;

interface Mention {
  cand: SkillCandidate;
  unit: number;
  /** Where the status of each terminal of the candidate sits in `statuses` (one per terminal, in order). */
  at: number;
}

/**
 * The statuses of the document's mentions, for all documents in turn (no array per candidate; a document's are
 * written before they are read).
 */
let statuses = new Uint8Array(1024);

/**
 * Scratch: per mention, whether it continues the list of the mention before it (`UNREAD` until asked; every slot of a
 * document's mentions is reset before it is read).
 */
let linkScratch = new Uint8Array(256);
/** Per mention, the first mention of its list once known (-1 before): reused from document to document. */
let headScratch = new Int32Array(256);
const UNREAD = 0;
const LINKED = 1;
const UNLINKED = 2;

interface Scan {
  doc: SegmentedDoc;
  tax: CompiledTaxonomy;
  tables: TaxonomyTables;
  tokens: Tokens;
  /** `partnerTokensOf` the document. */
  partnerTokens: number[] | null;
  mentions: Mention[];
  /** Part-of-speech tags of the units tagged so far (made on the first; few documents need the tagger). */
  unitTags: Map<number, { value: string; pos: string }[]> | null;
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number): boolean => isUpper(c) || isLower(c) || isDigit(c);

/** The written case matches the alias token for token (the last may carry a plural or version). */
function caseMatches(text: string, tokens: Tokens, cand: SkillCandidate, t: AliasTerminal): boolean {
  if (cand.inflected) return false;
  for (let k = 0; k < t.caseTokens.length; k++) {
    const i = cand.firstToken + k;
    const written = t.caseTokens[k]!;
    const s = tokens.start[i]!;
    if (tokens.end[i]! - s !== written.length || !text.startsWith(written, s)) return false;
  }
  return true;
}

/** "C-suite", "Go-live", "R&D", "U.S.C.", "R. J. Reynolds": the name is glued into another word. */
function gluedToWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  const after2 = end + 1 < text.length ? text.charCodeAt(end + 1) : 0x20;
  const before2 = start > 1 ? text.charCodeAt(start - 2) : 0x20;
  if (after === 0x26 || before === 0x26) return true; // R&D, P&C
  if (after === 0x2d && isAlnum(after2)) return !text.startsWith('based', end + 1); // C-suite, go-to (but Spark-based)
  if (before === 0x2d && isAlnum(before2)) return true; // vitamin-C, T-... (T-SQL is an alias itself)
  if (before === 0x2e && isAlnum(before2)) return true; // U.S.C.
  if (after === 0x2e && isAlnum(after2)) return true; // R.N.
  if (after === 0x27 && (after2 === 0x73 || after2 === 0x53) && end - start === 1) return true; // "C's" grades
  return false;
}

/** Single letters as initials: "R. J. Reynolds", "John C. Smith". */
function isInitial(text: string, tokens: Tokens, cand: SkillCandidate): boolean {
  if (cand.end - cand.start !== 1 || text.charCodeAt(cand.end) !== 0x2e) return false;
  const next = cand.lastToken + 1;
  if (next < tokens.count) {
    const ns = tokens.start[next]!;
    const gap = text.slice(cand.end, ns);
    if (gap === '. ' && isUpper(text.charCodeAt(ns)) && tokens.end[next]! - ns === 1) return true;
  }
  const prev = cand.firstToken - 1;
  if (prev >= 0) {
    const ps = tokens.start[prev]!;
    if (tokens.end[prev]! - ps === 1 && isUpper(text.charCodeAt(ps)) && text.slice(tokens.end[prev]!, cand.start) === '. ') return true;
  }
  return false;
}

/**
 * text[start] follows "/" glued to a name: a word that opens with a capital or a digit ("Perl/Go", "Word/Excel";
 * "learn/excel" is a pair of verbs).
 */
function afterSlashedWord(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x2f || !isAlnum(text.charCodeAt(start - 2))) return false;
  let k = start - 2;
  while (k > 0 && isAlnum(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k);
  return isUpper(c) || isDigit(c);
}

function hasTrapNeighbour(scan: Scan, m: Mention): boolean {
  const { tokens } = scan;
  const c = m.cand;
  if (c.firstToken !== c.lastToken || !mayBe(tokens, c.firstToken, TRAP_KEYS)) return false;
  const followers = TRAP_FOLLOWERS_BY_TOKEN.get(tokens, c.firstToken);
  // A name glued by a slash to the word before is an item of a list ("Python/Java/Perl/Go for building tools"), not
  // the verb its next word would make of it.
  if (followers?.has(tokens, c.lastToken + 1) && sameUnit(scan, c.lastToken + 1, m.unit) && !afterSlashedWord(tokens.text, c.start)) return true;
  const preceders = TRAP_PRECEDERS_BY_TOKEN.get(tokens, c.firstToken);
  return Boolean(preceders?.has(tokens, c.firstToken - 1) && sameUnit(scan, c.firstToken - 1, m.unit));
}

/**
 * A product name written as a common noun: the lower-case plural of a capitalised name ("snowflakes", "sparks"),
 * or the lower-case name beside words of its other sense ("snowflake" near "star schema", "dimensional").
 */
function writtenAsCommonNoun(scan: Scan, m: Mention, t: AliasTerminal): boolean {
  const c = m.cand;
  if (c.firstToken !== c.lastToken || !isSingleWordLowercase(scan.doc.text, c) || !isUpper(t.form.charCodeAt(0))) return false;
  const written = scan.tokens.word(c.firstToken);
  if (c.inflected && written.endsWith('s') && !t.form.toLowerCase().endsWith('s')) return true;
  const senseWords = LOWERCASE_OTHER_SENSE.get(written);
  if (!senseWords) return false;
  const a = unitFirstToken(scan, m.unit);
  const b = unitLastToken(scan, m.unit);
  const from = Math.max(a, c.firstToken - ANCHOR_WINDOW);
  const to = Math.min(b, c.lastToken + ANCHOR_WINDOW);
  for (let i = from; i <= to; i++) if (i !== c.firstToken && senseWords.has(scan.tokens.word(i))) return true;
  return false;
}

/** A word of the form's other sense stands near it ("GCP, patient eligibility, safety monitoring"). */
function otherSenseNearby(scan: Scan, m: Mention): boolean {
  const c = m.cand;
  if (!mayBe(scan.tokens, c.firstToken, OTHER_SENSE_FIRST)) return false;
  const words = OTHER_SENSE_NEARBY.get(scan.tokens.phrase(c.firstToken, c.lastToken));
  if (!words) return false;
  const a = unitFirstToken(scan, m.unit);
  const b = unitLastToken(scan, m.unit);
  const from = Math.max(a, c.firstToken - ANCHOR_WINDOW);
  const to = Math.min(b, c.lastToken + ANCHOR_WINDOW);
  for (let i = from; i <= to; i++) if ((i < c.firstToken || i > c.lastToken) && words.has(scan.tokens.word(i))) return true;
  return false;
}

/**
 * First and last token of each unit, worked out on first use in a document: scratch shared by all documents, a slot
 * valid while its stamp is the document's (no Map or pair per unit).
 */
let unitFirstTok = new Int32Array(256);
let unitLastTok = new Int32Array(256);
let unitStamp = new Int32Array(256);
/** Per unit, whether it names the company's partners (1 or 0), valid while its own stamp is the document's. */
let unitPartners = new Uint8Array(256);
let partnersStamp = new Int32Array(256);
let docStamp = 0;

/** A new stamp for the next document's unit slots (the scratch is grown to its units). */
function newUnitStamp(units: number): void {
  if (unitStamp.length < units) {
    const size = Math.max(units, 2 * unitStamp.length);
    unitFirstTok = new Int32Array(size);
    unitLastTok = new Int32Array(size);
    unitStamp = new Int32Array(size);
    unitPartners = new Uint8Array(size);
    partnersStamp = new Int32Array(size);
  }
  docStamp = (docStamp + 1) | 0;
  if (docStamp === 0) {
    unitStamp.fill(0);
    partnersStamp.fill(0);
    docStamp = 1;
  }
}

/** Fills the unit's slots (an existing unit). */
function fillUnitTokens(scan: Scan, unit: number): void {
  const u = scan.doc.units[unit]!;
  const { start } = scan.tokens;
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < u.start) lo = mid + 1;
    else hi = mid;
  }
  // The last token that starts before the unit's end: a second binary search from the first (units run long).
  unitFirstTok[unit] = lo;
  hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < u.end) lo = mid + 1;
    else hi = mid;
  }
  unitLastTok[unit] = lo - 1;
  unitStamp[unit] = docStamp;
}

/** The unit's first token (0 for no unit, with `unitLastToken` -1: an empty range). */
function unitFirstToken(scan: Scan, unit: number): number {
  if (unit < 0 || unit >= scan.doc.units.length) return 0;
  if (unitStamp[unit] !== docStamp) fillUnitTokens(scan, unit);
  return unitFirstTok[unit]!;
}

/** The unit's last token (-1 for no unit). */
function unitLastToken(scan: Scan, unit: number): number {
  if (unit < 0 || unit >= scan.doc.units.length) return -1;
  if (unitStamp[unit] !== docStamp) fillUnitTokens(scan, unit);
  return unitLastTok[unit]!;
}

function sameUnit(scan: Scan, token: number, unit: number): boolean {
  return token >= unitFirstToken(scan, unit) && token <= unitLastToken(scan, unit);
}

/**
 * `tokens.word(i) === word` for a lower-case ASCII word, read in place (a token beyond ASCII lower-cases to text beyond
 * ASCII; `isWord` lower-cases ASCII exactly for the characters a token holds).
 */
function isToken(tokens: Tokens, i: number, word: string): boolean {
  return tokens.nonAscii[i] === 0 && isWord(tokens.text, tokens.start[i]!, tokens.end[i]!, word);
}

/** A cue phrase ends before `token` in the same unit, with only filler words between. */
function precededByCue(scan: Scan, token: number, unit: number): boolean {
  const tokens = scan.tokens;
  const unitFirst = unitFirstToken(scan, unit);
  for (let back = 1; back <= CUE_LOOKBACK; back++) {
    const endTok = token - back;
    if (endTok < unitFirst || !mayBe(tokens, endTok, CUE_WORDS)) return false;
    const phrases = CUE_PHRASES_BY_LAST_TOKEN.get(tokens, endTok);
    if (phrases) {
      for (const phrase of phrases) {
        const s = endTok - phrase.length + 1;
        if (s < unitFirst) continue;
        let ok = true;
        for (let k = 0; k < phrase.length - 1 && ok; k++) if (!isToken(tokens, s + k, phrase[k]!)) ok = false;
        if (ok) return true;
      }
    }
    if (!CUE_FILLER_TOKENS.has(tokens, endTok)) return false;
  }
  return false;
}

function followedByCue(scan: Scan, m: Mention): boolean {
  const next = m.cand.lastToken + 1;
  if (next >= scan.tokens.count || !sameUnit(scan, next, m.unit)) return false;
  if (scan.tokens.start[next] !== m.cand.end + 1) return false;
  const gap = scan.doc.text.charCodeAt(m.cand.end);
  if (gap !== 0x20 && gap !== 0x2d && gap !== 0x2f) return false; // " ", "-", "/"
  return mayBe(scan.tokens, next, FOLLOWING_CUE_WORDS) && FOLLOWING_CUES.has(scan.tokens.word(next));
}

/**
 * What the hot loops read of a taxonomy, made once per taxonomy and fetched once per document (no lookup per mention):
 * per-skill flags as bytes (1 or 0 by skill index) instead of category or id strings, and the cue words.
 */
interface TaxonomyTables {
  /** 1 where the skill's category is a technical one (`TECHNICAL_CATEGORIES`). */
  readonly technical: Uint8Array;
  /** 1 where the skill is a vendor's product (`PARTNER_CATEGORIES`). */
  readonly partner: Uint8Array;
  /** 1 for the SKILLS_NAMING_TEAMS skills. */
  readonly namesTeams: Uint8Array;
  /** A filter of every cue word of the skills (tokens beyond ASCII are read whatever it says). */
  readonly cueFilter: WordFilter;
  /** Each skill's cue words as a lookup by token, made on first use. */
  readonly cueSets: (TokenWordSet | undefined)[];
}

const tablesByTaxonomy = new WeakMap<CompiledTaxonomy, TaxonomyTables>();
function tablesOf(tax: CompiledTaxonomy): TaxonomyTables {
  let tables = tablesByTaxonomy.get(tax);
  if (!tables) {
    const flags = (has: (skill: CompiledTaxonomy['skills'][number]) => boolean): Uint8Array => Uint8Array.from(tax.skills, (s) => (has(s) ? 1 : 0));
    tables = {
      technical: flags((s) => TECHNICAL_CATEGORIES.has(s.category)),
      partner: flags((s) => PARTNER_CATEGORIES.has(s.category)),
      namesTeams: flags((s) => SKILLS_NAMING_TEAMS.has(s.id)),
      cueFilter: new WordFilter(tax.skills.flatMap((s) => [...s.cues])),
      cueSets: new Array<TokenWordSet | undefined>(tax.skills.length),
    };
    tablesByTaxonomy.set(tax, tables);
  }
  return tables;
}

function anchorNearby(scan: Scan, m: Mention, skill: number): boolean {
  if (scan.tax.skills[skill]!.cues.size === 0) return false;
  const cues = (scan.tables.cueSets[skill] ??= new TokenWordSet(scan.tax.skills[skill]!.cues));
  const { tokens } = scan;
  const filter = scan.tables.cueFilter;
  const a = unitFirstToken(scan, m.unit);
  const b = unitLastToken(scan, m.unit);
  const from = Math.max(a, m.cand.firstToken - ANCHOR_WINDOW);
  const to = Math.min(b, m.cand.lastToken + ANCHOR_WINDOW);
  for (let i = from; i <= to; i++) {
    if (i >= m.cand.firstToken && i <= m.cand.lastToken) continue;
    if (tokens.nonAscii[i] === 0 && !filter.mayBe(tokens, i)) continue;
    if (cues.has(tokens, i)) return true;
  }
  return false;
}

/** Two neighbouring mentions belong to one list: only glue words, or unknown capitalised names, between them. */
function linked(scan: Scan, a: Mention, b: Mention): boolean {
  const { tokens, doc } = scan;
  const text = doc.text;
  const from = a.cand.end;
  const to = b.cand.start;
  if (a.unit !== b.unit) {
    if (adjacentShortBullets(scan, a.unit, b.unit)) return true;
    if (b.unit !== a.unit + 1 || to - from > 60) return false;
    // A list wrapped over two lines: "Python, R, Scala,\nJulia, or SAS".
    if (!wrappedListGap(text, from, to)) return false;
  }
  if (to - from > 60) return false;
  // No clause break in the gap (";", ":", "!", "?", or a full stop and a space).
  let listMark = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return false;
    if (c === 0x2e && k + 1 < to && isWhiteSpace(text.charCodeAt(k + 1))) return false;
    if (c === 0x2c || c === 0x2f) listMark = true;
  }
  let names = 0;
  for (let i = a.cand.lastToken + 1; i < b.cand.firstToken; i++) {
    const c = text.charCodeAt(tokens.start[i]!);
    if (isDigit(c) || (mayBe(tokens, i, GLUE_WORDS) && LIST_GLUE_TOKENS.has(tokens, i))) continue;
    if (isUpper(c) && ++names <= 2 && listMark) continue;
    return false;
  }
  return true;
}

/** \w of a regular expression without the u flag. */
const isWordChar = (c: number): boolean => isAlnum(c) || c === 0x5f;

/**
 * The gap text[from, to) between two units may go on with a list: no ".", ";", ":", "!" or "?", and a "," or "/" or
 * the word "and" or "or". Read in place, as `!/[.;:!?]/.test(gap) && /[,/]|\b(?:and|or)\b/.test(gap)` reads the slice.
 */
function wrappedListGap(text: string, from: number, to: number): boolean {
  let mark = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return false;
    if (c === 0x2c || c === 0x2f) mark = true;
  }
  if (mark) return true;
  for (let k = from; k < to; k++) {
    if (!isWordChar(text.charCodeAt(k))) continue;
    let e = k + 1;
    while (e < to && isWordChar(text.charCodeAt(e))) e++;
    // A run of word characters inside the gap is a word between boundaries there (the slice's ends are boundaries).
    if ((e - k === 3 && text.startsWith('and', k)) || (e - k === 2 && text.startsWith('or', k))) return true;
    k = e;
  }
  return false;
}

/** Bullets that hold just a name or two ("• Python" / "• R"). */
function adjacentShortBullets(scan: Scan, ua: number, ub: number): boolean {
  if (ub !== ua + 1) return false;
  const a = scan.doc.units[ua];
  const b = scan.doc.units[ub];
  return Boolean(a && b && a.end - a.start <= 24 && b.end - b.start <= 24 && a.kind === b.kind && a.kind === 'bullet');
}

function isUnitInitial(scan: Scan, m: Mention): boolean {
  const a = unitFirstToken(scan, m.unit);
  return m.cand.firstToken === a;
}

/** The tagger reads the name as a verb in its sentence ("you will excel at", "spark new ideas"). */
function readsAsVerb(scan: Scan, m: Mention): boolean {
  const u = scan.doc.units[m.unit];
  if (!u) return false;
  const sentence = scan.doc.text.slice(u.start, u.end);
  // Each unit is tagged once, however many of its names are in doubt.
  let tags = scan.unitTags?.get(m.unit);
  if (!tags) {
    const tagger = getPosTagger();
    if (!tagger) return false;
    (scan.unitTags ??= new Map()).set(m.unit, (tags = tagger.tag(sentence)));
  }
  const word = scan.doc.text.slice(m.cand.start, m.cand.end).toLowerCase();
  // Which occurrence of the word in the sentence this mention is.
  const lower = sentence.toLowerCase();
  let nth = 0;
  for (let i = lower.indexOf(word); i >= 0 && u.start + i < m.cand.start; i = lower.indexOf(word, i + 1)) nth++;
  let seen = 0;
  for (const t of tags) {
    if (t.value.toLowerCase() !== word) continue;
    if (++seen === nth) return t.pos === 'VERB' || t.pos === 'AUX';
  }
  return false;
}

/** The words PARTNER_UNIT_RE needs one of. */
const PARTNER_WORDS = ['partner', 'partners', 'partnership', 'partnerships'];
const [PARTNER_HASH, PARTNERS_HASH, PARTNERSHIP_HASH, PARTNERSHIPS_HASH] = PARTNER_WORDS.map(wordHash) as [number, number, number, number];

/**
 * The tokens, in order, whose hash is a "partner" word's, from the scan's watched tokens (which list every such
 * token); null when there is none, as in most documents.
 */
function partnerTokensOf(tokens: Tokens, watched: Int32Array): number[] | null {
  let out: number[] | null = null;
  for (let w = 0; w < watched.length; w++) {
    const h = tokens.hash[watched[w]!]!;
    if (h === PARTNER_HASH || h === PARTNERS_HASH || h === PARTNERSHIP_HASH || h === PARTNERSHIPS_HASH) (out ??= []).push(watched[w]!);
  }
  return out;
}

/**
 * The unit names the company's partners (see PARTNER_UNIT_RE). Read once per unit: the pattern runs only where one
 * of its tokens is a "partner" word (a colliding hash only runs the pattern for nothing).
 */
function namesPartners(scan: Scan, unit: number): boolean {
  const partners = scan.partnerTokens;
  if (partners === null) return false;
  if (partnersStamp[unit] !== docStamp) {
    let flag = 0;
    const first = unitFirstToken(scan, unit);
    const last = unitLastToken(scan, unit);
    for (const i of partners) {
      if (i >= first && i <= last) {
        const u = scan.doc.units[unit]!;
        flag = PARTNER_UNIT_RE.test(scan.doc.text.slice(u.start, u.end)) ? 1 : 0;
        break;
      }
    }
    unitPartners[unit] = flag;
    partnersStamp[unit] = docStamp;
  }
  return unitPartners[unit] === 1;
}

/** "the Data Analytics team", "a data analytics company": the name of a team or firm, not a skill asked. */
function namesATeam(scan: Scan, m: Mention, skill: number): boolean {
  const next = m.cand.lastToken + 1;
  if (scan.tables.namesTeams[skill] !== 1 || next >= scan.tokens.count) return false;
  // The noun right after it, one space on ("Data analysis\n- Team leadership" is two items).
  if (scan.tokens.start[next] !== m.cand.end + 1 || scan.doc.text.charCodeAt(m.cand.end) !== 0x20) return false;
  return TEAM_NOUN_TOKENS.has(scan.tokens, next);
}

/** "BS in Statistics", "Statistics background": the field of a degree, not the skill (LABELLING rule 8). */
function isDegreeField(scan: Scan, m: Mention): boolean {
  const tokens = scan.tokens;
  if (!mayBe(tokens, m.cand.firstToken, FIELD_FIRST)) return false;
  const first = m.cand.firstToken;
  const next = m.cand.lastToken + 1 < tokens.count ? m.cand.lastToken + 1 : -1;
  // "Statistical Science" is a degree subject too ("Engineering, Statistical Science, Mathematics").
  const statisticalScience =
    first === m.cand.lastToken && isToken(tokens, first, 'statistical') && next >= 0 && (isToken(tokens, next, 'science') || isToken(tokens, next, 'sciences'));
  if (!statisticalScience && !isFieldForm(tokens, first, m.cand.lastToken)) return false;
  if (next >= 0 && isToken(tokens, next, 'background')) return true;
  const a = unitFirstToken(scan, m.unit);
  if (first - 2 >= a && FRAME_LINKS.has(tokens.word(first - 1)) && SKILL_FRAME.has(tokens.word(first - 2))) return false;
  for (let i = first - 1; i >= a; i--) if (mayBe(tokens, i, DEGREE_WORDS) && DEGREE_CONTEXT.has(tokens.word(i))) return true;
  // A list under a "Preferred Majors:" heading.
  const heading = m.unit > 0 ? scan.doc.units[m.unit - 1] : undefined; // no units[-1]: V8 reads it megamorphic
  return heading?.kind === 'heading' && FIELD_LIST_HEADING_RE.test(scan.doc.text.slice(heading.start, heading.end));
}

/** The field forms as words. */
const FIELD_FORM_WORDS: readonly (readonly string[])[] = [...FIELD_FORMS].map((f) => f.split(' '));

/**
 * `FIELD_FORMS.has(tokens.phrase(first, last))`, read in place: the same number of words, each the token in any case
 * (a token beyond ASCII lower-cases to text beyond ASCII, which no form holds).
 */
function isFieldForm(tokens: Tokens, first: number, last: number): boolean {
  for (const words of FIELD_FORM_WORDS) {
    if (words.length !== last - first + 1) continue;
    let k = 0;
    while (k < words.length && tokens.nonAscii[first + k] === 0 && isWord(tokens.text, tokens.start[first + k]!, tokens.end[first + k]!, words[k]!)) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** Token i ends with `suffix` (lower-case ASCII letters), in any case. */
function endsWithLetters(tokens: Tokens, i: number, suffix: string): boolean {
  if (tokens.nonAscii[i]) return tokens.word(i).endsWith(suffix);
  const e = tokens.end[i]!;
  const s = e - suffix.length;
  if (s < tokens.start[i]!) return false;
  for (let k = 0; k < suffix.length; k++) if ((tokens.text.charCodeAt(s + k) | 0x20) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** text[from, to) is `word` (lower-case ASCII letters) in any case. */
function isWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** text[from, to) is one space. */
const oneSpace = (text: string, from: number, to: number): boolean => to === from + 1 && text.charCodeAt(from) === 0x20;

/** "data reporting and analysis", "data collection and analysis": data analysis with a second process between. */
function coordinatedAnalysisAt(text: string, tokens: Tokens, i: number): TextSpan | null {
  const { start, end, hash } = tokens;
  if (i + 3 >= tokens.count || (!endsWithLetters(tokens, i + 1, 'ing') && !endsWithLetters(tokens, i + 1, 'ion'))) return null;
  if (hash[i + 2] !== AND_HASH || !isToken(tokens, i + 2, 'and') || !COORDINATED_ANALYSIS_TOKENS.has(tokens, i + 3)) return null;
  for (let k = i + 1; k <= i + 3; k++) if (!oneSpace(text, end[k - 1]!, start[k]!)) return null;
  return { start: start[i]!, end: end[i + 3]! };
}

/**
 * The gap before token k holds only spaces, commas, slashes, hyphens and at most a line break that a wrapped
 * sentence goes on from in lower case (as segment.ts reads it).
 */
function phraseGap(text: string, tokens: Tokens, k: number): boolean {
  const from = tokens.end[k - 1]!;
  const to = tokens.start[k]!;
  let lineBreak = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) {
      if (p > from && text.charCodeAt(p - 1) === 0x0a) return false;
      lineBreak = true;
    } else if (c !== 0x20 && c !== 0x2c && c !== 0x2f && c !== 0x2d) return false;
  }
  return !lineBreak || isLower(text.charCodeAt(to));
}

/**
 * "analyzing customer data", "analysis of text data", "data reporting and analysis", "visualizing data / live
 * metrics" (LABELLING rules 7 and 9).
 */
const DATA_HASH = wordHash('data');
/**
 * The data phrase heads and the "partner" words as a `watch` for the matcher's scan, which lists the tokens that may
 * be one of them.
 */
const WATCHED_WORDS = new Int32Array(0x10000 >>> 5);
for (const w of ['data', ...DATA_VERB_PHRASES.keys(), ...PARTNER_WORDS]) {
  const h = wordHash(w) & 0xffff;
  WATCHED_WORDS[h >>> 5] = WATCHED_WORDS[h >>> 5]! | (1 << (h & 31));
}

/** The bits to tokenize a document by (`segment`'s `skillStarts`) so that `extractSkills` scans its tokens fastest. */
export function skillStartBits(ctx: ExtractContext): Int32Array {
  return ctx.taxonomy.startBits(WATCHED_WORDS);
}

/** `heads`: the tokens that passed `WATCHED_WORDS` in the matcher's scan, in order. */
function dataPhrases(doc: SegmentedDoc, tokens: Tokens, heads: Int32Array): { id: string; span: TextSpan }[] {
  const out: { id: string; span: TextSpan }[] = [];
  const { start, end, count, hash, nonAscii } = tokens;
  const text = doc.text;
  for (let h = 0; h < heads.length; h++) {
    const i = heads[h]!;
    // The hash first: it rules out nearly every token (none of the heads is beyond ASCII).
    if ((WORD_LISTS[hash[i]! & 0xffff]! & DATA_PHRASE_HEADS) === 0 || nonAscii[i] !== 0) continue;
    if (hash[i] === DATA_HASH && isWord(text, start[i]!, end[i]!, 'data')) {
      const span = coordinatedAnalysisAt(text, tokens, i);
      if (span) out.push({ id: 'data-analysis', span });
      continue;
    }
    const id = DATA_VERB_PHRASE_TOKENS.get(tokens, i);
    if (!id) continue;
    let j = i + 1;
    if (DATA_NOUN_FORM_TOKENS.has(tokens, i)) {
      if (j >= count || !isToken(tokens, j, 'of')) continue;
      j++;
    }
    for (let k = j; k < count && k <= j + 4; k++) {
      if (!phraseGap(text, tokens, k)) break;
      if (DATA_OBJECT_TOKENS.has(tokens, k) || (id === 'data-visualization' && VISUAL_OBJECT_TOKENS.has(tokens, k))) {
        // "data analysis" already names the skill; "data pipelines" / "data sources" are not the object here.
        out.push({ id, span: { start: start[i]!, end: end[k]! } });
        break;
      }
      if (DATA_PHRASE_STOP_TOKENS.has(tokens, k)) break;
    }
  }
  return out;
}

/**
 * Where the employer describes itself, the length of the unit's opening that names the company (0 for "We ..."),
 * or -1 when the unit speaks of the job: "We combine machine learning with...", "PDI provides services ... from Big
 * Data to Data Science". Sentence by sentence: the about section is no evidence alone, since duties and asks land
 * in it when a posting's headings are unusual.
 */
function companyVoiceOpening(doc: SegmentedDoc, unit: number): number {
  const u = doc.units[unit];
  if (!u) return -1;
  const body = doc.text.slice(u.start, u.end);
  // The anchored openings first: most units have neither, and then the search over the whole unit is not needed.
  if (WE_OPENING.test(body)) return ABOUT_THE_JOB.test(body) ? -1 : 0;
  const name = NAME_OPENING.exec(body);
  if (!name || NOT_A_NAME.has(body.slice(0, body.indexOf(' '))) || ABOUT_THE_JOB.test(body)) return -1;
  return name[1]!.length;
}

/** The number of terminals of a candidate: 1 for a safe one, read without loading its terminals. */
const terminalCount = (cand: SkillCandidate): number => (cand.safe ? 1 : cand.terminals.length);
/** The skill of the candidate's terminal k (the first from the candidate itself). */
const skillAt = (cand: SkillCandidate, k: number): number => (k === 0 ? cand.skill : cand.terminals[k]!.skill);

/** Scratch: the units' bounds, start and end of each (`unitBounds` fills it per document; no array per document). */
let boundsScratch = new Int32Array(512);

/** The units' bounds in one typed array: start and end of each, in the shared scratch (valid until the next call). */
function unitBounds(doc: SegmentedDoc): Int32Array {
  const { units } = doc;
  if (boundsScratch.length < 2 * units.length) boundsScratch = new Int32Array(4 * units.length);
  const bounds = boundsScratch;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    bounds[2 * k] = u.start;
    bounds[2 * k + 1] = u.end;
  }
  return bounds;
}

/**
 * `unitIndexAt` step for step, over the bounds array instead of the unit objects (so its answer is the same even
 * where units overlap, as an inline heading inside a sentence can). `count`: the number of units.
 */
function unitAt(bounds: Int32Array, count: number, pos: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < bounds[2 * mid]!) hi = mid - 1;
    else if (pos >= bounds[2 * mid + 1]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A general skill (machine learning, big data...) named only where the company describes itself. */
function onlyInCompanyVoice(bounds: Int32Array, spans: readonly TextSpan[], openings: Map<number, number>, doc: SegmentedDoc): boolean {
  for (const span of spans) {
    const unit = unitAt(bounds, doc.units.length, span.start);
    let opening = openings.get(unit);
    if (opening === undefined) openings.set(unit, (opening = companyVoiceOpening(doc, unit)));
    // "Machine Learning is a core skill": the skill is the subject, not a company name.
    if (opening < 0 || span.start < doc.units[unit]!.start + opening) return false;
  }
  return true;
}

/** "gcp", "go" in a lower-case tag list: a form of two or more letters written all in lower case. */
function lowerCaseAcronym(text: string, cand: SkillCandidate, t: AliasTerminal): boolean {
  if (cand.inflected || t.caseTokens.length !== 1 || t.form.length < 2) return false;
  const written = text.slice(cand.start, cand.end);
  return written === t.form.toLowerCase();
}

function isSingleWordLowercase(text: string, cand: SkillCandidate): boolean {
  return isLower(text.charCodeAt(cand.start));
}

export function extractSkills(doc: SegmentedDoc, ctx: ExtractContext): SkillFinding[] {
  const tax = ctx.taxonomy;
  const text = doc.text;
  const { tokens, candidates, watched } = tax.scanTokens(tokensOf(doc, text), WATCHED_WORDS);
  // Read now: the scan's list of watched tokens lives in a buffer that the next scan reuses.
  const phrases = dataPhrases(doc, tokens, watched);
  const partnerTokens = partnerTokensOf(tokens, watched);
  const tables = tablesOf(tax);
  const scan: Scan = { doc, tax, tables, tokens, partnerTokens, mentions: [], unitTags: null };
  newUnitStamp(doc.units.length);

  // 1. Case and glue checks; safe forms are accepted at once.
  const vendor = tables.partner;
  const bounds = unitBounds(doc);
  const unitCount = doc.units.length;
  let statusCount = 0;
  for (const cand of candidates) {
    const unit = unitAt(bounds, unitCount, cand.start);
    const count = terminalCount(cand);
    if (statusCount + count > statuses.length) {
      const grown = new Uint8Array(2 * (statusCount + count));
      grown.set(statuses);
      statuses = grown;
    }
    const m: Mention = { cand, unit, at: statusCount };
    // A vendor named among the company's partners (products of vendors only: the rest are never partners).
    const trapped = hasTrapNeighbour(scan, m) || (vendor[cand.skill] === 1 && namesPartners(scan, unit));
    let live = false;
    if (cand.safe) {
      // The common case, read from the candidate alone (its one terminal is not loaded).
      const s = trapped || isDegreeField(scan, m) || namesATeam(scan, m, cand.skill) ? REJECTED : ACCEPTED;
      statuses[statusCount] = s;
      live = s !== REJECTED;
    } else for (let k = 0; k < count; k++) {
      const t = cand.terminals[k]!;
      let s: number;
      if (trapped) s = REJECTED;
      else if (t.policy === 'safe') s = isDegreeField(scan, m) || namesATeam(scan, m, t.skill) ? REJECTED : ACCEPTED;
      else if (gluedToWord(text, cand.start, cand.end) || isInitial(text, tokens, cand) || otherSenseNearby(scan, m)) s = REJECTED;
      else if (t.policy === 'context' && writtenAsCommonNoun(scan, m, t)) s = REJECTED;
      else if (t.policy === 'exact-case') {
        if (!caseMatches(text, tokens, cand, t)) s = lowerCaseAcronym(text, cand, t) ? LISTED : REJECTED;
        else s = t.caseTokens.length > 1 ? ACCEPTED : PENDING; // "R packages": the second word is the context
      } else s = PENDING;
      statuses[statusCount + k] = s;
      if (s !== REJECTED) live = true;
    }
    // A mention with every terminal rejected is dropped, and its statuses' place is taken by the next.
    if (live) {
      scan.mentions.push(m);
      statusCount += count;
    }
  }
  const { mentions } = scan;

  // 2. Lists: chains of mentions joined by glue words. Only the mentions in doubt ask which list they are in (most are
  // safe names), so each link is read on first use.
  if (linkScratch.length < mentions.length) linkScratch = new Uint8Array(2 * mentions.length);
  const links = linkScratch;
  links.fill(UNREAD, 0, mentions.length);
  /** Mention i continues the list of mention i - 1. */
  const linksBack = (i: number): boolean => {
    if (i <= 0 || i >= mentions.length) return false;
    if (links[i] === UNREAD) links[i] = linked(scan, mentions[i - 1]!, mentions[i]!) ? LINKED : UNLINKED;
    return links[i] === LINKED;
  };
  if (headScratch.length < mentions.length) headScratch = new Int32Array(2 * mentions.length);
  const heads = headScratch;
  heads.fill(-1, 0, mentions.length);
  /**
   * The first mention of mention i's list. Remembered for every mention on the way back, so that asking each of a
   * long list's names in turn stays linear (a walk back to the head from each was quadratic).
   */
  const listHead = (i: number): number => {
    let head = i;
    while (heads[head] === -1 && linksBack(head)) head--;
    const found = heads[head] !== -1 ? heads[head]! : head;
    for (let k = head; k <= i; k++) heads[k] = found;
    return found;
  };

  // 3. Own evidence of each pending form: NO_EVIDENCE, EVIDENCE, or EVIDENCE_UNLESS_VERB when the name is a verb too
  // and stands where it may be one (then the tagger decides, see step 4).
  // The cue before a list's head, read once per list (its names are in doubt in turn).
  let cueHead: Mention | null = null;
  let cueBeforeHead = false;
  const headPrecededByCue = (head: Mention): boolean => {
    if (head !== cueHead) {
      cueHead = head;
      cueBeforeHead = precededByCue(scan, head.cand.firstToken, head.unit);
    }
    return cueBeforeHead;
  };
  const pendingOwn = (m: Mention, k: number, groupHead: Mention): number => {
    const t = m.cand.terminals[k]!;
    const first = m.cand.firstToken;
    if (NEIGHBOUR_CATEGORY_ONLY_TOKENS.get(tokens, first) !== undefined) return NO_EVIDENCE;
    const lowercase = isSingleWordLowercase(text, m.cand);
    const cue = (m !== groupHead && precededByCue(scan, m.cand.firstToken, m.unit)) || headPrecededByCue(groupHead);
    const ok =
      cue ||
      followedByCue(scan, m) ||
      (!lowercase && anchorNearby(scan, m, t.skill)) ||
      (!lowercase && CAPITALISED_IS_EVIDENCE_TOKENS.has(tokens, first) && !isUnitInitial(scan, m));
    if (!ok) return NO_EVIDENCE;
    if (VERB_FORM_TOKENS.has(tokens, first)) {
      if (lowercase || isUnitInitial(scan, m) || PREPOSITION_TOKENS.has(tokens, m.cand.lastToken + 1)) return EVIDENCE_UNLESS_VERB;
    }
    return EVIDENCE;
  };
  // Mentions still in doubt after their own evidence, in a list of two or more (a single name has no neighbour to
  // vouch for it), each with the first mention of its list: pairs.
  const waiting: number[] = [];
  /** Mention and terminal, in pairs, of the forms with evidence unless the tagger reads them as verbs. */
  let verbChecks: number[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let doubt = false;
    let head = -1;
    for (let k = 0, count = terminalCount(m.cand); k < count; k++) {
      const at = m.at + k;
      if (statuses[at] === PENDING) {
        if (head < 0) head = listHead(i);
        const own = pendingOwn(m, k, mentions[head]!);
        if (own === EVIDENCE) statuses[at] = ACCEPTED;
        else if (own === EVIDENCE_UNLESS_VERB) (verbChecks ??= []).push(i, k);
      }
      if (statuses[at] === PENDING || statuses[at] === LISTED) doubt = true;
    }
    if (doubt && (linksBack(i) || linksBack(i + 1))) waiting.push(i, head < 0 ? listHead(i) : head);
  }

  // 4. A list with one accepted name vouches for its other names ("Python, R, Go and SQL"); only a technical name
  // vouches for a technical one. Acceptance only grows, so the order of the passes does not change the end state.
  const technicalSkill = tables.technical;
  const vouchesFor = (n: Mention, technical: boolean, needCategory: string | undefined): boolean => {
    let vouches = false;
    let hasNeeded = !needCategory;
    for (let k = 0, count = terminalCount(n.cand); k < count; k++) {
      if (statuses[n.at + k] !== ACCEPTED) continue;
      const skill = skillAt(n.cand, k);
      if (!technical || technicalSkill[skill] === 1) vouches = true;
      if (needCategory !== undefined && tax.skills[skill]!.category === needCategory) hasNeeded = true;
    }
    return vouches && hasNeeded;
  };
  const vouch = (): void => {
    for (let changed = waiting.length > 0; changed; ) {
      changed = false;
      for (let w = 0; w < waiting.length; w += 2) {
        const i = waiting[w]!;
        const head = waiting[w + 1]!;
        const m = mentions[i]!;
        for (let k = 0, count = terminalCount(m.cand); k < count; k++) {
          if (statuses[m.at + k] !== PENDING && statuses[m.at + k] !== LISTED) continue;
          const needCategory = NEIGHBOUR_CATEGORY_ONLY_TOKENS.get(tokens, m.cand.firstToken);
          const technical = technicalSkill[skillAt(m.cand, k)] === 1;
          for (let j = head; j < mentions.length && (j === head || linksBack(j)); j++) {
            if (j === i || !vouchesFor(mentions[j]!, technical, needCategory)) continue;
            statuses[m.at + k] = ACCEPTED;
            changed = true;
            break;
          }
        }
      }
    }
  };
  vouch();
  // The tagger (the costly part) only for the verb-like forms that no list vouched for: accepting a form the lists
  // accept anyway changes nothing, since vouching only grows acceptance (its end state is the least one that holds
  // the accepted forms), so the end state is the same as with every form's own evidence settled first.
  if (verbChecks) {
    let added = false;
    for (let v = 0; v < verbChecks.length; v += 2) {
      const m = mentions[verbChecks[v]!]!;
      const k = verbChecks[v + 1]!;
      if (statuses[m.at + k] !== PENDING || readsAsVerb(scan, m)) continue;
      statuses[m.at + k] = ACCEPTED;
      added = true;
    }
    if (added) vouch();
  }

  // 5. One finding per skill, mentions in text order.
  const found = collectSpans(tax, mentions, phrases);
  const findings: SkillFinding[] = [];
  const companyOpenings = new Map<number, number>();
  for (let f = 0; f < found.skills.length; f++) {
    const spans = found.spans[f]!;
    if (found.dataAdded) sortByStart(spans); // mentions come in text order; data phrases come after
    const s = tax.skills[found.skills[f]!]!;
    if (s.category === 'general' && onlyInCompanyVoice(bounds, spans, companyOpenings, doc)) continue;
    const finding: SkillFinding = { id: s.id, name: s.name, category: s.category, mentions: spans };
    if (s.implies.length) finding.implies = s.implies.slice();
    findings.push(finding);
  }
  let ordered = true;
  for (let f = 1; f < findings.length && ordered; f++) ordered = findings[f - 1]!.mentions[0]!.start <= findings[f]!.mentions[0]!.start;
  if (!ordered) findings.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return findings;
}

/** Sorts spans by start (stable), unless they are in order already. */
function sortByStart(spans: TextSpan[]): void {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k - 1]!.start > spans[k]!.start) {
      spans.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** Scratch: the slot of each skill in the document's list, -1 for none (every slot is -1 again between documents). */
let skillSlot = new Int32Array(0);
/** Scratch by slot: the skill's spans counted, then the next place to fill in its list. */
let slotFill = new Int32Array(64);

/** The slot of `skill`, given the next one (and its count reset) when the document meets it first. */
function slotOf(skills: number[], skill: number): number {
  let slot = skillSlot[skill]!;
  if (slot < 0) {
    skillSlot[skill] = slot = skills.length;
    skills.push(skill);
    if (slot === slotFill.length) {
      const grown = new Int32Array(2 * slot);
      grown.set(slotFill);
      slotFill = grown;
    }
    slotFill[slot] = 0;
  }
  return slot;
}

/**
 * The accepted spans by skill, skills in the order first met (mentions, then data phrases). Two passes: spans are
 * counted first so that each list is made at its size (most skills are named once; a list grown by push reserves
 * 17 slots).
 */
function collectSpans(
  tax: CompiledTaxonomy,
  mentions: readonly Mention[],
  phrases: readonly { id: string; span: TextSpan }[],
): { skills: number[]; spans: TextSpan[][]; dataAdded: boolean } {
  if (skillSlot.length < tax.skills.length) skillSlot = new Int32Array(tax.skills.length).fill(-1);
  const skills: number[] = [];
  let dataAdded = false;
  try {
    for (const m of mentions) {
      for (let k = 0, count = terminalCount(m.cand); k < count; k++) if (statuses[m.at + k] === ACCEPTED) slotFill[slotOf(skills, skillAt(m.cand, k))]!++;
    }
    for (const { id } of phrases) {
      const skill = tax.byId.get(id);
      if (skill === undefined) continue;
      slotFill[slotOf(skills, skill)]!++;
      dataAdded = true;
    }
    const spans: TextSpan[][] = new Array<TextSpan[]>(skills.length);
    for (let slot = 0; slot < skills.length; slot++) {
      spans[slot] = new Array<TextSpan>(slotFill[slot]!);
      slotFill[slot] = 0;
    }
    for (const m of mentions) {
      for (let k = 0, count = terminalCount(m.cand); k < count; k++) {
        if (statuses[m.at + k] !== ACCEPTED) continue;
        const slot = skillSlot[skillAt(m.cand, k)]!;
        // The candidate is the mention's span: its start and end are offsets in doc.text, it has no `required`
        // override, and nothing changes a finding's spans (no object per accepted mention).
        spans[slot]![slotFill[slot]!++] = m.cand;
      }
    }
    for (const { id, span } of phrases) {
      const skill = tax.byId.get(id);
      if (skill === undefined) continue;
      const slot = skillSlot[skill]!;
      spans[slot]![slotFill[slot]!++] = span;
    }
    return { skills, spans, dataAdded };
  } finally {
    for (const skill of skills) skillSlot[skill] = -1;
  }
}
