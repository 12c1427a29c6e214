import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { keptShapes } from '../../src/pipeline/kept-shapes.js';
import { GOLD_POSTINGS } from '../laws/corpus.js';

/** Every string reachable from `roots` through object properties and array items (typed arrays and regexes are leaves). */
function reachableStrings(roots: readonly object[]): string[] {
  const strings: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      strings.push(value);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value) || value instanceof RegExp) return;
    if (value instanceof Map) {
      for (const [k, v] of value) {
        visit(k);
        visit(v);
      }
      return;
    }
    if (value instanceof Set) {
      for (const v of value) visit(v);
      return;
    }
    for (const key of Object.getOwnPropertyNames(value)) visit((value as Record<string, unknown>)[key]);
  };
  for (const root of roots) visit(root);
  return strings;
}

describe('objects kept for their hidden classes', () => {
  // A HTML posting and a plain one, so that both normalisers, the segmenter and the education stage have run.
  const marker = 'Zqxvwyk';
  const plain = `${GOLD_POSTINGS.find((p) => /Bachelor|Master/.test(p.text))!.text}\n${marker} requires 3+ years of Python (${marker}).`;
  const html = `<ul><li>BS in Computer Science and 2+ years of SQL, ${marker}</li></ul>`;
  const extractor = createExtractor();
  const result = extractor.extract(plain);
  extractor.extract(html);
  extractor.summarize(plain);

  it('keeps one object of each class made per document, once extraction has run', () => {
    expect(result.experience.length).toBeGreaterThan(0);
    const classes = new Set(keptShapes().map((o) => o.constructor.name));
    for (const name of ['TextBuilder', 'Segmenter', 'UnitWords', 'UnitReadings', 'TriggerScan', 'UnitClauses']) expect(classes).toContain(name);
    // The segmenter's is made once, by the first segmentation, not once per document.
    expect(keptShapes().filter((o) => o.constructor.name === 'Segmenter')).toHaveLength(1);
  });

  it('holds no text of a document extracted: every string it reaches is empty or none of the postings', () => {
    const strings = reachableStrings(keptShapes());
    expect(strings.length).toBeGreaterThan(0); // the walk reaches the kept objects' own fields
    for (const s of strings) {
      expect(s.includes(marker)).toBe(false);
      expect(s.length).toBeLessThan(40);
    }
  });
});
