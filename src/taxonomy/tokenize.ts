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
    const token = text.slice(s, j);
    lower.push(upper || code > 0x7a ? token.toLowerCase() : token);
    i = j;
  }
  return { count: start.length, start, end, lower };
}
