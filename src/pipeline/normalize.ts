import { decodeHTML } from 'entities';
import type { InputFormat } from '../schema.js';
import { BULLET, FOLD_CHARS, isZeroWidth, ZERO_WIDTH_RANGES } from '../lexicon/unicode-folding.js';
import { keepShape } from './kept-shapes.js';
import { copyToOutput, nextNotPlainIn, outputText, startPlainScan, writeToOutput, type PlainScan } from './plain-scan.js';

/**
 * Text prepared for matching, with a map back to the original input. The map is a list of runs: a copied run maps
 * its characters one for one, an emitted run (a decoded entity, a folded ligature, a bullet for <li>) maps each of
 * its characters to the whole input span that produced it. Evidence is always cut from `input`, never from `text`.
 */
export interface NormalizedText {
  readonly input: string;
  readonly text: string;
  readonly format: 'text' | 'html';
  /** Runs as triples (outStart, srcFrom, srcTo); srcTo is -1 for copied runs. Sorted by outStart. */
  readonly runs: readonly number[];
  readonly runCount: number;
}

/** The run holding normalised position `pos` (binary search). */
function runAt(norm: NormalizedText, pos: number): number {
  let lo = 0;
  let hi = norm.runCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (norm.runs[mid * 3]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where normalised character `pos` starts in the input. */
function sourceFrom(norm: NormalizedText, pos: number): number {
  const r = runAt(norm, pos) * 3;
  const srcFrom = norm.runs[r + 1]!;
  return norm.runs[r + 2]! < 0 ? srcFrom + (pos - norm.runs[r]!) : srcFrom;
}

/** Where normalised character `pos` ends in the input. */
function sourceTo(norm: NormalizedText, pos: number): number {
  const r = runAt(norm, pos) * 3;
  const srcTo = norm.runs[r + 2]!;
  return srcTo < 0 ? norm.runs[r + 1]! + (pos - norm.runs[r]!) + 1 : srcTo;
}

/**
 * Maps a span of normalised text to a span of the original input. Numbers, not objects, on the way, and one return:
 * V8 then allocates nothing where a caller takes the result apart (it cannot drop an object chosen among several).
 */
export function toInputSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const n = norm.text.length;
  let from = 0;
  let to = 0;
  if (n > 0) {
    const s = Math.max(0, Math.min(start, n - 1));
    if (end <= start) {
      from = to = start >= n ? norm.input.length : sourceFrom(norm, s);
    } else {
      const e = Math.max(s + 1, Math.min(end, n));
      from = sourceFrom(norm, s);
      to = Math.max(from, sourceTo(norm, e - 1));
    }
  }
  return { start: from, end: to };
}

const asciiEncoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
const asciiDecoder = typeof TextDecoder === 'function' ? new TextDecoder() : null;
/**
 * Room for the bytes of any ordinary posting (the longest corpus posting has ~10k characters). A longer text is left
 * as it is: rare, and its copy would need a buffer of its own each time.
 */
const asciiBytes = new Uint8Array(64 * 1024);

/**
 * The same ASCII text, stored one byte a character. Joined from slices of a two-byte input it stays two-byte, although
 * folding left only ASCII (250 of the 596 corpus postings): every later pass then reads twice the bytes, and
 * extraction over two-byte texts took ~14% longer than over the same texts one byte a character. A decoder makes
 * one-byte strings of ASCII bytes.
 */
function oneByteCopy(text: string): string {
  if (asciiEncoder === null || asciiDecoder === null || text.length > asciiBytes.length) return text;
  const { written } = asciiEncoder.encodeInto(text, asciiBytes);
  return asciiDecoder.decode(asciiBytes.subarray(0, written));
}

/** Grows the normalised text and its run map together. */
class TextBuilder {
  static readonly shape = keepShape(new TextBuilder(''));
  private readonly parts: string[] = [];
  length = 0;
  /**
   * A plain array, not a typed one: most documents have a few runs (median 3), and a typed array of any size worth
   * reserving is backed outside the heap, which cost ~1 us to allocate per document.
   */
  private readonly runs: number[] = [];
  private runCount = 0;
  /** The last emitted character, to avoid stacking blank lines and spaces from markup. */
  lastChar = '\n';
  /** The input holds a character past U+00FF (so V8 stores it, and every slice of it, two bytes a character). */
  sawWide = false;
  /** The text keeps a character past ASCII (copied as it stands, or emitted). */
  keepsNonAscii = false;

  /**
   * `bytesTo`: the search of a plain-text input in WebAssembly, whose memory then takes the text's bytes as well, while
   * every character written is ASCII and they fit (null from then on, and for other inputs).
   */
  constructor(
    private readonly input: string,
    private bytesTo: PlainScan | null = null,
  ) {}

  private pushRun(srcFrom: number, srcTo: number): void {
    // A copied run that continues the previous copied run extends it.
    if (srcTo < 0 && this.runCount > 0) {
      const p = (this.runCount - 1) * 3;
      if (this.runs[p + 2] === -1 && this.runs[p + 1]! + (this.length - this.runs[p]!) === srcFrom) return;
    }
    this.runs.push(this.length, srcFrom, srcTo);
    this.runCount++;
  }

  /** Copies input[from, to) unchanged, one character for one. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    if (this.bytesTo !== null && (this.keepsNonAscii || !copyToOutput(this.bytesTo, from, to, this.length))) this.bytesTo = null;
    this.pushRun(from, -1);
    this.parts.push(this.input.slice(from, to));
    this.length += to - from;
    this.lastChar = this.input[to - 1]!;
  }

  /** Emits `str`, every character of which stands for input[from, to). */
  emit(str: string, from: number, to: number): void {
    if (!str) return;
    for (let k = 0; k < str.length; k++) if (str.charCodeAt(k) >= 0x80) this.keepsNonAscii = true;
    if (this.bytesTo !== null && (this.keepsNonAscii || !writeToOutput(str, this.length))) this.bytesTo = null;
    this.pushRun(from, to);
    this.parts.push(str);
    this.length += str.length;
    this.lastChar = str[str.length - 1]!;
  }

  finish(format: 'text' | 'html'): NormalizedText {
    // The input itself when it is copied whole (in parts, around an "&" found), else the bytes written where they
    // are all there.
    let text: string;
    if (this.runCount === 1 && this.runs[2] === -1 && this.length === this.input.length) text = this.input;
    else if (this.bytesTo !== null) text = outputText(this.length);
    else {
      text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      if (this.sawWide && !this.keepsNonAscii) text = oneByteCopy(text);
    }
    return { input: this.input, text, format, runs: this.runs, runCount: this.runCount };
  }
}

// One bounded look at the start of the input: a few well-known tags or a comment mean HTML.
const HTML_SNIFF = /<(?:\/?(?:[abipu]|div|br|li|ul|ol|span|strong|em|h[1-6]|table|tr|td|th|body|html|head|section|article|font|hr|dl|dt|dd|img|meta)\b[^<>]{0,300}>|!--|!doctype)/i;

export function looksLikeHtml(input: string): boolean {
  // Every match starts with '<': text without one in the part sniffed (most plain postings) skips the regex.
  const lt = input.indexOf('<');
  if (lt < 0 || lt >= 200_000) return false;
  return HTML_SNIFF.test(input.length > 200_000 ? input.slice(0, 200_000) : input);
}

/**
 * Characters the fold loop must look at: controls (but the line break), '&', DEL and everything beyond ASCII.
 * Searched natively from the current position; only for ranges that run to the end of the input (plain text, the
 * tail of HTML), since the search does not stop at `to`.
 */
const NOT_PLAIN = /[^\n\x20-\x25\x27-\x7e]/g;

/**
 * The first position in [i, to) that is not plain printable ASCII or a line break, or `to`. `scan`: the input's bytes
 * searched by WebAssembly (plain text), read for a range that runs to the input's end, as the regex is.
 */
function nextNotPlain(input: string, i: number, to: number, scan: PlainScan | null): number {
  if (to === input.length) {
    if (scan !== null) return nextNotPlainIn(scan, input, i);
    NOT_PLAIN.lastIndex = i;
    return NOT_PLAIN.test(input) ? NOT_PLAIN.lastIndex - 1 : to;
  }
  for (; i < to; i++) {
    const code = input.charCodeAt(i);
    if ((code < 0x20 || code >= 0x7f || code === 0x26) && code !== 0x0a) return i;
  }
  return to;
}

/** Folds typographic noise for matching: each input character becomes zero, one or a few characters. */
function appendFoldedText(b: TextBuilder, input: string, from: number, to: number, decodeEntities: boolean, scan: PlainScan | null = null): void {
  let runStart = from;
  let i = from;
  for (;;) {
    // Plain printable ASCII and line breaks are the common case: they extend the run.
    i = nextNotPlain(input, i, to, scan);
    if (i >= to) break;
    const code = input.charCodeAt(i);
    if (code > 0xff) b.sawWide = true;
    // Other characters that fold to themselves (accented letters, other scripts) extend the run as well: one copy
    // per run, not one per character, keeps non-ASCII text as cheap as ASCII.
    if (code >= 0x80 && FOLD_CHANGES[code] === 0) {
      b.keepsNonAscii = true;
      i++;
      continue;
    }
    b.copy(runStart, i);
    if (code === 0x26 /* & */) {
      const end = decodeEntities ? entityEnd(input, i, to) : -1;
      if (end > 0) {
        const decoded = decodeHTML(input.slice(i, end));
        if (decoded !== input.slice(i, end)) {
          for (const ch of decoded) b.emit(foldChar(ch), i, end);
          i = end;
          runStart = i;
          continue;
        }
      }
      b.copy(i, i + 1);
      i++;
      runStart = i;
      continue;
    }
    if (code === 0x0d) {
      // \r\n and a lone \r are both one line break.
      if (input.charCodeAt(i + 1) !== 0x0a || i + 1 >= to) b.emit('\n', i, i + 1);
      i++;
      runStart = i;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // Astral characters (emoji, rare scripts) carry no requirement: one space each keeps words apart.
        b.emit(' ', i, i + 2);
        i += 2;
        runStart = i;
        continue;
      }
    }
    const folded = foldCode(code);
    if (folded === null) {
      if (code >= 0x80) b.keepsNonAscii = true;
      b.copy(i, i + 1);
    } else b.emit(folded, i, i + 1);
    i++;
    runStart = i;
  }
  b.copy(runStart, to);
}

/** 1 for each UTF-16 code that `foldChar` changes, from U+0080 on (zero-width, folded, lone surrogate), else 0. */
const FOLD_CHANGES = new Uint8Array(0x10000);
for (let c = 0xd800; c <= 0xdfff; c++) FOLD_CHANGES[c] = 1;
for (const [from, to] of ZERO_WIDTH_RANGES) FOLD_CHANGES.fill(1, from, to + 1);
/** FOLD_CHARS by code, for the characters it changes. */
const FOLD_BY_CODE = new Map<number, string>();
for (const [ch, mapped] of FOLD_CHARS) {
  if (mapped === ch) continue;
  FOLD_BY_CODE.set(ch.charCodeAt(0), mapped);
  FOLD_CHANGES[ch.charCodeAt(0)] = 1;
}

/** What `foldChar` makes of the character with this code, or null when it stays as it is. */
function foldCode(code: number): string | null {
  if (code < 0x20) return code === 0x0a ? null : ' ';
  if (code === 0x7f) return ' ';
  if (isZeroWidth(code)) return '';
  const mapped = FOLD_BY_CODE.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0xd800 && code <= 0xdfff) return ' '; // a lone surrogate
  return null;
}

function foldChar(ch: string): string {
  return foldCode(ch.charCodeAt(0)) ?? ch;
}

/** End of a well-formed entity starting at `at` (`&name;`, `&#123;`, `&#x1F;`), else -1. */
function entityEnd(input: string, at: number, limit: number): number {
  let j = at + 1;
  const max = Math.min(limit, at + 34);
  if (input[j] === '#') {
    j++;
    const hex = input[j] === 'x' || input[j] === 'X';
    if (hex) j++;
    const digitsFrom = j;
    while (j < max && (hex ? /[0-9a-f]/i.test(input[j]!) : input[j]! >= '0' && input[j]! <= '9')) j++;
    if (j === digitsFrom) return -1;
  } else {
    const nameFrom = j;
    while (j < max && /[a-z0-9]/i.test(input[j]!)) j++;
    if (j - nameFrom < 2) return -1;
  }
  return input[j] === ';' ? j + 1 : -1;
}

/**
 * Elements whose content is no text of the page, skipped to their closing tag. Not `head`: its end tag is optional, and
 * what it holds (title, script, style, meta) is handled tag by tag.
 */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'tbody', 'thead', 'section', 'article',
  'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'hr', 'dl', 'dd', 'dt', 'form', 'fieldset',
  'address', 'figure', 'figcaption', 'caption', 'center', 'body', 'html', 'details', 'summary',
]);
const CELL_TAGS = new Set(['td', 'th']);

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Text between two tags in HTML. Whitespace right after a line break is layout (the newline and indentation between
 * `</p>` and `<p>`, or between list items), not content: dropped, so that a paragraph per line reads like plain
 * lines rather than lines with blank lines between them.
 */
function appendHtmlText(b: TextBuilder, input: string, from: number, to: number): void {
  if (b.lastChar === '\n') {
    while (from < to) {
      const c = input.charCodeAt(from);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      from++;
    }
  }
  appendFoldedText(b, input, from, to, true);
}

/**
 * The next place at or after a position where a string stands, remembered: each search of a document reads the
 * text past its last find at most once, whatever the number of searches (a comment opening repeated without closers
 * would otherwise read the rest of the text once per opening).
 */
class NextIndex {
  /** The last search: where it started (-1: none yet) and what it found (-1: nothing from there on). */
  private searchedFrom = -1;
  private found = -1;
  /** `needle` as a string, or as a global regex (case-insensitive tag names). */
  constructor(
    private readonly input: string,
    private readonly needle: string | RegExp,
  ) {}

  at(pos: number): number {
    // A find at or after `pos` answers again, and so does "none" from a position at or before it.
    if (this.searchedFrom >= 0 && this.searchedFrom <= pos && (this.found < 0 || this.found >= pos)) return this.found;
    this.searchedFrom = pos;
    if (typeof this.needle === 'string') this.found = this.input.indexOf(this.needle, pos);
    else {
      this.needle.lastIndex = pos;
      this.found = this.needle.exec(this.input)?.index ?? -1;
    }
    return this.found;
  }
}

/**
 * Where the comment opening at `at` ("<!--") ends: after "-->" or "--!>", or right away for the empty "<!-->" and
 * "<!--->" (as browsers read them). A comment never closed drops only its opening up to the next ">", not the rest
 * of the posting.
 */
function commentEnd(input: string, at: number, arrow: NextIndex, bangArrow: NextIndex): number {
  if (input.startsWith('>', at + 4)) return at + 5;
  if (input.startsWith('->', at + 4)) return at + 6;
  const a = arrow.at(at + 4);
  const b = bangArrow.at(at + 4);
  if (a >= 0 && (b < 0 || a < b)) return a + 3;
  if (b >= 0) return b + 4;
  const gt = input.indexOf('>', at + 4);
  return gt < 0 ? input.length : gt + 1;
}

/**
 * Reads HTML in one pass: markup becomes line breaks and bullets, script and style vanish, entities are decoded.
 * Every scan consumes what it reads, so the time is linear even on broken or deeply nested markup.
 */
function normalizeHtml(input: string): NormalizedText {
  const b = new TextBuilder(input);
  const n = input.length;
  const lastDouble = input.lastIndexOf('"');
  const lastSingle = input.lastIndexOf("'");
  const arrow = new NextIndex(input, '-->');
  const bangArrow = new NextIndex(input, '--!>');
  // The closing tag of each skipped element, searched for as `NextIndex` does.
  const closers = new Map<string, NextIndex>();
  // The ">" after a closer: searched as `NextIndex` does too ("</script" never ended, before many openings).
  const tagClose = new NextIndex(input, '>');
  let textFrom = 0;
  let i = input.indexOf('<');
  while (i >= 0 && i < n) {
    const next = input.charCodeAt(i + 1);
    let tagEnd = -1;
    let tagName = '';
    let closing = false;
    if (input.startsWith('<!--', i)) {
      tagEnd = commentEnd(input, i, arrow, bangArrow);
    } else if (input.startsWith('<![CDATA[', i)) {
      appendHtmlText(b, input, textFrom, i);
      const close = input.indexOf(']]>', i + 9);
      const contentEnd = close < 0 ? n : close;
      appendFoldedText(b, input, i + 9, contentEnd, false);
      textFrom = close < 0 ? n : close + 3;
      i = input.indexOf('<', textFrom);
      continue;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const close = input.indexOf('>', i + 2);
      tagEnd = close < 0 ? n : close + 1;
    } else if (isAsciiLetter(next) || (next === 0x2f && isAsciiLetter(input.charCodeAt(i + 2)))) {
      closing = next === 0x2f;
      let j = i + (closing ? 2 : 1);
      const nameFrom = j;
      while (j < n && /[\da-z-]/i.test(input[j]!)) j++;
      tagName = input.slice(nameFrom, j).toLowerCase();
      // Find the closing '>' outside quoted attribute values; a quote never closed later is taken literally.
      let quote = '';
      for (; j < n; j++) {
        const c = input[j]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '>') break;
        else if ((c === '"' && j !== lastDouble) || (c === "'" && j !== lastSingle)) {
          const prev = input[j - 1];
          if (prev === '=' || prev === ' ') quote = c;
        }
      }
      tagEnd = j < n ? j + 1 : n;
    }
    if (tagEnd < 0) {
      // A '<' that starts no tag ("a < b", "<3") is text.
      i = input.indexOf('<', i + 1);
      continue;
    }
    appendHtmlText(b, input, textFrom, i);
    if (!closing && SKIP_CONTENT.has(tagName) && !input.startsWith('/>', tagEnd - 2)) {
      let closer = closers.get(tagName);
      if (closer === undefined) closers.set(tagName, (closer = new NextIndex(input, new RegExp(`</${tagName}\\b`, 'gi'))));
      const closeAt = closer.at(tagEnd);
      const close = closeAt >= 0 ? tagClose.at(closeAt) : -1;
      // Never closed (a plain-text posting that names a "<title>" tag, broken markup): only the tag is dropped, not
      // the rest of the posting.
      if (close >= 0) tagEnd = close + 1;
    } else if (tagName === 'li' && !closing) {
      b.emit(b.lastChar === '\n' ? `${BULLET} ` : `\n${BULLET} `, i, tagEnd);
    } else if (tagName === 'br' || BLOCK_TAGS.has(tagName) || tagName === 'li') {
      if (b.lastChar !== '\n') b.emit('\n', i, tagEnd);
    } else if (CELL_TAGS.has(tagName)) {
      if (b.lastChar !== ' ' && b.lastChar !== '\n') b.emit(' ', i, tagEnd);
    }
    textFrom = tagEnd;
    i = tagEnd >= n ? -1 : input.indexOf('<', tagEnd);
  }
  appendHtmlText(b, input, textFrom, n);
  return b.finish('html');
}

function normalizePlain(input: string): NormalizedText {
  const scan = startPlainScan(input);
  const b = new TextBuilder(input, scan);
  appendFoldedText(b, input, 0, input.length, true, scan);
  return b.finish('text');
}

/** Normalises plain text or HTML into matchable text with an offset map back to `input`. */
export function normalize(input: string, format: InputFormat = 'auto'): NormalizedText {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(input));
  return html ? normalizeHtml(input) : normalizePlain(input);
}
