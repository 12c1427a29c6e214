/**
 * The skill matcher's own tokenizer: NLP engines split "C++", "C#" and "Node.js", so skills are never matched on
 * their tokens. One pass over the characters; one lower-cased string per token, no per-character allocation.
 *
 * - A token is a run of letters and digits (any non-ASCII letter counts as a letter).
 * - Trailing "+" / "#" stay on a token that ends in a letter ("C++", "C#", "F#", "Notepad++").
 * - A "." that starts a word (".NET") stays on it; other dots separate tokens, so "Node.js" is `node` `js`, and
 *   aliases are tokenized the same way, which makes "Node.js", "Node js" and "node-js" one key.
 * Everything else separates tokens; the matcher reads the separators from the text when it needs them.
 */
export interface Tokens {
  count: number;
  /** Offsets into the text tokenized. */
  start: number[];
  end: number[];
  /** Lower-cased token text. */
  lower: string[];
}

function isAlnum(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

const PLUS = 0x2b;
const HASH = 0x23;
const DOT = 0x2e;

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const lower: string[] = [];
  // One native lower-casing of the range instead of one per token, where it keeps every offset in place.
  const range = text.slice(from, to);
  const lowered = range.toLowerCase();
  const lowerRange = lowered.length === range.length ? lowered : null;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let s = -1;
    if (isAlnum(code)) s = i;
    else if (code === DOT && i + 1 < to && isLetter(text.charCodeAt(i + 1)) && (i === from || !isAlnum(text.charCodeAt(i - 1)))) s = i;
    if (s < 0) {
      i++;
      continue;
    }
    let j = s + 1;
    let upper = code >= 0x41 && code <= 0x5a;
    for (let c = text.charCodeAt(j); j < to && isAlnum(c); c = text.charCodeAt(++j)) {
      if (c < 0x61 || c > 0x7a) upper = true; // digits and non-ASCII too: toLowerCase leaves them alone
    }
    // "C++", "C#": symbols glued to a final letter and not followed by a letter ("C++11" keeps "c++").
    if (j < to && isLetter(text.charCodeAt(j - 1))) {
      let k = j;
      while (k < to && k - j < 2 && (text.charCodeAt(k) === PLUS || text.charCodeAt(k) === HASH)) k++;
      if (k > j && (k >= to || !isLetter(text.charCodeAt(k)))) j = k;
    }
    start.push(s);
    end.push(j);
    if (!(upper || code > 0x7a)) lower.push(text.slice(s, j));
    else lower.push(lowerRange ? lowerRange.slice(s - from, j - from) : text.slice(s, j).toLowerCase());
    i = j;
  }
  return { count: start.length, start, end, lower };
}

const AT = 0x40;
const COLON = 0x3a;
const SLASH = 0x2f;

/** What ends an e-mail address or URL in running text: white space, brackets, quotes, commas, semicolons. */
function endsAddress(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x28 || code === 0x29 || code === 0x3c || code === 0x3e || code === 0x5b || code === 0x5d ||
    code === 0x22 || code === 0x27 || code === 0x2c || code === 0x3b || code === 0x7c ||
    code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d
  );
}

/**
 * Marks the tokens that lie inside an e-mail address, handle or URL ("jobs@acme.com", "@talent.icims.com",
 * "https://www.python.org", "www.tableau.com"): names there are addresses, not skills. One pass over the
 * characters of text[from, to); `tokens` must come from `tokenize` over the same range.
 */
export function addressTokens(text: string, tokens: Tokens, from = 0, to = text.length): Uint8Array {
  const marks = new Uint8Array(tokens.count);
  // Most postings hold no address at all: three native searches settle that without a pass of our own.
  const at = text.indexOf('@', from);
  const scheme = text.indexOf('://', from);
  const www = text.search(/www\./i);
  if ((at < 0 || at >= to) && (scheme < 0 || scheme >= to) && (www < 0 || www >= to)) return marks;
  const { start, count } = tokens;
  let t = 0;
  let chunkStart = from;
  let address = false;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 0x20;
    if (endsAddress(c)) {
      for (; t < count && start[t]! < k; t++) if (address) marks[t] = 1;
      chunkStart = k + 1;
      address = false;
      continue;
    }
    if (address) continue;
    if (c === AT) address = k + 1 < to && isAlnum(text.charCodeAt(k + 1));
    else if (c === COLON) address = k + 2 < to && text.charCodeAt(k + 1) === SLASH && text.charCodeAt(k + 2) === SLASH;
    else if (k === chunkStart && (c === 0x77 || c === 0x57)) address = k + 4 < to && text.slice(k, k + 4).toLowerCase() === 'www.';
  }
  return marks;
}
