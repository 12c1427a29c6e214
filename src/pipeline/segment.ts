import type { SectionKind } from '../schema.js';
import {
  EEO_SENTENCE_CUES,
  HEADING_CUES,
  INLINE_HEADINGS,
  PREFERENCE_CUES,
  REQUIREMENT_CUES,
  STRONG_REQUIREMENT_HEADING_WORDS,
  JOB_TITLE_NOUNS,
  TITLE_LINE_PREFIXES,
} from '../lexicon/section-cues.js';
import type { NormalizedText } from './normalize.js';
import { isWordCode, lowerWords, PhraseSet, TokenVocabulary, WordSet, WordSpans, type PhraseHits } from './phrases.js';
import { abandonTokens, CharMarks, doubled, firstTokenFrom, isWhiteSpace, shareTokens, tokenize, type Tokens } from '../taxonomy/tokenize.js';
// The education triggers' first look rides on the one tokenizing pass of the document.
import { TRIGGER_SHAPES } from '../refiners/education-triggers.js';
import { BULLET, BULLET_CODE } from '../lexicon/unicode-folding.js';
import { keepShape } from './kept-shapes.js';

/** One sentence, bullet or heading of the normalised text; offsets are into `doc.text`. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly kind: 'heading' | 'bullet' | 'sentence';
  readonly sectionIndex: number;
  readonly section: SectionKind;
  /** The unit asks for a preference ("a plus", "preferred", or it sits in a preferred section without "required"). */
  readonly preferred: boolean;
  /** Index of the source line (after inline splitting), so extractors can look at neighbouring units. */
  readonly line: number;
}

export interface Section {
  readonly kind: SectionKind;
  /** Heading span in `doc.text`, null for the untitled opening. */
  readonly heading: { start: number; end: number } | null;
  readonly start: number;
  end: number;
}

export interface SegmentedDoc {
  readonly norm: NormalizedText;
  /** The normalised text all offsets refer to. */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly units: readonly Unit[];
  /** The indices of the sections that hold a unit, in order (noted as the units are made, not read back from them). */
  readonly sectionsWithUnits: readonly number[];
}

const STRONG_REQUIREMENT_WORDS = new Set(STRONG_REQUIREMENT_HEADING_WORDS);
/** Right under a preference heading, "Qualifications" / "Requirements" only finish it ("Preferred\nQualifications:"). */
const STRONG_WORDS_UNDER_HEADING = new Set(STRONG_REQUIREMENT_HEADING_WORDS.filter((w) => w !== 'qualifications' && w !== 'requirements' && w !== 'requirement'));

type CueTag = 'preference' | 'requirement' | 'eeo' | 'inline-heading' | 'heading' | 'bull';

/**
 * All sentence-level cues in one phrase set, so a document is scanned for them once (exported for tests). Compiled
 * on first use, as the heading phrases (headingPhrasesOf): the two cost ~2 ms of every import otherwise.
 */
let cuePhrases: PhraseSet<CueTag> | null = null;
export const cuePhrasesOf = (): PhraseSet<CueTag> => (cuePhrases ??= new PhraseSet<CueTag>([
  ...PREFERENCE_CUES.map((p) => [p, 'preference'] as const),
  ...REQUIREMENT_CUES.map((p) => [p, 'requirement'] as const),
  ...EEO_SENTENCE_CUES.map((p) => [p, 'eeo'] as const),
  ...INLINE_HEADINGS.map((p) => [p, 'inline-heading'] as const),
  // Where heading cue words stand: classifyHeading runs only on short lines that hold one.
  ...HEADING_CUES.flatMap((group) => group.phrases.map((p) => [p, 'heading'] as const)),
  // "bull" is what a lost &bull; leaves behind in scraped postings.
  ['bull', 'bull'] as const,
]));

/**
 * An inline heading is written in Title Case, stands at the start of a sentence or after a space, and is followed
 * by a colon or by a capitalised word or a bullet ("... our team. Qualifications Bachelor's degree ...").
 */
function isInlineHeadingAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return false;
  if (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') return false;
  let k = end;
  while (k < text.length && k - end < 3 && text[k] === ' ') k++;
  const next = text[k];
  if (next === ':') return true;
  // A single word ("Preferred", "Experience") inside a sentence is no heading: it must open the line or follow a
  // sentence end ("Master's Degree Preferred In: Statistics" stays one unit).
  let singleWord = true;
  for (let q = start; q < end && singleWord; q++) if (text[q] === ' ' || text[q] === '-') singleWord = false;
  if (singleWord) {
    let p = start - 1;
    while (p >= 0 && p > start - 4 && text[p] === ' ') p--;
    const before = p < 0 ? '\n' : text[p];
    if (before !== '\n' && before !== '.' && before !== '!' && before !== '?' && before !== ':' && before !== ';' && before !== ')') {
      return false;
    }
  }
  if (k === end || next === undefined) return false;
  const code = text.charCodeAt(k);
  return (code >= 0x41 && code <= 0x5a) || next === BULLET || (next === '-' && text[k + 1] === ' ');
}

const TITLE_NOUNS = new Set(JOB_TITLE_NOUNS);
const TITLE_PREFIXES = new Set(TITLE_LINE_PREFIXES);

/**
 * A character of a candidate title's words: a letter or digit, and a bullet or any other symbol past U+00BF, read as
 * a character of the word it is glued to or as a word of its own. A first line that lists skills between bullets or
 * stars ("Data Scientist • Python • SQL • Spark • AWS • Remote") has too many words to be a title, and keeps its skills.
 */
const isTitleWordCode = (c: number): boolean => c === BULLET_CODE || c >= 0xc0 || isWordCode(c);

/**
 * The posting's first line is its title when it is short, ends no sentence and names a job ("Senior Data
 * Scientist", "Job Title: ML Engineer"). What is named only there is not asked of the candidate (rule 20).
 */
export function isTitleLine(line: string): boolean {
  if (line.length > 90 || /[.!?;]$/.test(line)) return false;
  const colon = line.indexOf(':');
  if (colon > 0 && colon < 20 && TITLE_PREFIXES.has(line.slice(0, colon).trim().toLowerCase())) return true;
  const words = lowerWords(line, 0, line.length, isTitleWordCode);
  if (words.length === 0 || words.length > 10 || colon >= 0) return false;
  return words.some((w) => TITLE_NOUNS.has(w));
}

/** Words that may stand in a heading beside its cue phrase without making it a sentence. */
const HEADING_FILLER_WORDS = [
  'a', 'an', 'the', 'and', '&', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'our', 'your', 'you', 'we', 'us', 'is',
  'are', 'key', 'core', 'job', 'position', 'additional', 'technical', 'general', 'primary', 'main', 'specific',
  'professional', 'minimum', 'basic', 'required', 'preferred', 'desired', 'essential', 'other', 'major', 'special',
  'skills', 'skill', 'experience', 'education', 'qualifications', 'requirements', 'responsibilities', 'duties',
  'and/or', 'what', 'who', 'this', 'role', 'will', 'do', 'be', 'doing', 'need', 'have', 'bring', 'll', 'd', 're',
  'training', 'certifications', 'certification', 'abilities', 'ability', 'knowledge', 'summary', 'description',
  'details', 'detail', 'information', 'info', 'list', 'team', 'company', 'job', 'opportunity', 'candidate',
  'ideal', 'success', 'successful', 'looking', 'look', 'must', 'haves', 'nice', 'plus', 'pluses', 'extra',
  'overview', 'perks', 'benefits', 'functions', 'function', 'accountabilities', 'expectations', 'competencies',
  'employer', 'statement', 'policy', 'include', 'includes', 'including',
];
const HEADING_FILLER = new Set(HEADING_FILLER_WORDS);
const HEADING_FILLER_SET = new WordSet(HEADING_FILLER_WORDS);

/** Heading phrases tagged with their group's index in HEADING_CUES: its priority (lowest first). */
let headingPhrases: PhraseSet<number> | null = null;
const headingPhrasesOf = (): PhraseSet<number> =>
  (headingPhrases ??= new PhraseSet<number>(HEADING_CUES.flatMap((group, priority) => group.phrases.map((p) => [p, priority] as const))));

/**
 * Every word a heading may hold: its cue phrases' words and the filler. A short line holding a cue word is most often
 * content ("Experience with Reinforcement Learning"): one word foreign to these past the filler allowed rejects it
 * from the tokens' hashes, before its words are read and looked up.
 */
export const HEADING_VOCABULARY = new TokenVocabulary([...HEADING_CUES.flatMap((group) => group.phrases), ...HEADING_FILLER_WORDS]);

/** Scratch words of the candidate heading: one more than a heading may hold, to tell that it holds too many. */
const HEADING_WORDS = new WordSpans(9);

/**
 * The section a short line opens, or null when it reads as content. A heading is its cue phrase plus filler
 * words only: "Preferred Qualifications" and "What You'll Need" are headings, "Python experience" is not.
 */
export function classifyHeading(raw: string, endsWithColon: boolean): SectionKind | null {
  return classifyHeadingAt(raw, 0, raw.length, endsWithColon);
}

/** `classifyHeading` of text[from, to), read in place: its words from `tokens` (of the whole text) where they may be. */
function classifyHeadingAt(text: string, from: number, to: number, endsWithColon: boolean, tokens: Tokens | null = null): SectionKind | null {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (from === to || to - from > 70) return null;
  const last = text.charCodeAt(to - 1);
  if ((last === 0x2e || last === 0x21 || last === 0x3f) && !endsWithColon) return null;
  const first = text.charCodeAt(from);
  if (first >= 0x61 && first <= 0x7a && !endsWithColon) return null; // starts lower case: a sentence fragment
  let words: WordSpans = HEADING_WORDS;
  let priority: number;
  if (tokens !== null) {
    const firstToken = firstTokenFrom(tokens, from);
    if (HEADING_VOCABULARY.foreignWordsExceed(tokens, firstToken, from, to, endsWithColon ? 1 : 0)) return null;
    priority = HEADING_MEMO.get(text, from, to, endsWithColon);
    if (priority < 0) {
      if (!HEADING_WORDS.readTokens(tokens, from, to, firstToken)) words = HEADING_WORDS.read(text, from, to);
      priority = headingPriorityOf(words, endsWithColon);
      HEADING_MEMO.set(priority);
    }
  } else {
    words = HEADING_WORDS.read(text, from, to);
    priority = headingPriorityOf(words, endsWithColon);
  }
  words.text = ''; // the scratch would otherwise keep the whole document alive until the next heading
  return priority < HEADING_CUES.length ? HEADING_CUES[priority]!.kind : null;
}

/**
 * The answers for the candidate headings read so far, by their text and colon: postings repeat the same few headings
 * ("Responsibilities:", "Qualifications"), each read and looked up word by word otherwise. Their characters are kept
 * in one pool of codes (no strings, so no document is kept alive); the memo starts afresh when the pool or the table
 * fills.
 */
class HeadingMemo {
  private static readonly SLOTS = 1 << 12;
  private static readonly POOL = 1 << 16;
  private readonly hashes = new Int32Array(HeadingMemo.SLOTS);
  /** 1 + the offset of the slot's characters in the pool; 0 for an empty slot. */
  private readonly offsets = new Int32Array(HeadingMemo.SLOTS);
  /** Twice the slot's length, plus 1 with a colon. */
  private readonly shapes = new Int32Array(HeadingMemo.SLOTS);
  private readonly answers = new Int32Array(HeadingMemo.SLOTS);
  private readonly pool = new Uint16Array(HeadingMemo.POOL);
  private used = 0;
  private entries = 0;
  /** What the last `get` missed, for `set`. */
  private missText = '';
  private missFrom = 0;
  private missTo = 0;
  private missHash = 0;
  private missShape = 0;
  private missSlot = -1;

  /** The answer remembered for text[from, to) with `colon`, or -1 (then `set` remembers the answer found). */
  get(text: string, from: number, to: number, colon: boolean): number {
    const shape = 2 * (to - from) + (colon ? 1 : 0);
    let h = shape;
    for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    const mask = HeadingMemo.SLOTS - 1;
    let slot = (h ^ (h >>> 12)) & mask;
    for (let at = this.offsets[slot]!; at !== 0; slot = (slot + 1) & mask, at = this.offsets[slot]!) {
      if (this.hashes[slot] !== h || this.shapes[slot] !== shape) continue;
      let k = 0;
      while (from + k < to && this.pool[at - 1 + k] === text.charCodeAt(from + k)) k++;
      if (from + k === to) return this.answers[slot]!;
    }
    this.missText = text;
    this.missFrom = from;
    this.missTo = to;
    this.missHash = h;
    this.missShape = shape;
    this.missSlot = slot;
    return -1;
  }

  /** Remembers `answer` for what the last `get` missed. */
  set(answer: number): void {
    const { missText: text, missFrom: from, missTo: to } = this;
    this.missText = '';
    if (this.missSlot < 0) return;
    if (this.used + (to - from) > HeadingMemo.POOL || 2 * (this.entries + 1) > HeadingMemo.SLOTS) {
      this.offsets.fill(0);
      this.used = 0;
      this.entries = 0;
      this.missSlot = (this.missHash ^ (this.missHash >>> 12)) & (HeadingMemo.SLOTS - 1);
    }
    const slot = this.missSlot;
    this.missSlot = -1;
    for (let k = from; k < to; k++) this.pool[this.used + k - from] = text.charCodeAt(k);
    this.hashes[slot] = this.missHash;
    this.shapes[slot] = this.missShape;
    this.offsets[slot] = this.used + 1;
    this.answers[slot] = answer;
    this.used += to - from;
    this.entries++;
  }
}
const HEADING_MEMO = new HeadingMemo();

/** The index in HEADING_CUES of the section the words open as a heading, or HEADING_CUES.length for none. */
function headingPriorityOf(words: WordSpans, endsWithColon: boolean): number {
  if (words.count === 0 || words.more || words.count > 8) return HEADING_CUES.length;
  let priority = HEADING_CUES.length;
  let covered = 0;
  let extra = 0;
  const extraAllowed = endsWithColon ? 1 : 0;
  const headingPhrases = headingPhrasesOf();
  for (let i = 0; i < words.count; i++) {
    const hit = headingPhrases.longestAt(words, i);
    if (hit) {
      if (hit.tag < priority) priority = hit.tag;
      for (let k = 0; k < hit.words.length; k++) covered |= 1 << (i + k);
    }
    // Word i is covered by now or never (later phrases start after it): most lines that hold a cue word are content,
    // given up at their first word too many, without looking up the rest.
    if ((covered & (1 << i)) === 0 && !HEADING_FILLER_SET.hasWord(words, i) && ++extra > extraAllowed) return HEADING_CUES.length;
  }
  return priority;
}

/** A short Title Case line ending in a colon ("Security Clearance:"): a heading of a section we cannot name. */
function isUntitledHeading(body: string): boolean {
  if (!body.endsWith(':') || body.length > 40) return false;
  // The words before the colon, split at white space (`isWhiteSpace`, the set /\s/ matches) by hand: a split by a regex
  // calls into the runtime. At most four, each opening with a capital, "&", "/" or "(", or a filler word.
  const end = body.length - 1;
  let words = 0;
  let i = 0;
  for (;;) {
    while (i < end && isWhiteSpace(body.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isWhiteSpace(body.charCodeAt(i))) i++;
    if (++words > 4) return false;
    const c = body.charCodeAt(from);
    const opensHeading = (c >= 0x41 && c <= 0x5a) || c === 0x26 || c === 0x2f || c === 0x28;
    if (!opensHeading && !HEADING_FILLER.has(body.slice(from, i).toLowerCase())) return false;
  }
  // No word at all: the split left one empty word, no filler.
  return words > 0;
}


// eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
const BULLET_PREFIX = /^(?:[\x07*\-o>]|\d{1,2}[.)]|[a-hA-H][.)]|\(\d{1,2}\))[ \t]{1,8}/;

/** A cheap look at the first two characters: only then can BULLET_PREFIX match. */
function mayStartWithBullet(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  if (c === BULLET_CODE || c === 0x2a || c === 0x2d || c === 0x3e || c === 0x28) return true;
  if (c === 0x6f) return next === 0x20 || next === 0x09;
  if (c >= 0x30 && c <= 0x39) return true;
  return next === 0x2e || next === 0x29;
}
const ABBREVIATIONS = new WordSet([
  'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'dr', 'mr', 'ms', 'mrs', 'jr', 'sr', 'st', 'no', 'approx',
  'incl', 'min', 'max', 'yrs', 'yr', 'mo', 'dept', 'univ', 'fig', 'al', 'u.s', 'b.s', 'm.s', 'b.a', 'm.a', 'ph.d',
  'ph. d', 'b.sc', 'm.sc', 'b.e', 'm.e', 'b.tech', 'm.tech', 'd.c', 'a.s', 'a.a', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'p', 'd', 'ph',
]);

/** Start of the token before the period at `dot`: letters, digits and dots, at most 12, not before `from`. */
function tokenBefore(text: string, from: number, dot: number): number {
  let w = dot;
  while (w > from && w > dot - 12 && (isWordChar(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 0x2e)) w--;
  return w;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** text[w, dot) reads as initials: letters each followed by a period, the last period optional ("b.s", "u.s."). */
function isInitials(text: string, w: number, dot: number): boolean {
  if (dot - w < 2) return false;
  for (let k = w; k < dot; k++) {
    const c = text.charCodeAt(k);
    if ((k - w) % 2 === 0 ? !isAsciiLetter(c) : c !== 0x2e) return false;
  }
  return true;
}

/** The token before the period at `dot` is an abbreviation or initials ("Ph.D", "B.S", "e.g"). */
function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  const w = tokenBefore(text, from, dot);
  return ABBREVIATIONS.hasRange(text, w, dot) || isInitials(text, w, dot);
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The marks of the document (see `segment`): the tokenizer finds them on its way, so the text is not searched again. */
const MARKS = new CharMarks();
/** Room for the marks of any ordinary posting (`tokenize` makes a slot per character); larger arrays are dropped after use. */
const MARKS_KEPT = 1 << 14;

/** Where ". ! ?" stand in the text, in order (candidate sentence ends): the marks that are neither "\n" nor a bullet. */
function sentenceStops(text: string, marks: CharMarks, stops: Positions): Positions {
  const { at, count } = marks;
  for (let m = 0; m < count; m++) {
    const c = text.charCodeAt(at[m]!);
    if (c !== 0x0a && c !== BULLET_CODE) stops.append(at[m]!);
  }
  return stops;
}

/**
 * The cuts of the last `sentenceBreaks` call, read before the next call; written by index up to the call's count, so
 * that the array keeps its room (`length = 0` would let it go and the next push make it anew).
 */
const BREAKS: number[] = [];
/** Room BREAKS keeps past a document: a line with more sentence breaks than this lets it go at the document's end. */
const BREAKS_KEPT = 1 << 12;

/** The room BREAKS holds now (for tests of what a huge line leaves behind). */
export const sentenceBreakRoom = (): number => BREAKS.length;

/** Sentence ends inside [from, to): after . ! ? followed by space and a capital, digit or bullet. How many: in BREAKS. */
function sentenceBreaks(text: string, from: number, to: number, stopList: Positions): number {
  const limit = to - 2;
  const stops = stopList.at;
  const stopCount = stopList.count;
  const first = stopList.firstFrom(from);
  // Most pieces hold no stop before their last two characters: nothing to cut.
  if (first >= stopCount || stops[first]! >= limit) return 0;
  const cuts = BREAKS;
  let found = 0;
  for (let n = first; n < stopCount && stops[n]! < limit; n++) {
    const i = stops[n]!;
    const c = text[i];
    let j = i + 1;
    if (text[j] === ')' || text[j] === '"' || text[j] === "'") j++;
    if (text[j] !== ' ') continue;
    let k = j;
    while (k < to && k - j < 8 && text[k] === ' ') k++;
    if (k >= to) continue;
    const next = text.charCodeAt(k);
    const startsSentence = (next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39) || text[k] === BULLET;
    if (!startsSentence) continue;
    if (c === '.') {
      // The token before the period: abbreviations, single letters and initials do not end sentences.
      const w = tokenBefore(text, from, i);
      if (ABBREVIATIONS.hasRange(text, w, i) || (i - w === 1 && isAsciiLetter(text.charCodeAt(w)))) continue;
      if (isInitials(text, w, i)) continue;
    }
    if (found < cuts.length) cuts[found] = k;
    else cuts.push(k);
    found++;
  }
  return found;
}

/**
 * Receives one piece of a line: its span, whether a bullet opened it, the end of the inline heading found at its
 * start (or -1), and whether it starts its line (it was not split off by an inline bullet or heading).
 */
interface PieceSink {
  readonly text: string;
  readonly cues: CueIndex;
  /** The first cut not before the line being split: lines come in order, so the cuts are read once. */
  cutCursor: number;
  onPiece(start: number, end: number, bullet: boolean, headingEnd: number, lineStart: boolean): void;
}

/**
 * A line that starts in lower case right after a unit that did not end a sentence continues that unit: scraped
 * postings break lines mid-sentence. Only across whitespace, never after a heading or a list bullet's colon. A line
 * in any case continues a unit left hanging on "or", "and" or a comma ("BS or\nMS in Data Sciences, Physics or\nApplied
 * Mathematics"), unless it is a bullet of its own.
 */
function isContinuation(text: string, prev: Unit, start: number, bullet: boolean): boolean {
  if (prev.kind === 'heading') return false;
  const c = text.charCodeAt(start);
  if (c < 0x61 || c > 0x7a) {
    // Only a unit ending in ",", "&" or the last letter of "or" / "and" can hang (the rest is read only then).
    const last = text.charCodeAt(prev.end - 1) | 0x20;
    if (last !== 0x2c && last !== 0x26 && last !== 0x72 && last !== 0x64) return false;
    if (bullet || !((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
    if (!endsHanging(text, prev.start, prev.end)) return false;
  }
  const last = text[prev.end - 1];
  if (last === '!' || last === '?' || last === ':' || last === ';') return false;
  // A period ends the sentence unless it closes an abbreviation ("Ph.D.\nin a chemistry").
  if (last === '.' && !endsWithAbbreviation(text, prev.start, prev.end - 1)) return false;
  for (let i = prev.end; i < start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\n' && ch !== '\t') return false;
  }
  return true;
}

/** text[start, end) is one word of letters, with no colon after it ("Preferred", not "Desired:" or "Nice to have"). */
function isOneWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return end > start;
}

/** text[start, end) ends hanging on a comma or on " or", " and", " and/or", " &" (any case): "... Physics or". */
function endsHanging(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 0x2c) return true;
  // Read from the end: the connector word and the space before it.
  let k = end;
  while (k > start && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  const word = end - k;
  if (word === 0) return last === 0x26 && end - 2 >= start && text.charCodeAt(end - 2) === 0x20; // " &"
  if (word > 3 || k === start) return false;
  const before = text.charCodeAt(k - 1);
  if (before === 0x2f) return word === 2 && wordIs(text, k, 'or') && end - 7 >= start && wordIs(text, end - 6, 'and') && text.charCodeAt(end - 7) === 0x20; // " and/or"
  if (before !== 0x20) return false;
  return (word === 2 && wordIs(text, k, 'or')) || (word === 3 && wordIs(text, k, 'and'));
}

/** text at `at` spells `word` (lower-case ASCII) in any case. */
function wordIs(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** Something other than white space follows position `from` (read up to the first such character only). */
function hasTextAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return true;
  }
  return false;
}

/** Index of the first value >= `from` in sorted[0, count). */
function lowerBound(sorted: Int32Array, count: number, from: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Room a position list keeps between documents; one that a larger document grew is let go at the next. */
const POSITIONS_KEPT = 1 << 10;

/**
 * Positions in the text, in order, asked about ranges that move forward through the text as the units are made
 * (now and then a step back, to a unit being extended): a cursor walks to the answer instead of a search per ask.
 */
class Positions {
  /** The positions in at[0, count); the room is kept from document to document (`forDocument`). */
  at = new Int32Array(POSITIONS_KEPT);
  count = 0;
  /** Index of the first position >= the `from` last asked about. */
  private cursor = 0;

  /** Empties the list for a new document (and lets go of room a larger document grew). */
  forDocument(): this {
    if (this.at.length > POSITIONS_KEPT) this.at = new Int32Array(POSITIONS_KEPT);
    this.count = 0;
    this.cursor = 0;
    return this;
  }

  /** Adds `pos`, not before the last added. */
  append(pos: number): void {
    const n = this.count;
    if (n === this.at.length) this.at = doubled(this.at);
    this.at[n] = pos;
    this.count = n + 1;
  }

  /** Adds `pos`, not before the last added; a repeat of it is dropped. */
  add(pos: number): void {
    // Never reads at[-1]: a negative index makes V8's element load megamorphic (a named '-1' lookup).
    const n = this.count;
    if (n === 0 || this.at[n - 1] !== pos) this.append(pos);
  }

  /** Index of the first position >= `from` (the count when none is). */
  firstFrom(from: number): number {
    const at = this.at;
    const count = this.count;
    let c = this.cursor;
    // A few steps either way, else a binary search: a unit extended line after line asks from its start each time.
    for (let steps = 0; c > 0 && at[c - 1]! >= from; c--) if (++steps > 8) return (this.cursor = lowerBound(at, count, from));
    for (let steps = 0; c < count && at[c]! < from; c++) if (++steps > 8) return (this.cursor = lowerBound(at, count, from));
    this.cursor = c;
    return c;
  }

  /** Some position lies in [from, to). */
  anyIn(from: number, to: number): boolean {
    const at = this.at;
    // Cue positions are few and clustered (the equal-opportunity text at the end): most ranges lie outside them all.
    const n = this.count;
    if (n === 0 || at[0]! >= to || at[n - 1]! < from) return false;
    const c = this.firstFrom(from);
    return c < n && at[c]! < to;
  }
}

/**
 * The position lists of the document being segmented, reused from document to document (segmentation runs one
 * document at a time, start to end, and nothing keeps them past it).
 */
const PREFERENCE_AT = new Positions();
const REQUIREMENT_AT = new Positions();
const EEO_AT = new Positions();
const HEADING_CUE_AT = new Positions();
const SENTENCE_STOPS = new Positions();

/** Where lines split into pieces: inline bullets, the remains of "&bull;", inline headings (with their ends). */
interface CutIndex {
  cuts: number[];
  headingEnds: Map<number, number>;
}

/** After "at least": a count of the items of a list ("at least one of the following", "at least two of these"). */
const AT_LEAST_ONE_OF_RE = /^\s{1,2}(?:one|two|three|[123])\s{1,2}of\b/i;

/**
 * AT_LEAST_ONE_OF_RE may match at `at`: one or two white-space characters, then "o" or "t" (any case: no character
 * beyond ASCII matches one without the u flag), "1", "2" or "3". Asked after each requirement cue, that count is
 * rarely there (8 of ~1,300 a corpus pass).
 */
function mayCountItemsAt(text: string, at: number): boolean {
  if (at + 1 >= text.length || !isWhiteSpace(text.charCodeAt(at))) return false;
  let next = text.charCodeAt(at + 1);
  if (isWhiteSpace(next)) {
    if (at + 2 >= text.length) return false;
    next = text.charCodeAt(at + 2);
  }
  return (next | 0x20) === 0x6f || (next | 0x20) === 0x74 || (next >= 0x31 && next <= 0x33);
}

/**
 * Where the cues of one document stand: one pass over its tokens for every cue (this object takes the hits), plus
 * the bullets among the marks.
 */
class CueIndex implements PhraseHits<CueTag> {
  readonly preferenceAt = PREFERENCE_AT.forDocument();
  readonly requirementAt = REQUIREMENT_AT.forDocument();
  readonly eeoAt = EEO_AT.forDocument();
  readonly headingCueAt = HEADING_CUE_AT.forDocument();
  readonly cutIndex: CutIndex = { cuts: [], headingEnds: new Map<number, number>() };
  /** End of the last inline heading taken. */
  private inlineHeadingEnd = -1;

  constructor(private readonly text: string, tokens: Tokens, marks: CharMarks) {
    cuePhrasesOf().scanTokens(tokens, this, true);
    // Two runs in text order (cue hits, then bullets): sorted only when both hold cuts, since a sort copies the list.
    const cuts = this.cutIndex.cuts;
    const cueCuts = cuts.length;
    for (let m = 0; m < marks.count; m++) if (text.charCodeAt(marks.at[m]!) === BULLET_CODE) cuts.push(marks.at[m]!);
    if (cueCuts > 0 && cueCuts < cuts.length) cuts.sort((x, y) => x - y);
  }

  hit(start: number, end: number, tag: CueTag): void {
    const text = this.text;
    if (tag === 'heading') {
      this.headingCueAt.add(start);
    } else if (tag === 'preference') {
      this.preferenceAt.add(start);
    } else if (tag === 'requirement') {
      // "at least one of the following": a count of list items, no requirement wording.
      if (!(mayCountItemsAt(text, end) && AT_LEAST_ONE_OF_RE.test(text.slice(end, end + 16)))) this.requirementAt.add(start);
    } else if (tag === 'eeo') {
      this.eeoAt.add(start);
    } else if (tag === 'bull') {
      const next = text.charCodeAt(start + 5);
      if (text.charCodeAt(start - 1) === 0x20 && text.charCodeAt(start + 4) === 0x20 && next >= 0x41 && next <= 0x5a) this.cutIndex.cuts.push(start);
    } else if (start >= this.inlineHeadingEnd && !this.cutIndex.headingEnds.has(start) && isInlineHeadingAt(text, start, end)) {
      // Hits come in text order; one inside the heading just taken ("Qualifications" in "Minimum Qualifications")
      // would cut it into two overlapping units.
      this.cutIndex.headingEnds.set(start, end);
      this.cutIndex.cuts.push(start);
      this.inlineHeadingEnd = end;
    }
  }
}

/** Words that open a sentence after a heading at the start of a line: "Qualifications You hold ...", "Benefits We offer". */
const SENTENCE_OPENER_AFTER_HEADING_RE = /^\s{0,2}:?\s{0,2}(?:You|We|Our|Your|The|A|An|Candidates|Applicants|Ideally|Must|Minimum|At least)\s/;

/** Splits one line into pieces at inline bullets and inline headings (for postings that lost their line breaks). */
function splitLine(sink: PieceSink, start: number, end: number): void {
  const { text } = sink;
  const { cuts, headingEnds } = sink.cues.cutIndex;
  let at = sink.cutCursor;
  while (at < cuts.length && cuts[at]! < start) at++;
  const longLine = end - start > 120;
  // A long line that opens with an inline heading and a sentence ("Qualifications You hold a Bachelor ...") starts its
  // section there; not a term that opens with a heading word ("Requirements Engineering ...", "Benefits Realisation").
  let leadingHeadingEnd = at < cuts.length && cuts[at] === start && longLine ? (headingEnds.get(start) ?? -1) : -1;
  if (leadingHeadingEnd > 0 && !SENTENCE_OPENER_AFTER_HEADING_RE.test(text.slice(leadingHeadingEnd, leadingHeadingEnd + 16))) leadingHeadingEnd = -1;
  if (at < cuts.length && cuts[at] === start) at++;
  if (at >= cuts.length || cuts[at]! >= end) {
    sink.cutCursor = at;
    // Nothing cuts the line (most lines): it is one piece.
    emitPiece(sink, start, end, false, leadingHeadingEnd);
    return;
  }
  const points = [start];
  for (; at < cuts.length && cuts[at]! < end; at++) {
    const c = cuts[at]!;
    // Inline headings only split lines that lost their breaks; a short line is read whole.
    if (headingEnds.has(c) && !longLine && text[c] !== BULLET) continue;
    if (c !== points[points.length - 1]) points.push(c);
  }
  sink.cutCursor = at;
  points.push(end);
  for (let p = 0; p + 1 < points.length; p++) {
    const s = points[p]!;
    emitPiece(sink, s, points[p + 1]!, p > 0, p > 0 ? (longLine ? (headingEnds.get(s) ?? -1) : -1) : leadingHeadingEnd);
  }
}

/** Hands text[s, e) on as a piece, without its bullet and surrounding spaces; `split` when a cut opened it. */
function emitPiece(sink: PieceSink, s: number, e: number, split: boolean, headingEnd: number): void {
  const { text } = sink;
  let bullet = false;
  if (text[s] === BULLET) {
    bullet = true;
    s++;
  } else if (split && text.startsWith('bull ', s)) {
    bullet = true;
    s += 5;
  }
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  if (e > s) sink.onPiece(s, e, bullet, headingEnd, !split);
}

/**
 * No unit is longer than this. Real sentences and bullets are far shorter; text without any sentence punctuation
 * (a scraped list run together, or hostile input) is cut at clause or word boundaries instead, which bounds the
 * work every extractor does per unit and keeps the whole pipeline linear in the input.
 */
export const MAX_UNIT_LENGTH = 1000;

function boundedPieces(text: string, from: number, to: number): [number, number][] {
  if (to - from <= MAX_UNIT_LENGTH) return [[from, to]];
  const out: [number, number][] = [];
  let s = from;
  while (to - s > MAX_UNIT_LENGTH) {
    const limit = s + MAX_UNIT_LENGTH;
    const floor = limit - 300;
    let cut = -1;
    // Search only the window (floor, limit): lastIndexOf on the whole text would run back to the start of the text
    // whenever the window has no separator, quadratic on 10 MB without a space.
    const window = text.slice(floor + 1, limit);
    for (const sep of ['; ', ', ', ' ']) {
      const at = window.lastIndexOf(sep);
      if (at >= 0) {
        cut = floor + 1 + at + sep.length;
        break;
      }
    }
    if (cut < 0) cut = limit;
    let e = cut;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) out.push([s, e]);
    s = cut;
    while (s < to && text[s] === ' ') s++;
  }
  if (to > s) out.push([s, to]);
  return out;
}

/**
 * Segments normalised text into sections and units (sentences, bullets, headings). `skillStarts`: the skill matcher's
 * `startBits`, so that the document's tokens list the matcher's possible alias starts on the way (see `tokenize`).
 * `lendTokens`: the document's tokens may use lent buffers; the caller then calls `giveBackTokens(doc)` when done.
 */
export function segment(norm: NormalizedText, skillStarts: Int32Array | null = null, lendTokens = false): SegmentedDoc {
  if (Segmenter.shape === null) keepSegmenterShape();
  const text = norm.text;
  // The document is tokenized once, here: the cue scan reads the tokens, and so do the extractors (`tokensOf`).
  const marks = MARKS;
  const tokens = tokenize(text, 0, text.length, cuePhrasesOf().tokenScreen, skillStarts, lendTokens, marks, TRIGGER_SHAPES);
  let doc: SegmentedDoc;
  try {
    doc = segmentTokens(norm, tokens, marks);
  } catch (err) {
    // The tokens were never shared, so no one could give their loan back: it is given back here.
    abandonTokens(tokens);
    throw err;
  }
  shareTokens(doc, tokens);
  // A huge document grew the shared marks: let that memory go with it rather than hold it for the process's life.
  if (marks.at.length > MARKS_KEPT) marks.at = new Int32Array(MARKS_KEPT);
  if (BREAKS.length > BREAKS_KEPT) BREAKS.length = 0;
  return doc;
}

/**
 * Keeps a segmenter of an empty text, with its cue index (see kept-shapes.ts): made on the first segmentation rather
 * than on import, since the cue index compiles the cue phrases.
 */
function keepSegmenterShape(): void {
  const tokens = tokenize('', 0, 0, cuePhrasesOf().tokenScreen);
  Segmenter.shape = keepShape(new Segmenter('', tokens, new CueIndex('', tokens, new CharMarks()), new Positions()));
}

/** The sections and units of `norm.text`, from its tokens and the marks `tokenize` found. */
function segmentTokens(norm: NormalizedText, tokens: Tokens, marks: CharMarks): SegmentedDoc {
  const text = norm.text;
  const segmenter = new Segmenter(text, tokens, new CueIndex(text, tokens, marks), sentenceStops(text, marks, SENTENCE_STOPS.forDocument()));
  // The marks in order, read by a cursor: the next line break is the next mark that is one.
  let mark = 0;
  const cuts = segmenter.cues.cutIndex.cuts;
  let lineStart = 0;
  let firstLine = true;
  while (lineStart <= text.length) {
    while (mark < marks.count && (marks.at[mark]! < lineStart || text.charCodeAt(marks.at[mark]!) !== 0x0a)) mark++;
    const lineEnd = mark < marks.count ? marks.at[mark]! : text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    if (e > s && firstLine) {
      firstLine = false;
      // A text of one line is no posting under a title: "Data scientist with 5+ years of Python" asks for Python.
      if (hasTextAfter(text, lineEnd) && classifyHeadingAt(text, s, e, false, tokens) === null && isTitleLine(text.slice(s, e))) {
        segmenter.pushTitle(s, e);
        while (segmenter.cutCursor < cuts.length && cuts[segmenter.cutCursor]! < e) segmenter.cutCursor++;
        lineStart = lineEnd + 1;
        continue;
      }
    }
    if (e > s) splitLine(segmenter, s, e);
    lineStart = lineEnd + 1;
  }
  return { norm, text, sections: segmenter.sections, units: segmenter.units, sectionsWithUnits: segmenter.sectionsWithUnits };
}

/**
 * The state of one document's segmentation: its sections and units so far, the cue index, and where the line loop
 * stands. A class rather than closures in `segment`, so that a document allocates one object, not six functions.
 */
class Segmenter implements PieceSink {
  /** One of an empty text, kept for the class's hidden class (see kept-shapes.ts); made by the first `segment`. */
  static shape: Segmenter | null = null;
  readonly sections: Section[];
  readonly units: Unit[] = [];
  /**
   * `SegmentedDoc.sectionsWithUnits`. A unit goes to the last section, and sections are only added: the list grows in
   * order. A unit extended keeps its section, listed already.
   */
  readonly sectionsWithUnits: number[] = [];
  /** The current source line (after inline splitting). */
  lineNo = 0;
  /** The first cut (of `cues.cutIndex.cuts`) not before the line being split. */
  cutCursor = 0;

  constructor(
    readonly text: string,
    private readonly tokens: Tokens,
    readonly cues: CueIndex,
    /** Where ". ! ?" stand (`sentenceStops`). */
    private readonly stops: Positions,
  ) {
    this.sections = [{ kind: 'intro', heading: null, start: 0, end: text.length }];
  }

  private current(): Section {
    return this.sections[this.sections.length - 1]!;
  }

  /** The posting's title line, a section of its own before the intro. */
  pushTitle(s: number, e: number): void {
    const text = this.text;
    this.sections[0] = { kind: 'title', heading: null, start: s, end: e };
    this.pushUnit(s, e, 'sentence');
    this.sections.push({ kind: 'intro', heading: null, start: e, end: text.length });
  }

  private openSection(kind: SectionKind, hs: number, he: number): void {
    const { text, units, sections } = this;
    const prev = units.length > 0 ? units[units.length - 1] : undefined; // no units[-1]: see Positions.add
    // "The Ideal Candidate would possess:" right before it: a preference lead-in governs the heading under it.
    const underLeadIn = prev !== undefined && prev.kind !== 'heading' && prev.preferred && text.charCodeAt(prev.end - 1) === 0x3a;
    if (kind === 'requirements' && (this.current().kind === 'preferred' || underLeadIn) && he > hs) {
      const words = lowerWords(text, hs, he);
      // "Preferred\nQualifications:": a heading broken over two lines, the second right under the first.
      // Only a one-word heading without a colon can be the first half ("Nice to have\nRequirements" are two).
      const brokenHeading =
        underLeadIn || (prev !== undefined && prev.kind === 'heading' && prev.sectionIndex === sections.length - 1 && isOneWord(text, prev.start, prev.end));
      const strong = brokenHeading ? STRONG_WORDS_UNDER_HEADING : STRONG_REQUIREMENT_WORDS;
      if (!words.some((w) => strong.has(w))) kind = 'preferred';
    }
    sections[sections.length - 1]!.end = hs;
    // A section opened by its first sentence (equal-opportunity wording) has no heading, as an untitled one.
    sections.push({ kind, heading: he > hs ? { start: hs, end: he } : null, start: hs, end: text.length });
  }

  private pushUnit(start: number, end: number, kind: Unit['kind'], firstOfLine = false): void {
    if (end <= start) return;
    const { text, units, sections } = this;
    const { preferenceAt, requirementAt, eeoAt } = this.cues;
    const prev = units.length > 0 ? units[units.length - 1] : undefined; // no units[-1]: see Positions.add
    if (firstOfLine && prev && kind !== 'heading' && isContinuation(text, prev, start, kind === 'bullet')) {
      // A sentence broken across lines ("psychology,\n\nstatistics"): extend the previous unit.
      const section = sections[prev.sectionIndex]!;
      const preferred = section.kind === 'preferred'
        ? !requirementAt.anyIn(prev.start, end) || preferenceAt.anyIn(prev.start, end)
        : preferenceAt.anyIn(prev.start, end);
      units[units.length - 1] = {
        start: prev.start, end, kind: prev.kind, sectionIndex: prev.sectionIndex, section: prev.section, preferred, line: prev.line,
      };
      return;
    }
    if (kind !== 'heading' && this.current().kind !== 'equal-opportunity' && eeoAt.anyIn(start, end)) {
      this.openSection('equal-opportunity', start, start);
    }
    const section = this.current();
    const prefCue = preferenceAt.anyIn(start, end);
    const preferred = section.kind === 'preferred' ? !requirementAt.anyIn(start, end) || prefCue : prefCue;
    const sectionIndex = sections.length - 1;
    units.push({ start, end, kind, sectionIndex, section: section.kind, preferred, line: this.lineNo });
    const listed = this.sectionsWithUnits;
    if (listed.length === 0 || listed[listed.length - 1] !== sectionIndex) listed.push(sectionIndex);
  }

  /** Pushes text[from, to) as units of at most MAX_UNIT_LENGTH; returns `first` for the next unit of the piece. */
  private pushBounded(from: number, to: number, kind: Unit['kind'], first: boolean): boolean {
    if (to - from <= MAX_UNIT_LENGTH) {
      this.pushUnit(from, to, kind, first);
      return false;
    }
    for (const [a, b] of boundedPieces(this.text, from, to)) {
      this.pushUnit(a, b, kind, first);
      first = false;
    }
    return first;
  }

  onPiece(pieceStart: number, end: number, pieceBullet: boolean, headingEnd: number, lineStart: boolean): void {
    this.handlePiece(pieceStart, end, pieceBullet, headingEnd, lineStart);
    this.lineNo++;
  }

  private handlePiece(pieceStart: number, end: number, pieceBullet: boolean, headingEnd: number, lineStart: boolean): void {
    const { text, tokens } = this;
    const headingCueAt = this.cues.headingCueAt;
    let start = pieceStart;
    let bullet = pieceBullet;
    const marker = mayStartWithBullet(text, start) ? BULLET_PREFIX.exec(text.slice(start, Math.min(end, start + 16))) : null;
    if (marker) {
      bullet = true;
      start += marker[0].length;
    }
    if (start >= end) return;
    if (headingEnd > 0) {
      const kind = classifyHeadingAt(text, pieceStart, headingEnd, true, tokens) ?? classifyHeadingAt(text, pieceStart, headingEnd, false, tokens);
      if (kind) {
        let he = headingEnd;
        this.openSection(kind, pieceStart, he);
        this.pushUnit(pieceStart, he, 'heading');
        while (he < end && (text[he] === ' ' || text[he] === ':')) he++;
        start = he;
      }
    } else {
      if (end - start <= 72) {
        const colonEnd = text.charCodeAt(end - 1) === 0x3a;
        const whole = headingCueAt.anyIn(start, end) ? classifyHeadingAt(text, start, colonEnd ? end - 1 : end, colonEnd, tokens) : null;
        if (whole && (!bullet || colonEnd || end - start < 40)) {
          this.openSection(whole, start, end);
          this.pushUnit(start, end, 'heading');
          return;
        }
        if (!whole && colonEnd && end - start <= 40 && isUntitledHeading(text.slice(start, end))) {
          // A sub-heading inside a qualification section ("Programming Languages:") keeps that section's reading.
          const parent = this.current().kind;
          this.openSection(parent === 'requirements' || parent === 'preferred' ? parent : 'other', start, end);
          this.pushUnit(start, end, 'heading');
          return;
        }
      }
      // Look for the colon within this piece's first 60 characters only: an unbounded indexOf would scan to the
      // next colon of the whole text from every piece, quadratic on a long list of bullets without one. Only a
      // heading cue before the colon makes it a heading, so without one in that window there is nothing to find.
      const window = Math.min(end, start + 60);
      const colonAt = headingCueAt.anyIn(start, window) ? text.slice(start, window).indexOf(':') : -1;
      const colon = colonAt < 0 ? -1 : start + colonAt;
      if (colon > start && colon - start < 60 && colon < end - 1 && headingCueAt.anyIn(start, colon)) {
        const kind = classifyHeadingAt(text, start, colon, true, tokens);
        if (kind) {
          this.openSection(kind, start, colon);
          this.pushUnit(start, colon + 1, 'heading');
          start = colon + 1;
          while (start < end && text[start] === ' ') start++;
        }
      }
    }
    let s = start;
    let first = !bullet && !pieceBullet && lineStart;
    const kind = bullet ? 'bullet' : 'sentence';
    const breaks = sentenceBreaks(text, start, end, this.stops);
    for (let b = 0; b < breaks; b++) {
      const cut = BREAKS[b]!;
      let e = cut;
      while (e > s && text[e - 1] === ' ') e--;
      first = this.pushBounded(s, e, kind, first);
      s = cut;
    }
    this.pushBounded(s, end, kind, first);
  }
}

/** Index of the unit containing `pos` in `doc.text`, or -1. Binary search over unit starts. */
export function unitIndexAt(doc: SegmentedDoc, pos: number): number {
  let lo = 0;
  let hi = doc.units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = doc.units[mid]!;
    if (pos < u.start) hi = mid - 1;
    else if (pos >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
