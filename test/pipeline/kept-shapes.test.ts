import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { keptShapes } from '../../src/pipeline/kept-shapes.js';
import { GOLD_POSTINGS } from '../laws/corpus.js';

/** What a walk of the object graph from the kept objects reaches (typed arrays and regexes are leaves). */
interface Reached {
  strings: string[];
  typedArrays: ArrayBufferView[];
  /** Every number, string length and list length met, in walk order: what a kept object's state looks like. */
  state: string[];
}

/**
 * Walks from `roots` through properties, list items, Map and Set entries. `Positions` (the segmenter's position lists)
 * are module-level, emptied for every document and shared with the kept cue index: their contents are not a keeper's.
 */
function reach(roots: readonly object[]): Reached {
  const out: Reached = { strings: [], typedArrays: [], state: [] };
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      out.strings.push(value);
      out.state.push(`${path}: string of ${value.length}`);
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      out.state.push(`${path}: ${value}`);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      out.typedArrays.push(value);
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      out.state.push(`${path}: ${value.constructor.name} of ${value.byteLength} bytes, summing to ${bytes.reduce((a, b) => a + b, 0)}`);
      return;
    }
    if (value instanceof RegExp || value.constructor.name === 'Positions') return;
    if (value instanceof Map || value instanceof Set) {
      out.state.push(`${path}: ${value.constructor.name} of ${value.size}`);
      let k = 0;
      for (const entry of value) visit(entry, `${path}[${k++}]`);
      return;
    }
    if (Array.isArray(value)) out.state.push(`${path}: list of ${value.length}`);
    for (const key of Object.getOwnPropertyNames(value)) visit((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
  roots.forEach((root, i) => visit(root, `${root.constructor.name}#${i}`));
  return out;
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

  it('holds no text of a document extracted: every string it reaches is short and none of the postings', () => {
    const { strings } = reach(keptShapes());
    expect(strings.length).toBeGreaterThan(0); // the walk reaches the kept objects' own fields
    for (const s of strings) {
      expect(s.includes(marker)).toBe(false);
      expect(s.length).toBeLessThan(40);
    }
  });

  it('keeps no view into a larger buffer (a slab of token arrays shared with documents)', () => {
    const { typedArrays } = reach(keptShapes());
    expect(typedArrays.length).toBeGreaterThan(0);
    for (const a of typedArrays) expect(a.byteLength, `${a.constructor.name} view of a ${a.buffer.byteLength}-byte buffer`).toBe(a.buffer.byteLength);
  });

  it('is not changed by the documents extracted after it', () => {
    const before = reach(keptShapes()).state;
    for (const p of GOLD_POSTINGS.slice(0, 30)) extractor.extract(p.text);
    extractor.extract(`<p>${GOLD_POSTINGS[3]!.text}</p>`);
    expect(reach(keptShapes()).state).toEqual(before);
  });
});
