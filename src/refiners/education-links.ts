import type { DegreeMention } from '../extractors/degree.js';
import type { DegreeLevel } from '../schema.js';
import type { ExperienceFigure } from '../extractors/experience.js';
import { NUMBER_WORD_PATTERN } from '../lexicon/numbers.js';

/** Degree mentions joined by connectors only: "BS/MS/PhD", "Bachelor's or Master's degree", "Masters (PhD)". */
export interface DegreeGroup {
  start: number;
  end: number;
  mentions: DegreeMention[];
}

export interface YearsPair {
  group: DegreeGroup;
  figure: ExperienceFigure;
  /** The years of each level of the group the text asks for (negated mentions left out). */
  levels: { level: DegreeLevel; years: number }[];
}

/**
 * The years per level: the figure for every level, or its alternatives in order when they match the levels one
 * to one ("Bachelor's or Master's degree with 5+ or 3+ years, respectively" = bachelor 5, master 3).
 */
function yearsPerLevel(group: DegreeGroup, figure: ExperienceFigure): YearsPair['levels'] {
  // The distinct levels asked, in the order of their first mention.
  const levels: DegreeLevel[] = [];
  for (const m of group.mentions) if (!m.negated && !levels.includes(m.level)) levels.push(m.level);
  const alt = figure.alternatives;
  if (alt && alt.length === levels.length) return levels.map((level, i) => ({ level, years: alt[i]! }));
  return levels.map((level) => ({ level, years: figure.minYears }));
}

const CONNECTOR_GAP_RE = /^(?:'s|s'|s)?[\s/,&()'-]{0,6}(?:(?:degrees?|or|and|and\/or|an?|the|higher|above|e\.g\.|level)[\s/,&()'-]{1,6}){0,4}$/i;

/** Joins degree mentions of one unit into coordinated groups. */
export function groupDegrees(text: string, mentions: readonly DegreeMention[]): DegreeGroup[] {
  const groups: DegreeGroup[] = [];
  for (const m of mentions) {
    // Never groups[-1]: a negative index makes V8's element load megamorphic (a named '-1' lookup).
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined;
    if (last && m.start - last.end <= 30 && CONNECTOR_GAP_RE.test(text.slice(last.end, m.start))) {
      last.mentions.push(m);
      last.end = m.end;
    } else groups.push({ start: m.start, end: m.end, mentions: [m] });
  }
  return groups;
}

/** Where a degree's subject list stops: a clause break, "or equivalent experience", or a years figure. */
const ZONE_END_RE = new RegExp(
  `;|(?<!\\b[A-Za-z])\\.\\s|\\.$|\\b(?:with|by|using|applying|augmented|for(?!\\s{1,2}(?:example|instance)\\b)|which|who|where|that)\\b|(?<!\\b(?:studies|study|training|coursework|education)\\s{1,2})\\bor\\s{1,2}(?:an?\\s{1,2})?(?:[a-z-]{1,20}\\s{1,2}){0,2}experience\\b|\\b(?:and|with|plus)\\s{1,3}(?:(?:at least|a minimum of|minimum of|minimum|over|more than)\\s{1,2})?(?:\\d|${NUMBER_WORD_PATTERN})\\b`,
  'i',
);
const MAX_ZONE = 320;
/** ZONE_END_RE at one position. */
const ZONE_END_AT = new RegExp(ZONE_END_RE.source, 'iy');
/**
 * The first two letters of the words ZONE_END_RE starts with (with, which, who, where, by, using, applying,
 * augmented, for, that, or, and, plus), lower-cased, by (first << 7 | second).
 */
const ZONE_END_FIRST_PAIRS = new Uint8Array(1 << 14);
for (const p of ['wi', 'wh', 'by', 'us', 'ap', 'au', 'fo', 'th', 'or', 'an', 'pl']) ZONE_END_FIRST_PAIRS[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = 1;

/** Right after the degree: "('s) (degree)". */
const BARE_DEGREE_LEAD_RE = /^(?:'?s)?\s{0,2}(?:degrees?\s{0,2})?$/i;
const OR_EXPERIENCE_RE = /^or\s/i;
const IN_AFTER_RE = /^\s{1,2}in\s/i;

/**
 * A zone end at slice[at, end) that is "or equivalent experience" right after a bare degree and before "in": the
 * subjects follow it ("Bachelor's degree or equivalent experience in Scientific, Informatics, Computer Science").
 */
function subjectsAfterEquivalent(slice: string, at: number, end: number): boolean {
  return OR_EXPERIENCE_RE.test(slice.slice(at, at + 3)) && IN_AFTER_RE.test(slice.slice(end, end + 5)) && BARE_DEGREE_LEAD_RE.test(slice.slice(0, at));
}

/**
 * End of the education zone that starts at `from` and may run to `limit` (the next degree group, a figure, or the
 * unit end).
 */
export function zoneEnd(text: string, from: number, limit: number): number {
  const cap = Math.min(limit, from + MAX_ZONE);
  let slice: string | undefined;
  // The first match of ZONE_END_RE in the slice [from, cap), tested (sticky) only where one can start: at ";" or
  // ".", or at a word start (no [A-Za-z0-9_] before it in the slice, as \b asks) whose first two letters begin one
  // of its words. The characters are read from `text` itself.
  let prevWord = false;
  for (let i = from; i < cap; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    const word = (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
    if (c === 0x3b || c === 0x2e || (word && !prevWord && ZONE_END_FIRST_PAIRS[((lower & 0x7f) << 7) | ((text.charCodeAt(i + 1) | 0x20) & 0x7f)] === 1)) {
      ZONE_END_AT.lastIndex = i - from;
      if (ZONE_END_AT.test((slice ??= text.slice(from, cap))) && !subjectsAfterEquivalent(slice, i - from, ZONE_END_AT.lastIndex)) return i;
    }
    prevWord = word;
  }
  return cap;
}

/**
 * The gap between a group and the figure after it opens an alternative: "Bachelor's degree or 1+ years". "or
 * (foreign) equivalent" names the same degree, no other path: "Master of Science degree or foreign equivalent in
 * Chemistry ... and 2 years" is one pair.
 */
const ALTERNATIVE_BEFORE_FIGURE_RE = /^(?:'?s)?\s{0,2}(?:degrees?\s{0,2})?,?\s{0,2}or\b(?!\s{1,2}(?:an?\s{1,2})?(?:foreign\s{1,2})?equivalent\b(?!\s{1,2}(?:[a-z]{1,15}\s{1,2})?experience))|(?:^|[,;\s])or,?\s{1,3}(?:(?:at least|a minimum of|minimum of|minimum|more than|over|greater than|[>≥])\s{0,3})?$/i;
/**
 * In a run-on unit (a list that lost its breaks), the gap between a group and a figure (either first) where a new item
 * opens: words only, none of them a link ("Completed bachelors or masters study in the technical field 3+ years of
 * experience as a developer"). LABELLING rule 18 pairs only a degree and a figure one sentence links.
 */
const RUN_ON_GAP_RE =
  /^(?:'?s)?(?:\s{1,2}(?!(?:with|and|plus|having|including|along|alongside|or|also|after|following|post|additional|minimum|min|least|preferably|ideally|requires?|required|w|over|than|who|which|that|beyond|since|holding|holds?|completing|completed|for|postdoctoral|post-doctoral|postgraduate|post-graduate)\b)[a-z][\w'’-]{0,25}){1,12}\s{1,2}$/i;
/** A new sentence in the gap, its subject the candidate: "... a PE in civil engineering You have ... ( +10years )". */
const NEW_SENTENCE_IN_GAP_RE = /[a-z,]\s{1,2}(?:You|We)\s/;
/**
 * A figure that opens a new item, capitalised after a lower-case word, with no stop between (breaks lost, in any unit):
 * "High School Diploma GED or equivalent certification At least 7 years", "... equivalent experience Minimum 3 years".
 */
const NEW_ITEM_BEFORE_FIGURE_RE = /[a-z](?<!\b(?:[Ww]ith|[Aa]nd|[Pp]lus|[Oo]r|[Hh]aving|[Ii]ncluding|[Rr]equires?|[Rr]equired|w|[Oo]f|[Ff]or|[Bb]y))\s{1,2}(?:At\s{1,2}least|Minimum(?:\s{1,2}of)?|Min\.?|Over|More\s{1,2}than)\s{1,2}$/;
/** The gap before a group that opens an alternative: "..., Masters with 5 years", "... or PhD with 2 years". */
const ALTERNATIVE_BEFORE_GROUP_RE = /(?:,|\bor)\s{0,2}(?:an?\s{1,2})?$/i;
/**
 * Substitutions are not pairings (LABELLING rule 18): "a Master's may substitute for two years", "16 years of work
 * experience (which can include years spent earning advanced degrees)".
 */
/** ".", ";" or a line break. */
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x3b || c === 0x0a;
/** After the last figure only the words of a substitution itself count ("credit risk modeling" is no credit). */
const TAIL_SUBSTITUTION_RE = /\b(?:substitut\w{0,4}|in lieu|in place of)\b/i;
/** How far past a segment's last figure a substitution is read. */
const SUBSTITUTION_TAIL = 60;
const SUBSTITUTION_RE =
  /\b(?:substitut\w{0,4}|in lieu|in place of|credit|equivalent to|counts? as|count toward|(?:can|may) include|years spent|spent (?:earning|in|on|pursuing))\b/i;

/**
 * The parentheses [open, close] around [start, end) on the same line, if any: scans at most 160 characters each
 * way. "Bachelor Degree required (advanced degree preferred) ... plus 5 years": an aside is not the main clause.
 */
function parenthesesAround(text: string, start: number, end: number): [number, number] | null {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 160); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28) {
      open = i;
      break;
    }
    if (c === 0x29 || c === 0x0a) return null;
  }
  if (open < 0) return null;
  for (let i = end; i < Math.min(text.length, end + 160); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return [open, i];
    if (c === 0x28 || c === 0x0a) return null;
  }
  return null;
}

/** Words that make a length in parentheses the experience's: "professional experience (3 years)". */
const EXPERIENCE_WORD_RE = /\b(?:experience|work|working|employment|practice|industry|professional|postdoc|post-?doctoral)\b/i;
/** Only a length in years inside the parentheses: "( 3 or 5 years )", "(4-year)". */
const LENGTH_ONLY_RE = /^\(\s{0,2}\d{1,2}\s{0,2}(?:(?:or|to|-|–)\s{0,2}\d{1,2}\s{0,2})?[- ]?(?:years?|yrs?)\.?\s{0,2}\)$/i;

/**
 * The figure is how long a degree takes, in parentheses of its own after it: "B.S or M.S degree in Computer Science or
 * a related technical field ( 3 or 5 years )". No experience is asked there; after experience named it is its length
 * ("Master's degree and professional experience (3 years)").
 */
function isDegreeLength(text: string, group: DegreeGroup, figure: ExperienceFigure): boolean {
  const aside = parenthesesAround(text, figure.start, figure.end);
  if (aside === null || aside[0] < group.end || !LENGTH_ONLY_RE.test(text.slice(aside[0], aside[1] + 1))) return false;
  return !EXPERIENCE_WORD_RE.test(text.slice(group.end, aside[0]));
}

interface Item {
  start: number;
  end: number;
  group?: DegreeGroup;
  figure?: ExperienceFigure;
}

/** For groups or figures with nothing to pair: only read. */
const NO_PAIRS: readonly YearsPair[] = [];

/**
 * Pairs each degree group with the years figure of its own alternative (LABELLING rule 18): "BS + 5 or MS + 3",
 * "PhD with 2+ years", "5-7 years ... has a Master's". Alternatives are split at ";", at "or"/"," before a
 * degree, and at "or" between a degree and a figure ("Bachelor's degree or 1+ years" is no pair).
 */
export function pairYearsWithDegrees(text: string, groups: readonly DegreeGroup[], figures: readonly ExperienceFigure[], runOnUnit = false): readonly YearsPair[] {
  if (groups.length === 0 || figures.length === 0) return NO_PAIRS;
  // "6+ years of experience without a graduate degree": a degree the candidate need not have takes no figure.
  const items: Item[] = [];
  for (const group of groups) if (group.mentions.some((m) => !m.negated)) items.push({ start: group.start, end: group.end, group });
  if (items.length === 0) return NO_PAIRS;
  for (const figure of figures) items.push({ start: figure.start, end: figure.end, figure });
  items.sort((a, b) => a.start - b.start);
  const pairs: YearsPair[] = [];
  let unpaired: Set<ExperienceFigure> | undefined;
  // Segments [from, i) of the items, cut where a gap opens another alternative.
  let from = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length) {
      const item = items[i]!;
      const prev = items[i - 1]!;
      const gap = text.slice(prev.end, item.start);
      const breaks =
        /;|(?<!\b[a-z])\.\s/i.test(gap) ||
        (item.group !== undefined && ALTERNATIVE_BEFORE_GROUP_RE.test(gap)) ||
        (item.figure !== undefined && prev.group !== undefined && ALTERNATIVE_BEFORE_FIGURE_RE.test(gap)) ||
        (item.group !== undefined && prev.figure !== undefined && /\bor\b/i.test(gap) && /\bor\s{1,2}(?:an?\s{1,2})?$/i.test(gap));
      // A figure that opens a new item of a run-on list is nobody's: not the group before it, nor one after it.
      // So is one that a run-on list's new item follows ("3 years experience as a fullstack engineer B.S or M.S").
      const figure = item.figure ?? prev.figure;
      // Only in a run-on unit: in a sentence, "BS degree 5 years experience or MS degree 3 years" pairs.
      const runOn =
        !breaks && runOnUnit && figure !== undefined && (item.group ?? prev.group) !== undefined && (RUN_ON_GAP_RE.test(gap) || NEW_SENTENCE_IN_GAP_RE.test(gap));
      const newItem = !breaks && item.figure !== undefined && prev.group !== undefined && NEW_ITEM_BEFORE_FIGURE_RE.test(gap);
      if (newItem || runOn || (item.figure !== undefined && prev.group !== undefined && isDegreeLength(text, prev.group, item.figure))) (unpaired ??= new Set()).add(figure!);
      if (!breaks && !runOn && !newItem) continue;
    }
    pairSegment(text, items, from, i, pairs, unpaired);
    from = i;
  }
  return pairs;
}

/** Pairs the groups and figures of the segment items[from, to) (see pairYearsWithDegrees), onto `pairs`. */
function pairSegment(text: string, items: readonly Item[], from: number, to: number, pairs: YearsPair[], unpaired: ReadonlySet<ExperienceFigure> | undefined): void {
  let groupCount = 0;
  for (let k = from; k < to; k++) if (items[k]!.group) groupCount++;
  // A segment of groups alone or figures alone pairs nothing.
  if (groupCount === 0 || groupCount === to - from) return;
  // "(10 years of additional relevant experience may be substituted for education)": the words after the last
  // figure count too, up to the end of its sentence.
  const lastEnd = items[to - 1]!.end;
  let tailEnd = lastEnd;
  while (tailEnd < text.length && tailEnd < lastEnd + SUBSTITUTION_TAIL && !isSentenceEnd(text.charCodeAt(tailEnd))) tailEnd++;
  if (SUBSTITUTION_RE.test(text.slice(items[from]!.start, lastEnd)) || TAIL_SUBSTITUTION_RE.test(text.slice(lastEnd, tailEnd))) return;
  // "2 years (PhD) or 6 years (MS/BS)": a figure with its own degree in parentheses right after it is that
  // degree's, not the figure of a group before it.
  let qualified: Set<ExperienceFigure> | undefined;
  for (let k = from; k + 1 < to; k++) {
    const figure = items[k]!.figure;
    const next = items[k + 1]!.group;
    if (!figure || !next) continue;
    const aside = parenthesesAround(text, next.start, next.end);
    if (aside && aside[0] >= figure.end && /^\s{0,2}$/.test(text.slice(figure.end, aside[0]))) (qualified ??= new Set()).add(figure);
  }
  // A group takes the first figure after it; a group with none after it takes the figure before it, unless an
  // earlier group already took that one ("BA/BS alongside 4-6 years ... (MA/MS preferred)").
  let claimed: Set<ExperienceFigure> | undefined;
  let waiting: number[] | undefined;
  for (let k = from; k < to; k++) {
    const group = items[k]!.group;
    if (!group) continue;
    // A degree in parentheses qualifies what comes before it ("2-3 years (Master's Degree)"); it does not take
    // a figure of the main clause after the parentheses ("Bachelor required (advanced degree preferred) ... 5 years").
    const aside = parenthesesAround(text, group.start, group.end);
    let after: ExperienceFigure | undefined;
    for (let j = k + 1; j < to && after === undefined; j++) {
      const figure = items[j]!.figure;
      if (figure && (aside !== null || !qualified?.has(figure)) && !unpaired?.has(figure)) after = figure;
    }
    if (after && (!aside || after.end <= aside[1])) {
      pairs.push({ group, figure: after, levels: yearsPerLevel(group, after) });
      (claimed ??= new Set()).add(after);
    } else (waiting ??= []).push(k);
  }
  for (const k of waiting ?? []) {
    const group = items[k]!.group!;
    let before: ExperienceFigure | undefined;
    for (let j = k - 1; j >= from && before === undefined; j--) before = items[j]!.figure;
    if (before && !claimed?.has(before) && !unpaired?.has(before)) pairs.push({ group, figure: before, levels: yearsPerLevel(group, before) });
  }
}
