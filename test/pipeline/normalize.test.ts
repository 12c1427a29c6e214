import { describe, expect, it } from 'vitest';
import { looksLikeHtml, normalize, toInputSpan } from '../../src/pipeline/normalize.js';
import { extractRequirements } from '../../src/index.js';
import { BULLET } from '../../src/lexicon/unicode-folding.js';

/** The input text behind the first occurrence of `needle` in the normalised text. */
function inputBehind(input: string, needle: string, format: 'auto' | 'text' | 'html' = 'auto'): string {
  const n = normalize(input, format);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(n.text)}`).toBeGreaterThanOrEqual(0);
  const span = toInputSpan(n, at, at + needle.length);
  return input.slice(span.start, span.end);
}

describe('normalize: HTML', () => {
  const html =
    '<div><h3>Requirements</h3><ul><li>BS in Computer Science</li><li>3+ years of Python &amp; SQL</li></ul>' +
    '<script>var x = "Java";</script><style>.a{}</style><!-- TensorFlow --><p>Benefits&nbsp;include 401(k)</p></div>';

  it('turns list items into bullets on their own lines and drops script, style and comments', () => {
    const { text, format } = normalize(html);
    expect(format).toBe('html');
    expect(text).toContain(`\n${BULLET} BS in Computer Science`);
    expect(text).toContain(`\n${BULLET} 3+ years of Python & SQL`);
    expect(text).not.toContain('Java');
    expect(text).not.toContain('TensorFlow');
    expect(text).not.toContain('<');
    expect(text).toContain('Benefits include 401(k)');
  });

  it('maps a span over a decoded entity back to the entity in the input', () => {
    expect(inputBehind(html, 'Python & SQL')).toBe('Python &amp; SQL');
    expect(inputBehind(html, 'Benefits include')).toBe('Benefits&nbsp;include');
  });

  it('ignores ">" inside quoted attribute values', () => {
    const { text } = normalize('<p><a title="x > y" href=\'a>b\'>Apache Spark</a></p>', 'html');
    expect(text.trim()).toBe('Apache Spark');
  });

  it('keeps a "<" that opens no tag as text', () => {
    const { text } = normalize('<p>latency < 5 ms and 3<5</p>', 'html');
    expect(text).toContain('latency < 5 ms and 3<5');
  });

  it('keeps CDATA content and survives unclosed comments and tags', () => {
    expect(normalize('<p><![CDATA[Scala & Spark]]></p>', 'html').text).toContain('Scala & Spark');
    expect(normalize('<p>Python</p><!-- never closed', 'html').text.trim()).toBe('Python');
    expect(normalize('<p>Python</p><div class="x', 'html').text.trim()).toBe('Python');
  });

  // A reviewer's cases: each dropped every requirement after the markup.
  const BODY = '<p>Requirements:</p><ul><li>BS in Computer Science</li><li>3+ years of Python and SQL</li></ul>';
  it.each([
    ['a <head> never closed (its end tag is optional)', `<html><head><meta charset="utf-8"><title>DS</title><body>${BODY}`],
    ['the empty comment "<!-->"', `<p>Intro</p><!-->${BODY}`],
    ['the empty comment "<!--->"', `<p>Intro</p><!--->${BODY}`],
    ['a comment closed by "--!>"', `<p>Intro</p><!-- x --!>${BODY}`],
    ['a comment never closed, before the body', `<p>Intro</p><!-- never closed ${BODY}`],
    ['a <script> never closed', `<p>Intro</p><script>var a = 1; ${BODY}`],
    ['a <title> never closed', `<p>Intro</p><title>Data Scientist ${BODY}`],
  ])('keeps the text after %s', (_name, input) => {
    const { text } = normalize(input, 'html');
    expect(text).toContain(`${BULLET} BS in Computer Science`);
    expect(text).toContain(`${BULLET} 3+ years of Python and SQL`);
  });

  it('still drops what comments, titles and scripts that are closed hold, and the head\'s title', () => {
    const { text } = normalize(`<html><head><title>Senior DS</title><script>Java</script></head><body><!-- Scala -->${BODY}</body></html>`, 'html');
    expect(text).not.toMatch(/Senior DS|Java|Scala/);
    expect(text).toContain(`${BULLET} 3+ years of Python and SQL`);
  });

  it('a plain-text posting that names HTML tags keeps its requirements', () => {
    const posting = "Front-End Developer\nRequirements:\n- Knowledge of <title> and <meta> tags for SEO\n- 3+ years of JavaScript and React\n- Bachelor's degree in Computer Science";
    const { text } = normalize(posting);
    expect(text).toContain('3+ years of JavaScript and React');
    expect(text).toContain("Bachelor's degree in Computer Science");
  });

  it('detects HTML only from real tags', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Line one<br/>line two')).toBe(true);
    expect(looksLikeHtml('Salary < $100k and bonus > 10%')).toBe(false);
    expect(looksLikeHtml('Use C++ <templates> and R&D')).toBe(false);
  });
});

describe('normalize: Unicode folding with offsets', () => {
  it('folds smart quotes, dashes and NBSP one for one', () => {
    const input = 'Master\u2019s degree\u00a0and 3\u20135 years \u201cPython\u201d';
    const { text } = normalize(input);
    expect(text).toBe('Master\'s degree and 3-5 years "Python"');
    expect(inputBehind(input, "Master's degree")).toBe('Master\u2019s degree');
  });

  it('folds Windows-1252 punctuation read as C1 controls (SkillSpan postings), keeping the original span', () => {
    const input = 'You have a relevant financial master\u0092s degree\n\u0095 Python \u0096 and \u0093SQL\u0094';
    const { text } = normalize(input);
    expect(text).toBe(`You have a relevant financial master's degree\n${BULLET} Python - and "SQL"`);
    expect(inputBehind(input, "master's degree")).toBe('master\u0092s degree');
    const r = extractRequirements(input);
    expect(r.summary.degreeLevels).toEqual(['master']);
    expect(r.summary.skills).toEqual(['python', 'sql']);
  });

  it('removes zero-width characters and soft hyphens, keeping the original span', () => {
    const input = 'Experience with Py\u200bthon and Ten\u00adsor\u200dFlow';
    const { text } = normalize(input);
    expect(text).toBe('Experience with Python and TensorFlow');
    expect(inputBehind(input, 'Python')).toBe('Py\u200bthon');
    expect(inputBehind(input, 'TensorFlow')).toBe('Ten\u00adsor\u200dFlow');
  });

  it('expands ligatures and maps every letter back to the ligature', () => {
    const input = 'degree in \ufb01nance';
    expect(normalize(input).text).toBe('degree in finance');
    expect(inputBehind(input, 'finance')).toBe('\ufb01nance');
  });

  it('turns CRLF and lone CR into one line break and exotic bullets into the canonical one', () => {
    expect(normalize('a\r\nb\rc').text).toBe('a\nb\nc');
    expect(normalize('\u25aa SQL\n\u27a2 Tableau').text).toBe(`${BULLET} SQL\n${BULLET} Tableau`);
  });

  it('folds every bullet to one canonical bullet within ASCII, which no input character folds to otherwise', () => {
    // Within ASCII, so that a posting whose only characters past ASCII are bullets keeps a text of one byte a
    // character; a control character, which the input never keeps, so that it stands for bullets alone.
    expect(BULLET.charCodeAt(0)).toBeLessThan(0x20);
    for (const bullet of ['\u2022', '\u00b7', '\u25aa', '\u25cf', '\uf0b7', '\u0095', '\u261e', '\u2332', '\u27a1', '\u2705']) {
      const input = `Skills\n${bullet} SQL \u2013 daily`;
      const { text } = normalize(input);
      expect(text).toBe(`Skills\n${BULLET} SQL - daily`);
      expect(inputBehind(input, `${BULLET} SQL`)).toBe(`${bullet} SQL`);
    }
    expect(normalize(`a${BULLET}b\u0001c`).text).toBe('a b c');
    // An emoji bullet's variation selector is dropped with it, so the bullet is followed by its space.
    const emoji = '\u2705\ufe0f Python\n\u2714\ufe0f SQL';
    expect(normalize(emoji).text).toBe(`${BULLET} Python\n${BULLET} SQL`);
    expect(inputBehind(emoji, `${BULLET} SQL`)).toBe('\u2714\ufe0f SQL');
    // Plain arrows also stand inside sentences: they stay as they are.
    expect(normalize('ETL \u2192 warehouse').text).toBe('ETL \u2192 warehouse');
  });

  it('folds full-width letters, digits and signs to ASCII, one for one', () => {
    const input = 'Ｐｙｔｈｏｎ，ＳＱＬ and C＋＋; ５+ years';
    expect(normalize(input).text).toBe('Python,SQL and C++; 5+ years');
    expect(inputBehind(input, 'SQL')).toBe('ＳＱＬ');
    expect(inputBehind(input, '5+ years')).toBe('５+ years');
  });

  it('keeps emoji and other astral characters apart as one space each', () => {
    const input = 'Python\ud83d\ude80SQL';
    expect(normalize(input).text).toBe('Python SQL');
    expect(inputBehind(input, 'SQL')).toBe('SQL');
  });

  it('decodes well-formed entities in plain text but leaves "R&D" alone', () => {
    expect(normalize('R&D and AT&T; Python &amp; SQL', 'text').text).toBe('R&D and AT&T; Python & SQL');
  });
});

describe('toInputSpan', () => {
  it('is total: any span of the normalised text maps inside the input', () => {
    const input = '<b>ab</b>&amp;c';
    const n = normalize(input);
    for (let s = 0; s <= n.text.length; s++) {
      for (let e = s; e <= n.text.length; e++) {
        const span = toInputSpan(n, s, e);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
        expect(span.end).toBeLessThanOrEqual(input.length);
      }
    }
  });
});

describe('offset map law', () => {
  it('maps every ASCII letter of the normalised text to the same letter in the input', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom('a', 'B', 'c', ' ', '\n', '&amp;', '&nbsp;', '<li>', '</p>', '<br>', '\u2019', '\ufb01',
      '\u200b', '\r\n', '<!-- x -->', '<b>', 'x&#65;y', '\ud83d\ude80', '<script>z</script>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('auto', 'text', 'html'), (pieces, format) => {
        const input = pieces.join('');
        const n = normalize(input, format as 'auto' | 'text' | 'html');
        for (let i = 0; i < n.text.length; i++) {
          const ch = n.text[i]!;
          if (!/[a-z]/i.test(ch)) continue;
          const span = toInputSpan(n, i, i + 1);
          const src = input.slice(span.start, span.end);
          // A letter is either copied (the same letter) or comes from an entity or ligature that produced it.
          if (src !== ch && !src.startsWith('&') && src !== '\ufb01') return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('one-byte copy of a folded text', () => {
  // A two-byte input whose folding leaves only ASCII is copied into a one-byte string (see oneByteCopy): the copy
  // must be the same text. Appending a kept letter beyond ASCII ('é') turns the copy off, so both sides must agree.
  it('gives the same text as when the copy is not made, short and past the scratch size', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom('Python', ' ', '\n', 'a', '3', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u00a0',
      '\u200b', '\ufb01', '\ud83d\ude80', '\r\n', '&amp;', '\ufeff', 'x'.repeat(9000));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        return normalize(`${input}\u00e9`, 'text').text === `${normalize(input, 'text').text}\u00e9`;
      }),
      { numRuns: 400 },
    );
  });

  it('folds a corpus-like line with typographic characters to the ASCII a reader expects', () => {
    const input = '\ufeffWe\u2019re hiring: 3\u20135 years of \u201cPython\u201d\u00a0\u2014 a plus';
    expect(normalize(input).text).toBe('We\'re hiring: 3-5 years of "Python" - a plus');
  });
});
