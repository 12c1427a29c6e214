import fc from 'fast-check';
import { GOLD_LINES } from './corpus.js';

/**
 * Characters that broke other extractors or that the normaliser treats specially: NUL and other controls, CR/LF
 * mixes, zero-width and bidi controls, combining marks, RTL letters, emoji (surrogate pairs, ZWJ sequences,
 * skin tones), lone surrogates, ligatures, typographic dashes, quotes and bullets, non-breaking and wide spaces.
 */
const AWKWARD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085',
  '\u00a0', '\u00ad', '\u034f', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066',
  '\u2069', '\ufeff', '\u2028', '\u2029', '\u3000', '\u0301', '\u0308', '\u20dd', 'e\u0301', 'n\u0303',
  '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u0661\u0662', '\ud83d\ude00', '\ud83d\udc69\u200d\ud83d\udcbb',
  '\ud83d\udc4d\ud83c\udffd', '\ud83c\uddfa\ud83c\uddf8', '\ud800', '\udfff', '\udc00\ud800', '\ufb01', '\ufb03',
  '\u2013', '\u2014', '\u2212', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u25cf', '\uf0b7', '\u2026',
  '\uff0b', '\uff03', '\u00bd', '\u2044', '&', '&amp;', '&nbsp;', '&#0;', '&#x110000;', '&#xD800;', '&bull;', '<', '>',
  '+', '#', '/', '-', '.', ',', ';', ':', '(', ')', '%', '$', '5', '10+', '\u00b7',
];

/** One unit of hostile text: any code point, a lone surrogate half, or one of the awkward characters above. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_CHARS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
);

/** Any string at all: full Unicode, surrogate pairs and halves, combining marks, RTL, emoji, controls, NUL. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 300 });

/** A real line of a gold posting, sometimes cut at an arbitrary place (even inside a surrogate pair or word). */
export const corpusLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...GOLD_LINES),
  fc
    .tuple(fc.constantFrom(...GOLD_LINES), fc.nat(), fc.nat())
    .map(([line, a, b]) => line.slice(Math.min(a, b) % (line.length + 1), Math.max(a, b) % (line.length + 1) + 1)),
);

/** Real requirement text with hostile characters spliced in, so that extractors fire and offsets are stressed. */
export const textWithJunk: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: corpusLine },
      { weight: 2, arbitrary: fc.string({ unit: hostileUnit, maxLength: 8 }) },
      { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\u2022 ', '- ', '* ', '1. ', ': ', '. ') },
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

const tagName = fc.constantFrom(
  'p', 'div', 'br', 'li', 'ul', 'ol', 'span', 'b', 'strong', 'em', 'i', 'h1', 'h3', 'table', 'tr', 'td', 'th',
  'section', 'a', 'font', 'hr', 'dl', 'dt', 'dd', 'img', 'script', 'style', 'noscript', 'template', 'title', 'svg',
  'head', 'body', 'html', 'iframe', 'x-custom', 'P', 'LI', 'Br',
);

const attrValue = fc.oneof(
  fc.constantFrom('', 'x', 'a > b', "it's", 'say "hi"', '<li>', '&amp;', '\u2022 Python'),
  fc.string({ unit: hostileUnit, maxLength: 6 }),
);

const attribute = fc.oneof(
  attrValue.map((v) => ` class="${v}"`),
  attrValue.map((v) => ` title='${v}'`),
  attrValue.map((v) => ` data-x=${v}`),
  fc.constantFrom(' disabled', ' href="https://example.com/?a=1&b=2"', ' style="color:red', " alt='unclosed", ' ="', " ='", ' /'),
);

const openTag = fc
  .tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', '', '>>'))
  .map(([name, attrs, close]) => `<${name}${attrs.join('')}${close}`);

const closeTag = fc.tuple(tagName, fc.constantFrom('>', ' >', '')).map(([name, close]) => `</${name}${close}`);

const markupNoise = fc.constantFrom(
  '<!-- a comment -->', '<!--', '-->', '<!-- <p>hidden</p> -->', '<![CDATA[5+ years of Python]]>', '<![CDATA[',
  ']]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<!>', '</>', '<>', '< p>', '<3', 'a < b', 'x > y', '<<<', '>>>',
  '&lt;li&gt;', '&amp;amp;', '&bull;', '&nbsp;&nbsp;', '&#8226;', '&#x2022;', '&#128512;', '&#0;', '&#x110000;',
  '&#xD800;', '&notanentity;', '&;', '&#;', '&#x;', '&amp', '&lt', 'bull Python', '<script>if (a<b) {}</script>',
  '<style>p{}</style>', '<script>', '</script>', '<br>', '<br/>', '<hr>', '<li>', '</li>', '<td>', '</td>',
);

/** HTML-ish text: real posting lines inside balanced or unbalanced tags, entity soup, quotes, comments, CDATA. */
export const htmlish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: corpusLine },
      { weight: 3, arbitrary: openTag },
      { weight: 2, arbitrary: closeTag },
      { weight: 2, arbitrary: markupNoise },
      { weight: 1, arbitrary: fc.string({ unit: hostileUnit, maxLength: 6 }) },
    ),
    { maxLength: 30 },
  )
  // A leading tag makes auto-detection read it as HTML most of the time; the rest still goes through the text path.
  .chain((parts) => fc.constantFrom('<div>', '<p>', '', '<ul><li>').map((lead) => lead + parts.join('')));
