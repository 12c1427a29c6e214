import { DEGREE_LEVELS, RequirementsSchema, type Evidence, type Requirements } from '../../src/index.js';

/** Every evidence span of a result with a label saying where it sits, for messages that point at the culprit. */
export function evidenceOf(result: Requirements): { where: string; evidence: Evidence; hit: boolean }[] {
  const out: { where: string; evidence: Evidence; hit: boolean }[] = [];
  const add = (where: string, evidence: Evidence, hit = true): void => {
    out.push({ where, evidence, hit });
  };
  result.degrees.forEach((h, i) => add(`degrees[${i}]`, h.evidence));
  result.fields.forEach((h, i) => add(`fields[${i}]`, h.evidence));
  result.experience.forEach((h, i) => add(`experience[${i}]`, h.evidence));
  result.yearsByDegree.forEach((h, i) => add(`yearsByDegree[${i}]`, h.evidence));
  result.skills.forEach((h, i) => {
    add(`skills[${i}] (${h.id})`, h.evidence);
    h.mentions.forEach((m, k) => add(`skills[${i}].mentions[${k}] (${h.id})`, m.evidence));
  });
  result.communication.forEach((h, i) => add(`communication[${i}]`, h.evidence));
  result.meta.sections.forEach((s, i) => {
    if (s.heading) add(`meta.sections[${i}].heading`, s.heading, false);
  });
  return out;
}

/** True when the string holds a surrogate half without its partner (String#isWellFormed, which ES2022 lacks). */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const rank = (level: string): number => (DEGREE_LEVELS as readonly string[]).indexOf(level);
const sortedUnique = <T extends string>(xs: T[]): T[] => [...new Set(xs)].sort((a, b) => rank(a) - rank(b));

/**
 * Returns the broken laws of one result as readable lines (empty when lawful):
 * the result parses with RequirementsSchema; every evidence span is `input.slice(start, end) === text`, in bounds,
 * not empty for a hit, and never splits a surrogate pair of well-formed input; and the summary agrees with the hits.
 */
export function brokenLaws(input: string, result: Requirements): string[] {
  const problems: string[] = [];
  const parsed = RequirementsSchema.safeParse(result);
  if (!parsed.success) {
    problems.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return problems;
  }
  if (result.meta.inputLength !== input.length) problems.push(`meta.inputLength ${result.meta.inputLength} != ${input.length}`);

  const wellFormed = !hasLoneSurrogate(input);
  for (const { where, evidence, hit } of evidenceOf(result)) {
    const { start, end, text } = evidence;
    if (start > end || end > input.length) problems.push(`${where}: span [${start}, ${end}) outside input of length ${input.length}`);
    else if (input.slice(start, end) !== text) {
      problems.push(`${where}: input.slice(${start}, ${end}) = ${JSON.stringify(input.slice(start, end))} but text = ${JSON.stringify(text)}`);
    }
    if (hit && start === end) problems.push(`${where}: empty evidence at ${start}`);
    if (wellFormed && hasLoneSurrogate(text)) problems.push(`${where}: evidence ${JSON.stringify(text)} splits a surrogate pair`);
  }
  for (const [i, s] of result.meta.sections.entries()) {
    if (s.start > s.end || s.end > input.length) problems.push(`meta.sections[${i}]: [${s.start}, ${s.end}) outside input`);
    // An untitled section says so with null (the schema's contract), not with a heading of no text.
    if (s.heading && s.heading.start === s.heading.end) problems.push(`meta.sections[${i}] (${s.kind}): an empty heading, not null`);
  }

  // The only strings cut from the normalised text, not the input: they never hold its bullet (a control character)
  // nor any other control but white space.
  for (const [i, x] of result.experience.entries()) {
    // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
    if (x.subject !== null && /[\x00-\x08\x0e-\x1f\x7f]/.test(x.subject)) problems.push(`experience[${i}].subject ${JSON.stringify(x.subject)} holds a control character`);
  }

  const { summary } = result;
  const asked = result.degrees.filter((d) => !d.negated);
  const expectLevels = sortedUnique(asked.map((d) => d.level));
  const expectRequired = sortedUnique(asked.filter((d) => d.required).map((d) => d.level));
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (!same(summary.degreeLevels, expectLevels)) {
    problems.push(`summary.degreeLevels ${JSON.stringify(summary.degreeLevels)} != non-negated degree hits ${JSON.stringify(expectLevels)}`);
  }
  if (!same(summary.requiredDegreeLevels, expectRequired)) {
    problems.push(`summary.requiredDegreeLevels ${JSON.stringify(summary.requiredDegreeLevels)} != required degree hits ${JSON.stringify(expectRequired)}`);
  }
  if (summary.minimumDegree !== (expectLevels[0] ?? null)) {
    problems.push(`summary.minimumDegree ${summary.minimumDegree} != lowest degree hit ${expectLevels[0] ?? null}`);
  }
  const fieldIds = [...new Set(result.fields.map((f) => f.id))].sort();
  if (!same([...summary.fields].sort(), fieldIds) || new Set(summary.fields).size !== summary.fields.length) {
    problems.push(`summary.fields ${JSON.stringify(summary.fields)} != field hits ${JSON.stringify(fieldIds)}`);
  }
  // minYears is one of the stated figures (LABELLING.md rule 17 picks a path, it never invents a number).
  const figures = [...result.experience.map((x) => x.minYears), ...result.yearsByDegree.map((y) => y.years)];
  if (summary.minYears !== null && !figures.includes(summary.minYears)) {
    problems.push(`summary.minYears ${summary.minYears} is none of the stated figures ${JSON.stringify(figures)}`);
  }
  const pairKeys = (ys: { level: string; years: number }[]): string[] => [...new Set(ys.map((y) => `${y.level}:${y.years}`))].sort();
  if (!same(pairKeys(summary.yearsByDegree), pairKeys(result.yearsByDegree)) || pairKeys(summary.yearsByDegree).length !== summary.yearsByDegree.length) {
    problems.push(`summary.yearsByDegree ${JSON.stringify(summary.yearsByDegree)} != yearsByDegree hits ${JSON.stringify(pairKeys(result.yearsByDegree))}`);
  }
  if (new Set(summary.skills).size !== summary.skills.length) problems.push(`summary.skills has duplicates: ${JSON.stringify(summary.skills)}`);
  for (const s of result.skills) {
    if (!summary.skills.includes(s.id)) problems.push(`skill hit ${s.id} missing from summary.skills`);
  }
  if (new Set(result.skills.map((s) => s.id)).size !== result.skills.length) problems.push('two skill hits share an id');
  if (summary.communication !== result.communication.length > 0) {
    problems.push(`summary.communication ${summary.communication} but ${result.communication.length} communication hits`);
  }
  return problems;
}
