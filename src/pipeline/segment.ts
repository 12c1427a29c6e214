import type { SectionKind } from '../schema.js';
import { HEADING_CUES, INLINE_HEADINGS, PREFERENCE_CUES, REQUIREMENT_CUES } from '../lexicon/section-cues.js';
import type { NormalizedText } from './normalize.js';

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
}

const wordBoundaryAlternation = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]'))
    .join('|');

const PREFERENCE_RE = new RegExp(`(?<![a-z])(?:${wordBoundaryAlternation(PREFERENCE_CUES)})(?![a-z])`, 'i');
const REQUIREMENT_RE = new RegExp(`(?<![a-z])(?:${wordBoundaryAlternation(REQUIREMENT_CUES)})(?![a-z])`, 'i');
const INLINE_HEADING_RE = new RegExp(
  `(?<=^|[.!?:;)]\\s{1,3}|\\s)(?:${wordBoundaryAlternation(INLINE_HEADINGS)})(?=\\s{0,2}:|\\s{1,3}(?:[A-Z•]|-\\s))`,
  'g',
);

/** Words that may stand in a heading beside its cue phrase without making it a sentence. */
const HEADING_FILLER = new Set([
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
]);

interface HeadingCueIndex {
  kind: SectionKind;
  words: string[];
}
const HEADING_INDEX: HeadingCueIndex[] = HEADING_CUES.flatMap((group) =>
  group.phrases.map((p) => ({ kind: group.kind, words: headingWords(p) })),
);

function headingWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .split(/[^a-z0-9&/]+/)
    .filter(Boolean);
}

/**
 * The section a short line opens, or null when it reads as content. A heading is its cue phrase plus filler
 * words only: "Preferred Qualifications" and "What You'll Need" are headings, "Python experience" is not.
 */
export function classifyHeading(raw: string, endsWithColon: boolean): SectionKind | null {
  const text = raw.trim();
  if (!text || text.length > 70) return null;
  if (/[.!?]$/.test(text) && !endsWithColon) return null;
  const first = text.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a && !endsWithColon) return null; // starts lower case: a sentence fragment
  const words = headingWords(text);
  if (words.length === 0 || words.length > 8) return null;
  let kind: SectionKind | null = null;
  const covered = new Array<boolean>(words.length).fill(false);
  for (const cue of HEADING_INDEX) {
    for (let i = 0; i + cue.words.length <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < cue.words.length; k++) if (words[i + k] !== cue.words[k]) ok = false;
      if (ok) {
        kind ??= cue.kind;
        for (let k = 0; k < cue.words.length; k++) covered[i + k] = true;
      }
    }
  }
  if (!kind) return null;
  let extra = 0;
  words.forEach((w, i) => {
    if (!covered[i] && !HEADING_FILLER.has(w)) extra++;
  });
  return extra <= (endsWithColon ? 1 : 0) ? kind : null;
}

/** A short Title Case line ending in a colon ("Security Clearance:"): a heading of a section we cannot name. */
function isUntitledHeading(body: string): boolean {
  if (!body.endsWith(':') || body.length > 40) return false;
  const words = body.slice(0, -1).trim().split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  return words.every((w) => /^[A-Z&/(]/.test(w) || HEADING_FILLER.has(w.toLowerCase()));
}

/** Boilerplate that opens the equal-opportunity part of a posting even without a heading. */
const EEO_SENTENCE_RE = /\b(?:equal (?:employment )?opportunity(?: and affirmative action)? employer|is an equal opportunity|EOE\b|affirmative action employer|without regard to (?:race|sex|age|gender|religion|color))/i;

const BULLET_PREFIX = /^(?:[•*\-o>]|\d{1,2}[.)]|[a-hA-H][.)]|\(\d{1,2}\))[ \t]{1,8}/;
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'dr', 'mr', 'ms', 'mrs', 'jr', 'sr', 'st', 'no', 'approx',
  'incl', 'min', 'max', 'yrs', 'yr', 'mo', 'dept', 'univ', 'fig', 'al', 'u.s', 'b.s', 'm.s', 'b.a', 'm.a', 'ph.d',
  'ph. d', 'b.sc', 'm.sc', 'b.e', 'm.e', 'b.tech', 'm.tech', 'd.c', 'a.s', 'a.a', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'p', 'd', 'ph',
]);

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Sentence ends inside [from, to): after . ! ? followed by space and a capital, digit or bullet. */
function sentenceBreaks(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  for (let i = from; i < to - 2; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    if (text[j] === ')' || text[j] === '"' || text[j] === "'") j++;
    if (text[j] !== ' ') continue;
    let k = j;
    while (k < to && k - j < 8 && text[k] === ' ') k++;
    if (k >= to) continue;
    const next = text.charCodeAt(k);
    const startsSentence = (next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39) || text[k] === '•';
    if (!startsSentence) continue;
    if (c === '.') {
      // The token before the period: abbreviations and initials do not end sentences.
      let w = i;
      while (w > from && w > i - 12 && (isWordChar(text.charCodeAt(w - 1)) || text[w - 1] === '.')) w--;
      const token = text.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(token) || (token.length === 1 && /[a-z]/.test(token))) continue;
      if (/^(?:[a-z]\.)+[a-z]?$/.test(token)) continue;
    }
    cuts.push(k);
  }
  return cuts;
}

interface Piece {
  start: number;
  end: number;
  bullet: boolean;
  /** Set when an inline heading was found at the start of this piece. */
  headingEnd: number;
}

/** Splits one line into pieces at inline bullets and inline headings (for postings that lost their line breaks). */
function splitLine(text: string, start: number, end: number): Piece[] {
  const cuts = new Set<number>();
  const headingAt = new Map<number, number>();
  const line = text.slice(start, end);
  for (let i = line.indexOf('•', 1); i > 0; i = line.indexOf('•', i + 1)) cuts.add(start + i);
  // "bull" is what a lost &bull; leaves behind in scraped postings.
  for (const m of line.matchAll(/ bull (?=[A-Z])/g)) cuts.add(start + m.index + 1);
  if (end - start > 120) {
    INLINE_HEADING_RE.lastIndex = 0;
    for (const m of line.matchAll(INLINE_HEADING_RE)) {
      if (m.index === 0) continue;
      cuts.add(start + m.index);
      headingAt.set(start + m.index, start + m.index + m[0].length);
    }
  }
  const points = [start, ...[...cuts].sort((a, b) => a - b), end];
  const pieces: Piece[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    let s = points[p]!;
    let e = points[p + 1]!;
    const headingEnd = headingAt.get(s) ?? -1;
    let bullet = false;
    if (text[s] === '•') {
      bullet = true;
      s++;
    } else if (text.startsWith('bull ', s) && cuts.has(s)) {
      bullet = true;
      s += 5;
    }
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) pieces.push({ start: s, end: e, bullet, headingEnd });
  }
  return pieces;
}

/** Segments normalised text into sections and units (sentences, bullets, headings). */
export function segment(norm: NormalizedText): SegmentedDoc {
  const text = norm.text;
  const sections: Section[] = [{ kind: 'intro', heading: null, start: 0, end: text.length }];
  const units: Unit[] = [];
  let lineNo = 0;

  const openSection = (kind: SectionKind, hs: number, he: number): void => {
    sections[sections.length - 1]!.end = hs;
    sections.push({ kind, heading: { start: hs, end: he }, start: hs, end: text.length });
  };
  const current = (): Section => sections[sections.length - 1]!;
  const pushUnit = (start: number, end: number, kind: Unit['kind']): void => {
    if (end <= start) return;
    const body = text.slice(start, end);
    if (kind !== 'heading' && current().kind !== 'equal-opportunity' && EEO_SENTENCE_RE.test(body)) {
      openSection('equal-opportunity', start, start);
    }
    const section = current();
    const prefCue = PREFERENCE_RE.test(body);
    const preferred = section.kind === 'preferred' ? !REQUIREMENT_RE.test(body) || prefCue : prefCue;
    units.push({ start, end, kind, sectionIndex: sections.length - 1, section: section.kind, preferred, line: lineNo });
  };

  const handlePiece = (piece: Piece): void => {
    let start = piece.start;
    const end = piece.end;
    let bullet = piece.bullet;
    const marker = BULLET_PREFIX.exec(text.slice(start, Math.min(end, start + 16)));
    if (marker) {
      bullet = true;
      start += marker[0].length;
    }
    if (start >= end) return;
    if (piece.headingEnd > 0) {
      const kind = classifyHeading(text.slice(piece.start, piece.headingEnd), true) ?? classifyHeading(text.slice(piece.start, piece.headingEnd), false);
      if (kind) {
        let he = piece.headingEnd;
        openSection(kind, piece.start, he);
        pushUnit(piece.start, he, 'heading');
        while (he < end && (text[he] === ' ' || text[he] === ':')) he++;
        start = he;
      }
    } else {
      const body = text.slice(start, end);
      const colonEnd = body.endsWith(':');
      const whole = classifyHeading(colonEnd ? body.slice(0, -1) : body, colonEnd);
      if (whole && (!bullet || colonEnd || body.length < 40)) {
        openSection(whole, start, end);
        pushUnit(start, end, 'heading');
        return;
      }
      if (!whole && isUntitledHeading(body)) {
        // A sub-heading inside a qualification section ("Programming Languages:") keeps that section's reading.
        const parent = current().kind;
        openSection(parent === 'requirements' || parent === 'preferred' ? parent : 'other', start, end);
        pushUnit(start, end, 'heading');
        return;
      }
      const colon = body.indexOf(':');
      if (colon > 0 && colon < 60 && colon < body.length - 1) {
        const kind = classifyHeading(body.slice(0, colon), true);
        if (kind) {
          openSection(kind, start, start + colon);
          pushUnit(start, start + colon + 1, 'heading');
          start += colon + 1;
          while (start < end && text[start] === ' ') start++;
        }
      }
    }
    let s = start;
    for (const cut of sentenceBreaks(text, start, end)) {
      let e = cut;
      while (e > s && text[e - 1] === ' ') e--;
      pushUnit(s, e, bullet ? 'bullet' : 'sentence');
      s = cut;
    }
    pushUnit(s, end, bullet ? 'bullet' : 'sentence');
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    if (e > s) {
      for (const piece of splitLine(text, s, e)) {
        handlePiece(piece);
        lineNo++;
      }
    }
    lineStart = lineEnd + 1;
  }
  return { norm, text, sections, units };
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
