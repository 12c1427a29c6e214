import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor, type Requirements } from '../../src/index.js';
import { GOLD_LINES, GOLD_POSTINGS } from '../laws/corpus.js';
import { climbGrowth, formatGrowth, measureGrowth, type Growth } from './growth.js';

/**
 * Hostile inputs finish in time linear in their size. Each input is built at a quarter of its full size and at full
 * size; extraction must grow like a plain scan of the same input does (relative growth near 1), not like its square
 * (relative growth near 4). No absolute time is asserted: the verdict is the shape of the curve.
 */

const SIZE_FACTOR = 4;
/** Linear work gives about 1, quadratic about SIZE_FACTOR: this leaves room for noise and for n log n. */
const MAX_RELATIVE_GROWTH = 2.5;

const extractor = createExtractor({ maxLength: 100_000_000 });
const extract = (input: string): Requirements => extractor.extract(input);

/** Repeats `unit` until the result is `length` UTF-16 units long (cutting the last repetition). */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Real requirement bullets of the gold corpus, so that every extractor fires on every bullet.
const REQUIREMENT_BULLETS = GOLD_LINES.filter((l) => /^\s*[•*-]/.test(l) && /years|degree|python|sql|communication/i.test(l))
  .slice(0, 12)
  .map((l) => l.trim().replace(/^[•*-]\s*/, ''));

/** A real posting with every whitespace character removed: scraped text that lost its spaces. */
const NO_WHITESPACE_UNIT = GOLD_POSTINGS.slice(0, 5)
  .map((p) => p.text)
  .join('')
  .replace(/\s+/g, '');

interface AdversarialInput {
  name: string;
  /** Builds the input at `scale` (1 = the full size named in the issue). */
  build(scale: number): string;
}

const ONE_CHAR_INPUTS: AdversarialInput[] = ['a', ' ', '.', '<', '&', '\u2022', '5', '\n'].map((ch) => ({
  name: `10 MB of ${JSON.stringify(ch)}`,
  build: (scale) => ch.repeat(Math.round(10_000_000 * scale)),
}));

const INPUTS: AdversarialInput[] = [
  ...ONE_CHAR_INPUTS,
  { name: '100,000 repetitions of "5+ years of "', build: (scale) => '5+ years of '.repeat(Math.round(100_000 * scale)) },
  { name: '1 MB with no whitespace (a posting run together)', build: (scale) => fill(NO_WHITESPACE_UNIT, Math.round(1_000_000 * scale)) },
  {
    name: 'HTML nested 10,000 levels deep',
    build: (scale) => {
      const depth = Math.round(10_000 * scale);
      return `<html><body>${'<div class="level"><ul><li>Python, '.repeat(depth)}Bachelor's degree${'</li></ul></div>'.repeat(depth)}</body></html>`;
    },
  },
  {
    name: 'HTML nested 10,000 levels deep, never closed, quotes left open',
    build: (scale) => `<p>${'<div title="x><span>5+ years of SQL '.repeat(Math.round(10_000 * scale))}`,
  },
  {
    name: '100,000 bullets of real requirements',
    build: (scale) => {
      const count = Math.round(100_000 * scale);
      const out: string[] = ['Requirements:'];
      for (let i = 0; i < count; i++) out.push(`\u2022 ${REQUIREMENT_BULLETS[i % REQUIREMENT_BULLETS.length]}`);
      return out.join('\n');
    },
  },
  // Markup that never closes: each opening must not search the rest of the text again.
  { name: '100,000 comment openings never closed ("<!--a>")', build: (scale) => `<p>${'<!--a>'.repeat(Math.round(100_000 * scale))}` },
  { name: '100,000 "<title>" openings never closed', build: (scale) => `<p>${'<title>Python '.repeat(Math.round(100_000 * scale))}` },
  { name: '100,000 "<script>" openings never closed', build: (scale) => `<p>${'<script>x '.repeat(Math.round(100_000 * scale))}` },
  {
    name: '100,000 "<script>" openings, then a closer without its ">" and 1 MB of text',
    build: (scale) => `<p>${'<script>'.repeat(Math.round(100_000 * scale))}</script ${'x'.repeat(Math.round(1_000_000 * scale))}`,
  },
  { name: 'a line of 1 MB of commas', build: (scale) => ','.repeat(Math.round(1_000_000 * scale)) },
  { name: 'a line of 1 MB of "Python, "', build: (scale) => fill('Python, ', Math.round(1_000_000 * scale)) },
  // Names that are also words stay in doubt until their list vouches for them: each asks for its list's head.
  { name: 'a line of 1 MB of "Spark, Hive, Excel, Go, C, "', build: (scale) => fill('Spark, Hive, Excel, Go, C, ', Math.round(1_000_000 * scale)) },
];

const measured: Growth[] = [];

afterAll(() => {
  // The numbers the issue asks to report; printed once, one line per input.
  console.log(`adversarial linearity (size x${SIZE_FACTOR}):\n${measured.map((g) => `  ${formatGrowth(g)}`).join('\n')}`);
});

describe('hostile inputs finish in time linear in their size', () => {
  it('builds inputs of the sizes the issue names', () => {
    expect(REQUIREMENT_BULLETS.length).toBeGreaterThanOrEqual(8);
    expect(NO_WHITESPACE_UNIT).not.toMatch(/\s/);
    expect(INPUTS.find((i) => i.name.startsWith('10 MB'))!.build(1).length).toBe(10_000_000);
  });

  it('the measure tells quadratic work from linear work', () => {
    const quadratic = (s: string): number => {
      let hits = 0;
      for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) if (s.charCodeAt(i) === s.charCodeAt(j)) hits++;
      return hits;
    };
    const small = fill('ab', 3_000);
    const large = fill('ab', 3_000 * SIZE_FACTOR);
    expect(measureGrowth('quadratic', small, large, quadratic).relativeGrowth).toBeGreaterThan(MAX_RELATIVE_GROWTH);
    expect(measureGrowth('linear', small, large, (s) => s.split('').length).relativeGrowth).toBeLessThan(MAX_RELATIVE_GROWTH);
    // The climb stops early on quadratic work and reports it as such.
    const climbed = climbGrowth('quadratic', (scale) => fill('ab', 12_000 * scale), quadratic, SIZE_FACTOR, MAX_RELATIVE_GROWTH);
    expect(climbed.relativeGrowth).toBeGreaterThan(MAX_RELATIVE_GROWTH);
  });

  it.each(INPUTS.map((i) => [i.name, i] as const))('%s', (_name, input) => {
    const growth = climbGrowth(input.name, input.build, extract, SIZE_FACTOR, MAX_RELATIVE_GROWTH);
    measured.push(growth);
    expect(growth.relativeGrowth, formatGrowth(growth)).toBeLessThan(MAX_RELATIVE_GROWTH);
    // And on its own: quadratic work cannot hide behind a scan that happened to grow fast too.
    expect(growth.workGrowth, formatGrowth(growth)).toBeLessThan(SIZE_FACTOR * MAX_RELATIVE_GROWTH);
  });
});
