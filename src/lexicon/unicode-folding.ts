/**
 * Typographic noise folded away before matching. Each entry maps one input character to what the matchers see;
 * the offset map keeps evidence on the original characters.
 */
const SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\u000b\u000c\u0085';
const LINE_BREAKS = '\u2028\u2029';
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\uff07';
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
// Pointing hands and heavy arrows too ("☞ Node.js", "⌲ DevOps / Cloud", SkillSpan): pictographs that open list items;
// the plain arrows "→" and "⇒" are left alone, as they also stand inside a sentence ("ETL → warehouse").
const BULLETS =
  '\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25ba\u25b8\u2023\u2043\u2219\u00b7\u27a2\u2756\u2714\u2713\u2794\u27a4\u25c6\u25c7\u2666\u25b6\uf0b7\uf0a7\uf076\uf0d8\uf0fc' +
  '\u261b\u261e\u2332\u279c\u27a1\u2b9a\u25b9\u25bb\u2726\u2727\u276f\u2611\u2705';

/**
 * The bullet of the normalised text: every bullet character of the input folds to it. A control character, which no
 * input keeps (controls fold to spaces), so it stands for bullets only; and within ASCII, so that a posting whose
 * only character past ASCII was a bullet is stored (and sliced, and matched) one byte a character, not two.
 * The internal text alone holds it: evidence is cut from the input.
 */
export const BULLET = '\u0007';
export const BULLET_CODE = 0x07;

/**
 * Windows-1252 punctuation read as Latin-1 (scraped text: "master\u0092s degree", "\u0095 Python"): the C1 control
 * codes it lands on are never text of their own, so they fold as the character they stood for.
 */
const CP1252_AS_C1: [string, string][] = [
  ['\u0082', "'"], ['\u0091', "'"], ['\u0092', "'"], ['\u0084', '"'], ['\u0093', '"'], ['\u0094', '"'],
  ['\u0096', '-'], ['\u0097', '-'], ['\u0095', BULLET],
];

const entries: [string, string][] = [...CP1252_AS_C1];
for (const c of SPACES) entries.push([c, ' ']);
for (const c of LINE_BREAKS) entries.push([c, '\n']);
for (const c of SINGLE_QUOTES) entries.push([c, "'"]);
for (const c of DOUBLE_QUOTES) entries.push([c, '"']);
for (const c of DASHES) entries.push([c, '-']);
for (const c of BULLETS) entries.push([c, BULLET]);
entries.push(
  ['\ufb00', 'ff'], ['\ufb01', 'fi'], ['\ufb02', 'fl'], ['\ufb03', 'ffi'], ['\ufb04', 'ffl'],
  ['\u2026', '...'], ['\uff0b', '+'], ['\uff03', '#'], ['\u2044', '/'], ['\uff0f', '/'], ['\u00bd', '.5'],
);
// Full-width forms of ASCII (U+FF01-FF5E, East Asian text and some copy-pasted titles): "Ｐｙｔｈｏｎ" is Python,
// "５+ years" five years. Entries above win (the full-width quotes, dash, plus, hash and slash fold the same way).
const listed = new Set(entries.map(([c]) => c));
for (let code = 0xff01; code <= 0xff5e; code++) {
  const ch = String.fromCharCode(code);
  if (!listed.has(ch)) entries.push([ch, String.fromCharCode(code - 0xfee0)]);
}
export const FOLD_CHARS: ReadonlyMap<string, string> = new Map(entries);

/** Zero-width and formatting characters that only split words when left in: inclusive ranges of UTF-16 codes. */
export const ZERO_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfe00, 0xfe0f], // variation selectors: "✔️" and "➡️" are a bullet and U+FE0F
  [0xfeff, 0xfeff],
];

export function isZeroWidth(code: number): boolean {
  for (const [from, to] of ZERO_WIDTH_RANGES) if (code >= from && code <= to) return true;
  return false;
}
