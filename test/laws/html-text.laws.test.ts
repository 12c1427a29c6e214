import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { GOLD_POSTINGS } from './corpus.js';

/**
 * Plain text and the same text wrapped in simple HTML give the same summary: markup is layout, not content.
 * Each line becomes a paragraph, a div, a line with <br>, or (for a bulleted line) a list item without its marker;
 * &, < and > are escaped as HTML would carry them.
 */

type LineStyle = 'p' | 'div' | 'br';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain bullet marker the segmenter reads as a bullet: •, -, * or o followed by spaces. */
const BULLET_MARKER = /^[\u2022*\-o][ \t]{1,8}/;

function wrapInHtml(plain: string, styles: readonly LineStyle[], page: boolean): string {
  const out: string[] = [];
  let inList = false;
  plain.split('\n').forEach((line, i) => {
    const marker = BULLET_MARKER.exec(line);
    if (marker) {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${escapeHtml(line.slice(marker[0].length))}</li>`);
      return;
    }
    if (inList) out.push('</ul>');
    inList = false;
    const style = styles[i % styles.length] ?? 'p';
    if (!line.trim()) return;
    if (style === 'br') out.push(`${escapeHtml(line)}<br>`);
    else out.push(`<${style}>${escapeHtml(line)}</${style}>`);
  });
  if (inList) out.push('</ul>');
  const body = out.join('\n');
  return page ? `<!DOCTYPE html><html><head><title>Job</title><style>p { margin: 0 }</style></head><body>${body}</body></html>` : `<div>${body}</div>`;
}

/** Gold postings whose text reads as plain text (the premise of the law). */
const PLAIN_POSTINGS = GOLD_POSTINGS.filter((p) => extractRequirements(p.text).meta.format === 'text');

describe('plain text and the same text in simple HTML', () => {
  it('every gold posting is read as plain text (the premise of this law)', () => {
    expect(PLAIN_POSTINGS.length).toBe(GOLD_POSTINGS.length);
  });

  it.each(PLAIN_POSTINGS.map((p) => [p.id, p.text] as const))('give the same summary for gold posting %s in <p> lines', (_id, text) => {
    const html = wrapInHtml(text, ['p'], true);
    const fromHtml = extractRequirements(html);
    expect(fromHtml.meta.format).toBe('html');
    expect(fromHtml.summary).toEqual(extractRequirements(text).summary);
  });

  it('give the same summary for any window of posting lines in any simple wrapping', () => {
    const window = fc
      .tuple(fc.constantFrom(...PLAIN_POSTINGS), fc.nat(), fc.integer({ min: 1, max: 40 }))
      .map(([p, from, count]) => {
        const lines = p.text.split('\n');
        const start = from % lines.length;
        return lines.slice(start, start + count).join('\n');
      });
    const styles = fc.array(fc.constantFrom<LineStyle>('p', 'div', 'br'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(window, styles, fc.boolean(), (plain, lineStyles, page) => {
        const html = wrapInHtml(plain, lineStyles, page);
        expect(extractRequirements(html).summary).toEqual(extractRequirements(plain).summary);
      }),
      { numRuns: 200 },
    );
  });
});
