import type { AliasTerminal, CompiledTaxonomy, SkillCandidate } from '../taxonomy/matcher.js';
import { tokensOf, wordHash, WordFilter, type Tokens } from '../taxonomy/tokenize.js';
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
  TECHNICAL_CATEGORIES,
  TRAP_FOLLOWERS,
  TRAP_PRECEDERS,
  VERB_FORMS,
  VISUAL_OBJECTS,
} from '../lexicon/skill-context.js';
import { ABOUT_THE_JOB, NAME_OPENING, NOT_A_NAME, WE_OPENING } from '../lexicon/company-voice.js';
import type { ExtractContext, SegmentedDoc, SkillFinding, TextSpan } from './types.js';

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
addWords(DATA_PHRASE_HEADS, ['data', ...DATA_VERB_PHRASES.keys()]);

/** Token i may be a word of `list` (false for sure when not: a token beyond ASCII is none of these words). */
const mayBe = (tokens: Tokens, i: number, list: number): boolean => (WORD_LISTS[tokens.hash[i]! & 0xffff]! & list) !== 0 && tokens.nonAscii[i] === 0;
const AND_HASH = wordHash('and');

/** `listed`: an acronym written in lower case ("aws gcp azure"), taken only inside a list of named skills. */
type Status = 'accepted' | 'pending' | 'listed' | 'rejected';

interface Mention {
  cand: SkillCandidate;
  unit: number;
  /** Status per terminal of the candidate. */
  status: Status[];
}

/** Scratch for the list group of each mention (written for every mention before it is read). */
let groupScratch = new Int32Array(256);

interface Scan {
  doc: SegmentedDoc;
  tax: CompiledTaxonomy;
  tokens: Tokens;
  mentions: Mention[];
  /** First and last token index of each mention's unit, filled lazily. */
  unitTokens: Map<number, [number, number]>;
  /** Part-of-speech tags of the units tagged so far. */
  unitTags: Map<number, { value: string; pos: string }[]>;
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number): boolean => isUpper(c) || isLower(c) || isDigit(c);

/** What `\s` matches in a JavaScript regular expression. */
function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

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

function hasTrapNeighbour(scan: Scan, m: Mention): boolean {
  const { tokens } = scan;
  const c = m.cand;
  if (c.firstToken !== c.lastToken || !mayBe(tokens, c.firstToken, TRAP_KEYS)) return false;
  const key = tokens.word(c.firstToken);
  const followers = TRAP_FOLLOWERS.get(key);
  if (followers?.has(tokens.word(c.lastToken + 1)) && sameUnit(scan, c.lastToken + 1, m.unit)) return true;
  const preceders = TRAP_PRECEDERS.get(key);
  return Boolean(preceders?.has(tokens.word(c.firstToken - 1)) && sameUnit(scan, c.firstToken - 1, m.unit));
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
  const [a, b] = unitTokenRange(scan, m.unit);
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
  const [a, b] = unitTokenRange(scan, m.unit);
  const from = Math.max(a, c.firstToken - ANCHOR_WINDOW);
  const to = Math.min(b, c.lastToken + ANCHOR_WINDOW);
  for (let i = from; i <= to; i++) if ((i < c.firstToken || i > c.lastToken) && words.has(scan.tokens.word(i))) return true;
  return false;
}

function unitTokenRange(scan: Scan, unit: number): [number, number] {
  let r = scan.unitTokens.get(unit);
  if (r) return r;
  const u = scan.doc.units[unit];
  if (!u) return [0, -1];
  const { start } = scan.tokens;
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < u.start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < start.length && start[last + 1]! < u.end) last++;
  r = [lo, last];
  scan.unitTokens.set(unit, r);
  return r;
}

function sameUnit(scan: Scan, token: number, unit: number): boolean {
  const [a, b] = unitTokenRange(scan, unit);
  return token >= a && token <= b;
}

/** A cue phrase ends before `token` in the same unit, with only filler words between. */
function precededByCue(scan: Scan, token: number, unit: number): boolean {
  const tokens = scan.tokens;
  const [unitFirst] = unitTokenRange(scan, unit);
  for (let back = 1; back <= CUE_LOOKBACK; back++) {
    const endTok = token - back;
    if (endTok < unitFirst || !mayBe(tokens, endTok, CUE_WORDS)) return false;
    const last = tokens.word(endTok);
    const phrases = CUE_PHRASES_BY_LAST.get(last);
    if (phrases) {
      for (const phrase of phrases) {
        const s = endTok - phrase.length + 1;
        if (s < unitFirst) continue;
        let ok = true;
        for (let k = 0; k < phrase.length - 1 && ok; k++) if (tokens.word(s + k) !== phrase[k]) ok = false;
        if (ok) return true;
      }
    }
    if (!CUE_FILLERS.has(last)) return false;
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

/** A filter of every cue word of a taxonomy's skills (tokens beyond ASCII are read whatever it says). */
const cueFilters = new WeakMap<CompiledTaxonomy, WordFilter>();
function cueFilterOf(tax: CompiledTaxonomy): WordFilter {
  let filter = cueFilters.get(tax);
  if (!filter) cueFilters.set(tax, (filter = new WordFilter(tax.skills.flatMap((s) => [...s.cues]))));
  return filter;
}

function anchorNearby(scan: Scan, m: Mention, skill: number): boolean {
  const cues = scan.tax.skills[skill]!.cues;
  if (cues.size === 0) return false;
  const { tokens } = scan;
  const filter = cueFilterOf(scan.tax);
  const [a, b] = unitTokenRange(scan, m.unit);
  const from = Math.max(a, m.cand.firstToken - ANCHOR_WINDOW);
  const to = Math.min(b, m.cand.lastToken + ANCHOR_WINDOW);
  for (let i = from; i <= to; i++) {
    if (i >= m.cand.firstToken && i <= m.cand.lastToken) continue;
    if (tokens.nonAscii[i] === 0 && !filter.mayBe(tokens, i)) continue;
    if (cues.has(tokens.word(i))) return true;
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
    const gapText = text.slice(from, to);
    if (/[.;:!?]/.test(gapText) || !/[,/]|\b(?:and|or)\b/.test(gapText)) return false;
  }
  if (to - from > 60) return false;
  // No clause break in the gap (";", ":", "!", "?", or a full stop and a space).
  let listMark = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return false;
    if (c === 0x2e && k + 1 < to && isRegexSpace(text.charCodeAt(k + 1))) return false;
    if (c === 0x2c || c === 0x2f) listMark = true;
  }
  let names = 0;
  for (let i = a.cand.lastToken + 1; i < b.cand.firstToken; i++) {
    const c = text.charCodeAt(tokens.start[i]!);
    if (isDigit(c) || (mayBe(tokens, i, GLUE_WORDS) && LIST_GLUE.has(tokens.word(i)))) continue;
    if (isUpper(c) && ++names <= 2 && listMark) continue;
    return false;
  }
  return true;
}

/** Bullets that hold just a name or two ("• Python" / "• R"). */
function adjacentShortBullets(scan: Scan, ua: number, ub: number): boolean {
  if (ub !== ua + 1) return false;
  const a = scan.doc.units[ua];
  const b = scan.doc.units[ub];
  return Boolean(a && b && a.end - a.start <= 24 && b.end - b.start <= 24 && a.kind === b.kind && a.kind === 'bullet');
}

function isUnitInitial(scan: Scan, m: Mention): boolean {
  const [a] = unitTokenRange(scan, m.unit);
  return m.cand.firstToken === a;
}

/** The tagger reads the name as a verb in its sentence ("you will excel at", "spark new ideas"). */
function readsAsVerb(scan: Scan, m: Mention): boolean {
  const u = scan.doc.units[m.unit];
  if (!u) return false;
  const sentence = scan.doc.text.slice(u.start, u.end);
  // Each unit is tagged once, however many of its names are in doubt.
  let tags = scan.unitTags.get(m.unit);
  if (!tags) {
    const tagger = getPosTagger();
    if (!tagger) return false;
    scan.unitTags.set(m.unit, (tags = tagger.tag(sentence)));
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

/** "BS in Statistics", "Statistics background": the field of a degree, not the skill (LABELLING rule 8). */
function isDegreeField(scan: Scan, m: Mention): boolean {
  const tokens = scan.tokens;
  if (!mayBe(tokens, m.cand.firstToken, FIELD_FIRST) || !FIELD_FIRST_WORDS.has(tokens.word(m.cand.firstToken))) return false;
  const key = scan.tokens.phrase(m.cand.firstToken, m.cand.lastToken);
  const after = tokens.word(m.cand.lastToken + 1);
  // "Statistical Science" is a degree subject too ("Engineering, Statistical Science, Mathematics").
  if (!FIELD_FORMS.has(key) && !(key === 'statistical' && (after === 'science' || after === 'sciences'))) return false;
  if (after === 'background') return true;
  const [a] = unitTokenRange(scan, m.unit);
  const first = m.cand.firstToken;
  if (first - 2 >= a && FRAME_LINKS.has(tokens.word(first - 1)) && SKILL_FRAME.has(tokens.word(first - 2))) return false;
  for (let i = first - 1; i >= a; i--) if (DEGREE_CONTEXT.has(tokens.word(i))) return true;
  // A list under a "Preferred Majors:" heading.
  const heading = scan.doc.units[m.unit - 1];
  if (heading?.kind === 'heading') {
    const [h, hEnd] = unitTokenRange(scan, m.unit - 1);
    for (let i = h; i <= hEnd; i++) if (DEGREE_CONTEXT.has(tokens.word(i))) return true;
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
  if (hash[i + 2] !== AND_HASH || tokens.word(i + 2) !== 'and' || !COORDINATED_ANALYSIS.has(tokens.word(i + 3))) return null;
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

function dataPhrases(doc: SegmentedDoc, tokens: Tokens): { id: string; span: TextSpan }[] {
  const out: { id: string; span: TextSpan }[] = [];
  const { start, end, count, hash, nonAscii } = tokens;
  const text = doc.text;
  for (let i = 0; i < count; i++) {
    // The hash first: it rules out nearly every token (none of the heads is beyond ASCII).
    if ((WORD_LISTS[hash[i]! & 0xffff]! & DATA_PHRASE_HEADS) === 0 || nonAscii[i] !== 0) continue;
    if (hash[i] === DATA_HASH && isWord(text, start[i]!, end[i]!, 'data')) {
      const span = coordinatedAnalysisAt(text, tokens, i);
      if (span) out.push({ id: 'data-analysis', span });
      continue;
    }
    const w = tokens.word(i);
    const c0 = w.charCodeAt(0);
    if (c0 !== 0x61 && c0 !== 0x76) continue; // every form starts with "a" or "v"
    const id = DATA_VERB_PHRASES.get(w);
    if (!id) continue;
    let j = i + 1;
    if (DATA_NOUN_FORMS.has(w)) {
      if (tokens.word(j) !== 'of') continue;
      j++;
    }
    for (let k = j; k < count && k <= j + 4; k++) {
      if (!phraseGap(text, tokens, k)) break;
      const w = tokens.word(k);
      if (DATA_OBJECTS.has(w) || (id === 'data-visualization' && VISUAL_OBJECTS.has(w))) {
        // "data analysis" already names the skill; "data pipelines" / "data sources" are not the object here.
        out.push({ id, span: { start: start[i]!, end: end[k]! } });
        break;
      }
      if (DATA_PHRASE_STOPS.has(w)) break;
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

/** The units' bounds in one typed array: start and end of each. */
function unitBounds(doc: SegmentedDoc): Int32Array {
  const { units } = doc;
  const bounds = new Int32Array(2 * units.length);
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    bounds[2 * k] = u.start;
    bounds[2 * k + 1] = u.end;
  }
  return bounds;
}

/**
 * `unitIndexAt` step for step, over the bounds array instead of the unit objects (so its answer is the same even
 * where units overlap, as an inline heading inside a sentence can).
 */
function unitAt(bounds: Int32Array, pos: number): number {
  let lo = 0;
  let hi = (bounds.length >> 1) - 1;
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
    const unit = unitAt(bounds, span.start);
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
  const { tokens, candidates } = tax.scanTokens(tokensOf(doc, text));
  const scan: Scan = { doc, tax, tokens, mentions: [], unitTokens: new Map(), unitTags: new Map() };

  // 1. Case and glue checks; safe forms are accepted at once.
  const bounds = unitBounds(doc);
  for (const cand of candidates) {
    const unit = unitAt(bounds, cand.start);
    const { terminals } = cand;
    // Sized once: nearly every candidate has one terminal.
    const status: Status[] = terminals.length === 1 ? ['rejected'] : new Array<Status>(terminals.length).fill('rejected');
    const m: Mention = { cand, unit, status };
    const trapped = hasTrapNeighbour(scan, m);
    let live = false;
    for (let k = 0; k < terminals.length; k++) {
      const t = terminals[k]!;
      let s: Status;
      if (trapped) s = 'rejected';
      else if (t.policy === 'safe') s = isDegreeField(scan, m) ? 'rejected' : 'accepted';
      else if (gluedToWord(text, cand.start, cand.end) || isInitial(text, tokens, cand) || otherSenseNearby(scan, m)) s = 'rejected';
      else if (t.policy === 'context' && writtenAsCommonNoun(scan, m, t)) s = 'rejected';
      else if (t.policy === 'exact-case') {
        if (!caseMatches(text, tokens, cand, t)) s = lowerCaseAcronym(text, cand, t) ? 'listed' : 'rejected';
        else s = t.caseTokens.length > 1 ? 'accepted' : 'pending'; // "R packages": the second word is the context
      } else s = 'pending';
      status[k] = s;
      if (s !== 'rejected') live = true;
    }
    if (live) scan.mentions.push(m);
  }
  const { mentions } = scan;

  // 2. Lists: chains of mentions joined by glue words.
  if (groupScratch.length < mentions.length) groupScratch = new Int32Array(2 * mentions.length);
  const group = groupScratch;
  for (let i = 0; i < mentions.length; i++) {
    group[i] = i > 0 && linked(scan, mentions[i - 1]!, mentions[i]!) ? group[i - 1]! : i;
  }

  // 3. Own evidence of each pending form.
  const pendingOwn = (m: Mention, k: number, groupHead: Mention): boolean => {
    const t = m.cand.terminals[k]!;
    const key = tokens.word(m.cand.firstToken);
    if (NEIGHBOUR_CATEGORY_ONLY.has(key)) return false;
    const lowercase = isSingleWordLowercase(text, m.cand);
    const cue = precededByCue(scan, m.cand.firstToken, m.unit) || precededByCue(scan, groupHead.cand.firstToken, groupHead.unit);
    const ok =
      cue ||
      followedByCue(scan, m) ||
      (!lowercase && anchorNearby(scan, m, t.skill)) ||
      (!lowercase && CAPITALISED_IS_EVIDENCE.has(key) && !isUnitInitial(scan, m));
    if (!ok) return false;
    if (VERB_FORMS.has(key)) {
      const next = m.cand.lastToken + 1 < tokens.count ? tokens.word(m.cand.lastToken + 1) : '';
      if ((lowercase || isUnitInitial(scan, m) || PREPOSITIONS.has(next)) && readsAsVerb(scan, m)) return false;
    }
    return true;
  };
  // Mentions still in doubt after their own evidence, in a list of two or more (a single name has no neighbour to
  // vouch for it).
  const waiting: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const { status } = m;
    let doubt = false;
    for (let k = 0; k < status.length; k++) {
      if (status[k] === 'pending' && pendingOwn(m, k, mentions[group[i]!]!)) status[k] = 'accepted';
      if (status[k] === 'pending' || status[k] === 'listed') doubt = true;
    }
    const inList = group[i] !== i || (i + 1 < mentions.length && group[i + 1] === i);
    if (doubt && inList) waiting.push(i);
  }

  // 4. A list with one accepted name vouches for its other names ("Python, R, Go and SQL"); only a technical name
  // vouches for a technical one. Acceptance only grows, so the order of the passes does not change the end state.
  const categoryOf = (m: Mention, k: number): string => tax.skills[m.cand.terminals[k]!.skill]!.category;
  const vouchesFor = (n: Mention, category: string, needCategory: string | undefined): boolean => {
    const technical = TECHNICAL_CATEGORIES.has(category);
    let vouches = false;
    let hasNeeded = !needCategory;
    for (let k = 0; k < n.status.length; k++) {
      if (n.status[k] !== 'accepted') continue;
      const c = categoryOf(n, k);
      if (!technical || TECHNICAL_CATEGORIES.has(c)) vouches = true;
      if (c === needCategory) hasNeeded = true;
    }
    return vouches && hasNeeded;
  };
  for (let changed = waiting.length > 0; changed; ) {
    changed = false;
    for (const i of waiting) {
      const m = mentions[i]!;
      const { status } = m;
      for (let k = 0; k < status.length; k++) {
        if (status[k] !== 'pending' && status[k] !== 'listed') continue;
        const needCategory = NEIGHBOUR_CATEGORY_ONLY.get(tokens.word(m.cand.firstToken));
        const category = categoryOf(m, k);
        for (let j = group[i]!; j < mentions.length && group[j] === group[i]; j++) {
          if (j === i || !vouchesFor(mentions[j]!, category, needCategory)) continue;
          status[k] = 'accepted';
          changed = true;
          break;
        }
      }
    }
  }

  // 5. One finding per skill, mentions in text order.
  const found = collectSpans(tax, mentions, dataPhrases(doc, tokens));
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
      const { status } = m;
      for (let k = 0; k < status.length; k++) if (status[k] === 'accepted') slotFill[slotOf(skills, m.cand.terminals[k]!.skill)]!++;
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
      const { status } = m;
      for (let k = 0; k < status.length; k++) {
        if (status[k] !== 'accepted') continue;
        const slot = skillSlot[m.cand.terminals[k]!.skill]!;
        spans[slot]![slotFill[slot]!++] = { start: m.cand.start, end: m.cand.end };
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
