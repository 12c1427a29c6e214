import type {
  DegreeFinding,
  EducationExperienceResult,
  ExperienceFinding,
  FieldFinding,
  SegmentedDoc,
  YearsByDegreeFinding,
} from '../extractors/types.js';
import { DEGREE_OPENINGS, findDegreeMentions } from '../extractors/degree.js';
import { FIGURE_OPENING, TAGGED_AFTER_RE, findExperienceFigures, type ExperienceFigure } from '../extractors/experience.js';
import { findFieldMentions, hasRelatedFieldPhrase, type FieldMention } from '../extractors/field.js';
import { FIELDS_IMPLIED_BY_DEGREE, FIELD_LIST_HEADING_RE, FIELD_ZONE_CLOSERS, FIELD_ZONE_OPENERS } from '../lexicon/fields.js';
import { RUN_ON_UNIT, clauseReader, type ClauseReader } from './clauses.js';
import { triggeredUnits } from './education-triggers.js';
import { OPENS, Openings, UNIT_WORDS, UnitWords, plainPrefixes, releaseSharedGrowth, type OpenedUnitView } from './unit-words.js';
import { groupDegrees, pairYearsWithDegrees, zoneEnd, type DegreeGroup } from './education-links.js';
import { minimumYears, type MinYearsFigure, type UnpairedDegree } from './min-years.js';
import { isAsciiLetter, isWhiteSpace } from '../taxonomy/tokenize.js';
import { BULLET_CODE } from '../lexicon/unicode-folding.js';
import { keepShape, NO_DOCUMENT } from '../pipeline/kept-shapes.js';

/** Sections whose degrees and years are not asked of the candidate (tuition benefits, company history, EEO). */
const SKIPPED_SECTIONS = new Set(['benefits', 'equal-opportunity', 'about']);
/**
 * A unit that asks something of the candidate, in the candidate's voice, wherever the segmenter put it ("Who We
 * Want" under a benefits heading: "For this position you must have, at least 10 years of ... experience").
 */
const ASKS_CANDIDATE_RE =
  /\b(?:you (?:must|will need|need|should have|have|bring)|must (?:have|possess|hold)|candidates?|applicants?|required|requires?|at least|minimum|preferred)\b/i;
const COMPANY_VOICE_RE = /\b(?:we|we're|we've|our|us)\b/i;
/** A unit that states another path than the one before it: "Or in the alternative, a Master's degree ...". */
// eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
const ALTERNATIVE_UNIT_RE = /^[\s\-\x07*+]{0,4}(?:or|alternatively|otherwise)\b|\bin the alternative\b/i;
/** Its first half, for a unit without the word "alternative": only the unit's start is read. */
// eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
const ALTERNATIVE_OPENING_RE = /^[\s\-\x07*+]{0,4}(?:or|alternatively|otherwise)\b/i;
/** A unit after a line that ends in "or" ("PhD and 3 years, or" / "· OR"). */
const OR_AT_END_RE = /\bor[\s,;:.]{0,4}$/i;
/**
 * ALTERNATIVE_OPENING_RE may match: after at most four of its leading characters (white space, "-", the bullet, "*",
 * "+"), "or" / "ot(herwise)" / "al(ternatively)" opens the text, in any case. A character beyond ASCII may be white
 * space: the pattern is asked then.
 */
function mayOpenWithAlternative(unitText: string): boolean {
  for (let i = 0; i < 5 && i < unitText.length; i++) {
    const c = unitText.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2d || c === BULLET_CODE || c === 0x2a || c === 0x2b) continue;
    if (c >= 0x80) return true;
    const first = c | 0x20;
    const second = i + 1 < unitText.length ? unitText.charCodeAt(i + 1) | 0x20 : 0;
    return (first === 0x6f && (second === 0x72 || second === 0x74)) || (first === 0x61 && second === 0x6c);
  }
  return false;
}

/** OR_AT_END_RE may match before `pos`: an "r" of "or" stands within the 5 characters before it. */
function mayEndInOr(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - 5; i--) if ((text.charCodeAt(i) | 0x20) === 0x72) return true;
  return false;
}

/** Units about paying for someone's studies, wherever the segmenter put them. */
const BENEFIT_RE =
  /\b(?:tuition|reimburse\w{0,6}|education(?:al)? assistance|scholarships?|student loans?|parental leave|paid time off|paid leave|vacation|sabbatical|401\(?k\)?)\b/i;
/** Exported for the law test of its word gate (test/extract/unit-words-gates.test.ts). */
export const OR_EQUIVALENT_RE =
  /\bor\s{1,2}(?:an?\s{1,2})?(?:equivalent|comparable|relevant|related|specialized|practical|commensurate)\s{1,2}(?:[a-z-]{1,20}\s{1,2}){0,2}experience|equivalent combination of|\bor\s{1,2}(?:the\s{1,2})?equivalent\s{0,2}(?:$|[.;,)])|\bin lieu of\b|experience may substitute|or\s{1,2}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten)\+?\s{1,2}years/i;
/** Before a degree that experience may replace: naming it so asks for nothing ("experience ... in lieu of an advanced degree"). */
export const REPLACED_DEGREE_BEFORE_RE = /\b(?:in lieu of|in place of|instead of|substitut\w{0,4} for|replace)\s{1,2}(?:(?:an?|the|their|a\s{1,2}completed)\s{1,2})?$/i;
/** Zone openers and closers tested (sticky) at the unit's word starts only, where a global scan would match. */
const OPENER_AT = new RegExp(`\\b(?:${FIELD_ZONE_OPENERS.join('|')})\\b`, 'iy');
const CLOSER_AT = new RegExp(`\\b(?:${FIELD_ZONE_CLOSERS.join('|')})\\b`, 'iy');
/**
 * What the readers at word starts look for, read once per start of a triggered unit: the degree forms and their
 * context words, years figures, and the zone openers and closers by their first four letters. Exported for the law
 * test of the screens (test/extract/word-openings.test.ts).
 */
export const OPENINGS = new Openings([
  ...DEGREE_OPENINGS,
  FIGURE_OPENING,
  { bit: OPENS.zoneOpener, quads: plainPrefixes(FIELD_ZONE_OPENERS) },
  { bit: OPENS.zoneCloser, quads: plainPrefixes(FIELD_ZONE_CLOSERS) },
]);

/**
 * The matches of the sticky `re` that a global scan of the unit's text finds, tested only at its word starts
 * (see `UnitWords.startsIn`) where the OPENS bit `bit` is lit; pushes each match's start and end (slice offsets) to
 * `found`. No such pattern matches empty text.
 */
function scanAtStarts(re: RegExp, bit: number, unit: OpenedUnitView, found: number[]): void {
  const { slice, start: unitStart, starts, opens, startCount } = unit;
  if ((unit.opensAny & bit) === 0) return;
  let from = 0;
  for (let k = 0; k < startCount; k++) {
    if ((opens[k]! & bit) === 0) continue;
    const at = starts[k]! - unitStart;
    if (at < from) continue;
    re.lastIndex = at;
    if (!re.test(slice)) continue;
    from = re.lastIndex;
    found.push(at, from);
  }
}

/**
 * Between two field names in a list, or between the last one and "degree": "Math, Physics or CS degree", "Computer
 * Engineering or an equivalent engineering degree".
 */
const FIELD_LIST_GAP_RE = /^[\s,/&]{0,4}(?:(?:or|and|and\/or|a|an|equivalent|similar|comparable|other|related)[\s,/&]{1,4}){0,3}$/i;
/** Degrees between a subject list in parentheses and the closer: "(Engineering or Computer Science) BS/MS degree". */
const DEGREES_AFTER_SUBJECTS_RE = /^\s{0,2}\)\s{0,2}(?:(?:[BM]\.?Sc?\.?|[BM]\.?A\.?|[BM]\.?Eng\.?|Ph\.?\s?D\.?|Bachelor(?:'?s)?|Master(?:'?s)?)(?:\s{0,2}(?:\/|,|or|and)\s{0,2}|\s{1,2})){1,3}$/i;
/** "Computer Science related degree", "Math-focused background": the word between the last field and the closer. */
const QUALIFIER_BEFORE_CLOSER_RE = /[\s-]{1,2}(?:related|focused|oriented|based)\s{1,2}$/i;

/** Lead-in lines that make the list under them a preference (LABELLING rule 19: "The ideal candidate will have:"). */
const PREFERENCE_LEAD_IN_RE =
  /\b(?:ideal(?:ly)?|nice to have|bonus|a plus|preferred|desired|desirable|(?:would|we'd|we’d|wed) love(?! to hear from you)|stands? out|above and beyond|sets? (?:you|yourself|candidates?) apart|improves? your chances)\b/i;
/** A line that introduces the list under it: "Requirements:", "You'll go above and beyond ... if you...". */
const LEAD_IN_END_RE = /(?::|\.{3}|\u2026)\s{0,2}$/;
/** The longest text LEAD_IN_END_RE can match: it is tested on the line's last characters only. */
const LEAD_IN_END_SPAN = 5;

/** LEAD_IN_END_RE may match [start, end): a ":", "." or "…" stands in its last 3 characters (2 spaces may follow it). */
function mayEndLeadIn(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && i >= end - 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0x2e || c === 0x2026) return true;
  }
  return false;
}

/** The section `hasIdealHeading` answered for last, and its answer: most units asked about follow one another. */
let idealHeadingDoc: SegmentedDoc | null = null;
let idealHeadingSection = -1;
let idealHeadingAnswer = false;

/** Whether section `sectionIndex` of `doc` is headed "The ideal candidate", "Ideally, you have". */
function hasIdealHeading(doc: SegmentedDoc, sectionIndex: number): boolean {
  if (doc !== idealHeadingDoc || sectionIndex !== idealHeadingSection) {
    const heading = doc.sections[sectionIndex]?.heading;
    idealHeadingAnswer = heading !== undefined && heading !== null && /\bideal(?:ly)?\b/i.test(doc.text.slice(heading.start, heading.end));
    idealHeadingDoc = doc;
    idealHeadingSection = sectionIndex;
  }
  return idealHeadingAnswer;
}

/**
 * The reading of a unit whose clause has no cue: preferred sections, "The ideal candidate" headings, and lists
 * under a lead-in line such as "The ideal candidate will possess the following qualities:".
 */
function sectionDefault(doc: SegmentedDoc, u: number): boolean {
  const unit = doc.units[u]!;
  if (unit.section === 'preferred') return false;
  if (hasIdealHeading(doc, unit.sectionIndex)) return false;
  for (let i = u - 1; i >= 0 && i >= u - 15; i--) {
    const prev = doc.units[i]!;
    if (prev.sectionIndex !== unit.sectionIndex || prev.kind === 'heading') break;
    // Preference wording wins over "minimum" in the lead-in ("go above and beyond our minimum qualifications").
    if (mayEndLeadIn(doc.text, prev.start, prev.end) && LEAD_IN_END_RE.test(doc.text.slice(Math.max(prev.start, prev.end - LEAD_IN_END_SPAN), prev.end))) {
      return !PREFERENCE_LEAD_IN_RE.test(doc.text.slice(prev.start, prev.end));
    }
  }
  return true;
}

/**
 * The end of a unit, extended into the next one when a line was broken mid-sentence ("psychology,\n statistics",
 * "Bachelor's\n degree in a science discipline preferred").
 */
function zoneLimit(doc: SegmentedDoc, u: number): number {
  const unit = doc.units[u]!;
  const next = doc.units[u + 1];
  if (!next || next.sectionIndex !== unit.sectionIndex) return unit.end;
  const head = doc.text.charCodeAt(next.start);
  // Only a next unit that starts in lower case continues this one: the tail need not be read otherwise.
  if (!(head >= 0x61 && head <= 0x7a)) return unit.end;
  const tail = doc.text.slice(Math.max(unit.start, unit.end - 6), unit.end);
  // "Ph.D.\nin chemistry": a dot after a one-letter abbreviation part ends no sentence.
  const endsInAbbreviation = /(?:^|[^a-z])[a-z]\.$/i.test(tail);
  return /(?:,|\bor|\band|\/)\s{0,2}$/i.test(tail) || !/[.;:!?]$/.test(tail) || endsInAbbreviation ? next.end : unit.end;
}

/** Field names right before "degree" / "background": "a Computer Science degree", "Math or Statistics background". */
function fieldsBeforeClosers(unit: OpenedUnitView): ReturnType<typeof findFieldMentions> {
  const { text, start } = unit;
  const out: ReturnType<typeof findFieldMentions> = [];
  const found = emptied(scratchMatches);
  scanAtStarts(CLOSER_AT, OPENS.zoneCloser, unit, found);
  for (let k = 0; k < found.length; k += 2) {
    const closer = start + found[k]!;
    // The window opens at a word's start ("l Engineering" is no word).
    let windowStart = Math.max(start, closer - 90);
    while (windowStart > start && isAsciiLetter(text.charCodeAt(windowStart - 1))) windowStart--;
    // A name that opens a cut window may be the tail of a longer one ("Electrical |Engineering"): the list stops there.
    let firstWord = windowStart > start ? windowStart : -1;
    while (firstWord >= 0 && firstWord < closer && isWhiteSpace(text.charCodeAt(firstWord))) firstWord++;
    const mentions = findFieldMentions(text, windowStart, closer);
    let edge = closer;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const f = mentions[i]!;
      if (f.start <= firstWord) break;
      const gap = text.slice(f.end, edge);
      const listed =
        edge === closer ? FIELD_LIST_GAP_RE.test(gap.replace(QUALIFIER_BEFORE_CLOSER_RE, ' ')) || DEGREES_AFTER_SUBJECTS_RE.test(gap) : FIELD_LIST_GAP_RE.test(gap);
      if (!listed) break;
      out.push(f);
      edge = f.start;
    }
  }
  return out;
}

/**
 * What one unit reads as, each part worked out on first use (most triggered units yield nothing and need none):
 * a class rather than closures, which would be made again for every unit.
 */
class UnitReadings {
  static readonly shape = keepShape(new UnitReadings(NO_DOCUMENT, 0, '', 0, UnitWords.shape));
  private fallbackValue: boolean | undefined;
  private benefitValue: boolean | undefined;
  private unitReader: ClauseReader | undefined;
  private zoneReader: ClauseReader | undefined;
  private limitValue = -1;

  constructor(
    private readonly doc: SegmentedDoc,
    private readonly u: number,
    private readonly unitText: string,
    private readonly unitWords: number,
    private readonly words: UnitWords,
  ) {}

  /** The unit's end, extended by `zoneLimit` (worked out on first use: units without zones never need it). */
  get limit(): number {
    if (this.limitValue < 0) this.limitValue = zoneLimit(this.doc, this.u);
    return this.limitValue;
  }

  /** The reading of a unit whose clause has no cue. */
  fallback(): boolean {
    return (this.fallbackValue ??= sectionDefault(this.doc, this.u));
  }

  isBenefit(): boolean {
    // Every benefit word is a UNIT_WORDS.benefit word: a unit without one is no benefit.
    return (this.benefitValue ??= (this.unitWords & UNIT_WORDS.benefit) !== 0 && BENEFIT_RE.test(this.unitText));
  }

  readUnit(pos: number): boolean | null {
    const unit = this.doc.units[this.u]!;
    return (this.unitReader ??= clauseReader(this.doc.text, unit.start, unit.end, this.unitWords)).read(pos);
  }

  /** The reading within the unit extended by `zoneLimit`. */
  readZone(pos: number): boolean | null {
    const unit = this.doc.units[this.u]!;
    if (this.limit === unit.end) return this.readUnit(pos);
    return (this.zoneReader ??= clauseReader(this.doc.text, unit.start, this.limit, this.words.kindsIn(unit.start, this.limit))).read(pos);
  }
}

/** A parenthesised aside right after a degree and before "in": "degree (may be substituted by experience) in". */
const ASIDE_AFTER_DEGREE_RE = /^(?:'?s)?\s{0,2}(?:(?:or\s{1,2}higher\s{1,2})?degrees?\s{0,2})?\([^()]{1,120}\)(?=\s{0,2}in\s)/i;
/** How far ASIDE_AFTER_DEGREE_RE reads. */
const ASIDE_SPAN = 160;

/**
 * What may stand between a degree and a ";" that only separates it from its subjects: "Bachelor's Degree;",
 * "Bachelor's degree from four-year college or university;".
 */
const BARE_DEGREE_TAIL_RE =
  /^(?:'?s)?\s{0,2}(?:degrees?)?\s{0,2}(?:from\s{1,2}(?:an?\s{1,2})?(?:accredited\s{1,2}|(?:four|4)[ -]year\s{1,2})?(?:college|university|institution)(?:\s{1,2}or\s{1,2}(?:college|university))?)?\s{0,2}$/i;

/**
 * A line of subjects alone, ending in "or a related field", right after a degree: "Bachelor's required, Masters
 * preferred.\nApplied statistics, Computer Science, business analytics or a related field."
 */
/** Exported, with its screen, for the law test of the screen (test/extract/unit-words-gates.test.ts). */
export const SUBJECT_LIST_END_RE = /[\s,]{1,3}(?:or|and|and\/or)\s{1,2}(?:an?\s{1,2}|other\s{1,2}|another\s{1,2}|any\s{1,2})?(?:closely\s{1,2})?related\s{1,2}(?:fields?|disciplines?|areas?|majors?|subjects?)(?:\s{1,2}of\s{1,2}study)?\s{0,2}\.?\s{0,2}$/i;
const SUBJECT_LIST_MAX = 200;
/** The nouns SUBJECT_LIST_END_RE ends with. */
const SUBJECT_LIST_NOUNS = new Set(['field', 'fields', 'discipline', 'disciplines', 'area', 'areas', 'major', 'majors', 'subject', 'subjects', 'study']);

/**
 * SUBJECT_LIST_END_RE may match [start, end) of `text`: after at most five characters of white space and one ".",
 * the text ends in one of its nouns (the ASCII letters before them taken whole: the pattern puts white space before
 * the noun). A character beyond ASCII there may be white space: the pattern is asked then.
 */
export function mayEndSubjectList(text: string, start: number, end: number): boolean {
  let i = end;
  let dots = 0;
  for (; i > start; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0x80) return true;
    if (c === 0x2e) dots++;
    else if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d))) break;
    if (dots > 1 || end - i >= 5) return false;
  }
  let wordStart = i;
  while (wordStart > start && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  return i - wordStart <= 11 && i - wordStart >= 4 && SUBJECT_LIST_NOUNS.has(text.slice(wordStart, i).toLowerCase());
}

function subjectListAfter(
  doc: SegmentedDoc,
  u: number,
  level: FieldFinding['degreeLevel'],
  words: UnitWords,
  addField: AddField,
): void {
  const unit = doc.units[u]!;
  const next = doc.units[u + 1];
  if (!next || next.kind === 'heading' || next.sectionIndex !== unit.sectionIndex || next.end - next.start > SUBJECT_LIST_MAX) return;
  const { text } = doc;
  if (!mayEndSubjectList(text, next.start, next.end)) return;
  const slice = text.slice(next.start, next.end);
  const tail = SUBJECT_LIST_END_RE.exec(slice);
  if (!tail) return;
  const listEnd = next.start + tail.index;
  const mentions = findFieldMentions(text, next.start, listEnd);
  // eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
  if (mentions.length === 0 || !/^[\s\-\x07*]{0,4}$/.test(text.slice(next.start, mentions[0]!.start))) return;
  // Only subjects: every gap a list gap, and nothing after the last one.
  for (let i = 1; i < mentions.length; i++) if (!FIELD_LIST_GAP_RE.test(text.slice(mentions[i - 1]!.end, mentions[i]!.start))) return;
  if (mentions[mentions.length - 1]!.end !== listEnd) return;
  addFieldsOfUnit(doc, u + 1, mentions, level, words, addField);
}

type AddField = (id: string, start: number, end: number, level: FieldFinding['degreeLevel'], required: boolean) => void;

/** Adds field mentions that all lie in unit `u`, each read required or preferred there. */
function addFieldsOfUnit(doc: SegmentedDoc, u: number, mentions: readonly FieldMention[], level: FieldFinding['degreeLevel'], words: UnitWords, addField: AddField): void {
  if (mentions.length === 0) return;
  const unit = doc.units[u]!;
  const readings = new UnitReadings(doc, u, doc.text.slice(unit.start, unit.end), words.kindsIn(unit.start, unit.end), words);
  for (const f of mentions) addField(f.id, f.start, f.end, level, readings.readUnit(f.start) ?? readings.fallback());
}

/** Before or after a figure: years on top of another figure ("an additional 4 years", "4 years of additional ..."). */
const ADDITIONAL_BEFORE_RE = /\b(?:additional|extra|further)\s{1,2}$/i;
const ADDITIONAL_AFTER_RE = /^\s{1,2}(?:of\s{1,2})?(?:additional|more|extra|further)\b/i;

function isAdditionalFigure(text: string, figure: ExperienceFigure, unitStart: number, unitEnd: number): boolean {
  return (
    ADDITIONAL_BEFORE_RE.test(text.slice(Math.max(unitStart, figure.start - 14), figure.start)) ||
    ADDITIONAL_AFTER_RE.test(text.slice(figure.end, Math.min(unitEnd, figure.end + 20)))
  );
}

/** An "or" stands between `figure` and a figure of the unit's pairs: it states another path. */
function orBesidePairedFigure(text: string, figure: ExperienceFigure, pairs: readonly { figure: ExperienceFigure }[]): boolean {
  for (const { figure: other } of pairs) {
    const between = other.start > figure.end ? text.slice(figure.end, other.start) : text.slice(other.end, figure.start);
    if (/\bor\b/i.test(between)) return true;
  }
  return false;
}

/** Match bounds of `scanAtStarts`, reused (start, end pairs). */
const scratchMatches: number[] = [];
/** A unit's zone bounds and opener ends, reused from unit to unit (nothing keeps them past their unit). */
const scratchCovered: number[] = [];
const scratchOpenerEnds: number[] = [];

/** `list` emptied. Setting an array's length calls into the runtime: skipped where it is empty already, as it mostly is. */
function emptied(list: number[]): number[] {
  if (list.length !== 0) list.length = 0;
  return list;
}

const NO_FIELDS: readonly FieldMention[] = [];
const NO_BLOCKS: ReadonlySet<number> = new Set();

/** The start of the first figure at or after `pos`, or `otherwise`. */
function nextFigureStart(figures: readonly ExperienceFigure[], pos: number, otherwise: number): number {
  for (const f of figures) if (f.start >= pos) return f.start;
  return otherwise;
}

/** The lengths and first letters (lower case) of the forms in FIELDS_IMPLIED_BY_DEGREE: other forms need no lookup. */
const IMPLIED_FORM_MIN = Math.min(...[...FIELDS_IMPLIED_BY_DEGREE.keys()].map((k) => k.length));
const IMPLIED_FORM_MAX = Math.max(...[...FIELDS_IMPLIED_BY_DEGREE.keys()].map((k) => k.length));
const IMPLIED_FORM_FIRST = new Set([...FIELDS_IMPLIED_BY_DEGREE.keys()].map((k) => k.charCodeAt(0)));

function mayImplyField(form: string): boolean {
  return form.length >= IMPLIED_FORM_MIN && form.length <= IMPLIED_FORM_MAX && IMPLIED_FORM_FIRST.has(form.charCodeAt(0) | 0x20);
}

/** Up to this many fields found in a posting, a repeat is found by a list search; past it, by a Set. */
const FIELD_LIST_SEARCH_MAX = 32;

/** For units without pairs: only read (the loop that fills them runs over the pairs). */
const NO_PAIRED_FIGURES: ReadonlyMap<ExperienceFigure, DegreeGroup> = new Map();
const NO_PAIRED_GROUPS: ReadonlySet<DegreeGroup> = new Set();

function allNegated(group: DegreeGroup): boolean {
  for (const m of group.mentions) if (!m.negated) return false;
  return true;
}

export function analyseEducationAndExperience(doc: SegmentedDoc): EducationExperienceResult {
  const { text } = doc;
  const degrees: DegreeFinding[] = [];
  const fields: FieldFinding[] = [];
  const experience: ExperienceFinding[] = [];
  const yearsByDegree: YearsByDegreeFinding[] = [];
  const yearFigures: MinYearsFigure[] = [];
  const additionalFigures: MinYearsFigure[] = [];
  const unpairedDegrees: UnpairedDegree[] = [];
  // Made on first use: most postings state no alternative.
  let alternativeBlocks: Set<number> | undefined;
  // A field id at a start is kept once: found by a list search while the list is short, by a Set of keys past that.
  let seenField: Set<string> | undefined;
  const addField = (id: string, start: number, end: number, level: FieldFinding['degreeLevel'], required: boolean): void => {
    if (seenField === undefined) {
      for (const f of fields) if (f.start === start && f.id === id) return;
      if (fields.length >= FIELD_LIST_SEARCH_MAX) {
        seenField = new Set(fields.map((f) => `${f.id}:${f.start}`));
        seenField.add(`${id}:${start}`);
      }
    } else {
      const key = `${id}:${start}`;
      if (seenField.has(key)) return;
      seenField.add(key);
    }
    fields.push({ id, start, end, degreeLevel: level, required });
  };

  const words = new UnitWords(doc, OPENINGS);
  // One view for the document, filled in for each unit (its readers keep none of it).
  const view: OpenedUnitView = { text, start: 0, end: 0, slice: '', starts: words.starts, startCount: 0, opens: words.opens, opensAny: 0 };
  for (const u of triggeredUnits(doc)) {
    const unit = doc.units[u]!;
    if (unit.kind === 'heading') {
      // "Preferred Majors:" over "Computer Science, Electrical Engineering, Physics": the line under it is a zone.
      const next = doc.units[u + 1];
      if (next && next.kind !== 'heading' && !SKIPPED_SECTIONS.has(next.section) && FIELD_LIST_HEADING_RE.test(text.slice(unit.start, unit.end))) {
        addFieldsOfUnit(doc, u + 1, findFieldMentions(text, next.start, zoneEnd(text, next.start, next.end)), null, words, addField);
      }
      continue;
    }
    const unitText = text.slice(unit.start, unit.end);
    if (SKIPPED_SECTIONS.has(unit.section) && !(ASKS_CANDIDATE_RE.test(unitText) && !COMPANY_VOICE_RE.test(unitText))) continue;
    // The unit's word starts, what may open at each, and the kinds of its words (kindsIn), in one reading.
    const startCount = words.startsIn(unit.start, unit.end);
    const unitWords = words.startsKinds;
    const readings = new UnitReadings(doc, u, unitText, unitWords, words);
    view.start = unit.start;
    view.end = unit.end;
    view.slice = unitText;
    view.starts = words.starts;
    view.startCount = startCount;
    view.opens = words.opens;
    view.opensAny = words.opensAny;
    const foundMentions = findDegreeMentions(view);
    const foundFigures = findExperienceFigures(view);
    const mentions = foundMentions.length > 0 && readings.isBenefit() ? [] : foundMentions;
    const figures: ExperienceFigure[] = foundFigures.length > 0 && readings.isBenefit() ? [] : foundFigures;
    const groups = groupDegrees(text, mentions);
    const orEquivalent = mentions.length > 0 && (unitWords & UNIT_WORDS.orEquivalent) !== 0 && OR_EQUIVALENT_RE.test(unitText);

    // Education zones: each degree group up to the next group or figure; level-less openers ("degree in X").
    // The zones of the unit's degree groups, as (start, end) pairs.
    const covered = emptied(scratchCovered);
    const limit = groups.length > 0 ? readings.limit : unit.end;
    for (let gi = 0; gi < groups.length; gi++) {
      const group = groups[gi]!;
      const nextGroup = groups[gi + 1]?.start ?? limit;
      const nextFigure = nextFigureStart(figures, group.end, limit);
      const zoneLimitHere = Math.min(nextGroup, nextFigure, limit);
      let end = zoneEnd(text, group.end, zoneLimitHere);
      // "Master's or higher degree (may be substituted by relevant work experience) in applied mathematics": an aside
      // right after the degree, with no subject in it, ends no zone (its "by" would).
      // The aside may hold the years figure that limits the zone ("Master degree (with 2+ years of experience) in
      // Bioinformatics"): past the aside, the zone runs to the next figure after it.
      const aside = end < Math.min(nextGroup, limit) ? ASIDE_AFTER_DEGREE_RE.exec(text.slice(group.end, Math.min(nextGroup, limit, group.end + ASIDE_SPAN))) : null;
      if (aside && findFieldMentions(text, group.end, group.end + aside[0].length).length === 0) {
        const asideEnd = group.end + aside[0].length;
        end = zoneEnd(text, asideEnd, Math.min(nextGroup, nextFigureStart(figures, asideEnd, limit), limit));
      }
      // "Bachelor's Degree; Statistics, Computer Science, Economics": the subjects after a bare degree and ";".
      if (end + 1 < zoneLimitHere && text.charCodeAt(end) === 0x3b && BARE_DEGREE_TAIL_RE.test(text.slice(group.end, end))) {
        // Only a list of subjects follows so ("; Statistics, Computer Science"), not one word of another clause
        // ("; Marketing experience a plus").
        const after = zoneEnd(text, end + 1, zoneLimitHere);
        if (findFieldMentions(text, end + 1, after).length >= 2) end = after;
      }
      covered.push(group.start, end);
      const ids: string[] = [];
      const level = group.mentions[0]!.level;
      // A field is asked as its degree is: "Master's in CS or Statistics; PhD preferred" keeps CS required.
      const groupReading = readings.readZone(group.start) ?? readings.fallback();
      for (const f of findFieldMentions(text, group.end, end)) {
        ids.push(f.id);
        addField(f.id, f.start, f.end, level, readings.readZone(f.start) ?? groupReading);
      }
      for (const mention of group.mentions) {
        const implied = mayImplyField(mention.form) ? FIELDS_IMPLIED_BY_DEGREE.get(mention.form.toLowerCase()) : undefined;
        if (implied) {
          ids.push(implied);
          addField(implied, mention.start, mention.end, mention.level, readings.readZone(mention.start) ?? readings.fallback());
        }
      }
      const related = hasRelatedFieldPhrase(text, group.end, end);
      const last = group.mentions[group.mentions.length - 1]!;
      for (const mention of group.mentions) {
        // "Masters, MPH or PhD degree preferred": a list item without its own noun shares the reading of the last.
        const replaced = (unitWords & UNIT_WORDS.replaced) !== 0 && REPLACED_DEGREE_BEFORE_RE.test(text.slice(Math.max(unit.start, mention.start - 40), mention.start));
        let reading = replaced ? false : readings.readZone(mention.start);
        if (reading === null && mention !== last && !/^(?:'?s)?\s{0,2}(?:degrees?\b|in\s)/i.test(text.slice(mention.end, mention.end + 12))) {
          reading = readings.readZone(last.start);
        }
        degrees.push({
          start: mention.start,
          end: mention.end,
          level: mention.level,
          required: reading ?? readings.fallback(),
          negated: mention.negated,
          orEquivalent,
          fields: [...ids],
          relatedFieldFlag: related,
        });
      }
    }
    if (groups.length > 0) subjectListAfter(doc, u, groups[groups.length - 1]!.mentions[0]!.level, words, addField);
    const openerEnds = emptied(scratchOpenerEnds);
    // Openers and closers are zone words: a unit without one holds neither.
    const zoneWords = (unitWords & UNIT_WORDS.zone) !== 0;
    if (zoneWords) {
      const found = emptied(scratchMatches);
      scanAtStarts(OPENER_AT, OPENS.zoneOpener, view, found);
      for (let k = 1; k < found.length; k += 2) openerEnds.push(unit.start + found[k]!);
    }
    const closerFields = zoneWords ? fieldsBeforeClosers(view) : NO_FIELDS;
    if ((openerEnds.length > 0 || closerFields.length > 0) && !readings.isBenefit()) {
      for (const from of openerEnds) {
        let inZone = false;
        for (let k = 0; k < covered.length; k += 2) if (from > covered[k]! && from <= covered[k + 1]!) inZone = true;
        if (inZone) continue;
        const nextFigure = nextFigureStart(figures, from, readings.limit);
        const end = zoneEnd(text, from, Math.min(nextFigure, readings.limit));
        for (const f of findFieldMentions(text, from, end)) addField(f.id, f.start, f.end, null, readings.readUnit(f.start) ?? readings.fallback());
      }
      for (const f of closerFields) {
        let owner: DegreeGroup | undefined;
        for (const g of groups) {
          if (f.start >= g.start && f.start <= g.end + 40) {
            owner = g;
            break;
          }
        }
        addField(f.id, f.start, f.end, owner?.mentions[0]?.level ?? null, readings.readUnit(f.start) ?? readings.fallback());
      }
    }

    const pairs = pairYearsWithDegrees(text, groups, figures, unit.end - unit.start > RUN_ON_UNIT);
    // Most units pair nothing: no map or set for them.
    let pairedFigures = NO_PAIRED_FIGURES;
    let pairedGroups = NO_PAIRED_GROUPS;
    if (pairs.length > 0) {
      const figuresMap = new Map<ExperienceFigure, DegreeGroup>();
      const groupsSet = new Set<DegreeGroup>();
      for (const { group, figure } of pairs) {
        figuresMap.set(figure, group);
        groupsSet.add(group);
      }
      pairedFigures = figuresMap;
      pairedGroups = groupsSet;
    }
    for (const { group, figure, levels } of pairs) {
      const required = readings.readUnit(group.start) ?? readings.fallback();
      for (const { level, years } of levels) {
        yearsByDegree.push({
          start: Math.min(group.start, figure.start),
          end: Math.max(group.end, figure.end),
          level,
          years,
          required,
        });
      }
    }
    for (const figure of figures) {
      const group = pairedFigures.get(figure);
      // A tag opens with "(" right after the figure (or one space on): the pattern runs only then.
      const tag = (text.charCodeAt(figure.end) === 0x28 || text.charCodeAt(figure.end + 1) === 0x28 || text.charCodeAt(figure.end + 2) === 0x28) ? TAGGED_AFTER_RE.exec(text.slice(figure.end, Math.min(unit.end, figure.end + 14))) : null;
      const required = tag ? /required/i.test(tag[0]) : (readings.readUnit(figure.start) ?? readings.fallback());
      experience.push({
        start: figure.start,
        end: figure.end,
        minYears: figure.minYears,
        maxYears: figure.maxYears,
        subject: figure.subject,
        degreeLevel: group?.mentions[0]?.level ?? null,
        required,
      });
      const alternative = group === undefined && pairs.length > 0 ? orBesidePairedFigure(text, figure, pairs) : undefined;
      const yearFigure = { minYears: figure.minYears, required, unit: u, block: unit.sectionIndex, paired: group !== undefined, alternative };
      // "4 years of additional experience may be substituted for the degree" adds to another path (LABELLING 17).
      if ((unitWords & UNIT_WORDS.additional) !== 0 && isAdditionalFigure(text, figure, unit.start, unit.end)) additionalFigures.push(yearFigure);
      else yearFigures.push(yearFigure);
    }
    const alternativeUnit = (unitWords & UNIT_WORDS.alternative) !== 0 ? ALTERNATIVE_UNIT_RE.test(unitText) : mayOpenWithAlternative(unitText) && ALTERNATIVE_OPENING_RE.test(unitText);
    if (alternativeUnit || (u > 0 && mayEndInOr(text, unit.start) && OR_AT_END_RE.test(text.slice(Math.max(0, unit.start - 12), unit.start)))) {
      (alternativeBlocks ??= new Set()).add(unit.sectionIndex);
    }
    for (const group of groups) {
      if (pairedGroups.has(group) || allNegated(group)) continue;
      unpairedDegrees.push({ required: readings.readUnit(group.start) ?? readings.fallback(), block: unit.sectionIndex });
    }
  }
  // An additional figure counts where its block states no other ("4 years of additional relevant experience" alone).
  if (additionalFigures.length > 0) {
    const blocks = new Set(yearFigures.map((g) => g.block));
    for (const f of additionalFigures) if (!blocks.has(f.block)) yearFigures.push(f);
  }
  idealHeadingDoc = null; // the document is not kept past its analysis
  releaseSharedGrowth();
  return { degrees, fields, experience, yearsByDegree, minYears: minimumYears(yearFigures, unpairedDegrees, alternativeBlocks ?? NO_BLOCKS) };
}
