import { escapeXml } from './escape.js';
import { percent, type ReportRow } from './tables.js';

const ROW = 22;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 110;
const MAX_LABEL = 32;

// Grapheme clusters (an emoji with its modifiers, a letter with its accents) where Intl.Segmenter exists: Node 16+ and
// current browsers; code points otherwise. Made on the first long label: building it at import cost ~5 ms of every
// `import 'jobsift'`.
let graphemeSegmenter: Intl.Segmenter | null | undefined;
const graphemes = (): Intl.Segmenter | null =>
  (graphemeSegmenter ??= typeof Intl === 'object' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null);

/**
 * A chart label of at most `max` (>= 1) code points, the ellipsis included. The cut falls between graphemes, or between code
 * points: slicing UTF-16 units split emoji into lone surrogates (U+FFFD on screen, not well-formed text).
 */
export function shorten(s: string, max = MAX_LABEL): string {
  let points = 0;
  for (const _ of s) if (++points > max) break;
  if (points <= max) return s;
  const room = Math.max(0, max - 1);
  let kept = '';
  let used = 0;
  const segmenter = graphemes();
  if (segmenter) {
    for (const { segment } of segmenter.segment(s)) {
      let n = 0;
      for (const _ of segment) n++;
      if (used + n > room) break;
      kept += segment;
      used += n;
    }
  }
  // No segmenter, or a first grapheme longer than the room (a pile of combining marks): whole code points.
  if (used === 0) {
    for (const point of s) {
      if (used++ === room) break;
      kept += point;
    }
  }
  return `${kept}…`;
}

/**
 * A horizontal bar chart of shares (the study's style): one bar per row, scaled to the largest share, with the count
 * and share at the end. Pure SVG, no script, system fonts.
 */
export function barChart(rows: readonly ReportRow[], title: string): string {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, rows.length) * ROW + 8;
  const max = Math.max(...rows.map((r) => r.share), 0);
  const parts: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  if (rows.length === 0) {
    parts.push(`<text x="4" y="${ROW - 6}" class="empty">No postings</text>`);
  }
  rows.forEach((r, i) => {
    const y = 4 + i * ROW;
    // Bars of zero still get one pixel so the row reads as "measured, none".
    const w = max > 0 ? Math.max(1, Math.round((r.share / max) * BAR_WIDTH)) : 1;
    parts.push(
      `<g><title>${escapeXml(`${r.label}: ${r.count} (${percent(r.share)})`)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 4}" text-anchor="end" class="label">${escapeXml(shorten(r.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${ROW - 6}" class="bar"/>`,
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + ROW / 2 + 4}" class="value">${r.count} (${percent(r.share)})</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A heat map of co-occurrence counts: darker cells for skill pairs named together more often. */
export function heatMap(labels: readonly string[], counts: readonly (readonly number[])[], title: string): string {
  const cellSize = 34;
  const left = 130;
  const topPad = 110;
  const n = labels.length;
  const width = left + n * cellSize + 4;
  const height = topPad + n * cellSize + 4;
  const max = Math.max(1, ...counts.flatMap((row, i) => row.filter((_, j) => j !== i)));
  const parts = [
    `<svg class="chart heat" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  labels.forEach((l, i) => {
    parts.push(`<text x="${left - 6}" y="${topPad + i * cellSize + cellSize / 2 + 4}" text-anchor="end" class="label">${escapeXml(shorten(l))}</text>`);
    const x = left + i * cellSize + cellSize / 2;
    parts.push(`<text transform="translate(${x + 4},${topPad - 6}) rotate(-60)" class="label">${escapeXml(shorten(l))}</text>`);
  });
  counts.forEach((row, i) =>
    row.forEach((c, j) => {
      const strength = i === j ? 0 : c / max;
      const x = left + j * cellSize;
      const y = topPad + i * cellSize;
      parts.push(
        `<g><title>${escapeXml(`${labels[i]} & ${labels[j]}: ${c}`)}</title>`,
        `<rect x="${x}" y="${y}" width="${cellSize - 2}" height="${cellSize - 2}" class="${i === j ? 'diag' : 'cell'}" fill-opacity="${(0.08 + 0.92 * strength).toFixed(3)}"/>`,
        `<text x="${x + cellSize / 2 - 1}" y="${y + cellSize / 2 + 3}" text-anchor="middle" class="${strength > 0.55 ? 'num light' : 'num'}">${c}</text></g>`,
      );
    }),
  );
  parts.push('</svg>');
  return parts.join('');
}
