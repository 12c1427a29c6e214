import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADD_MANY_BATCH } from '../../src/aggregate/accumulator.js';
import { createHeapGovernor, type HeapGovernor } from '../../src/cli/heap-governor.js';
import { RecordProcessor } from '../../src/cli/processor.js';
import type { RawRecord } from '../../src/cli/sources.js';
import { createExtractor, setWhileDocumentsAlive, summarizeBatchOf } from '../../src/extract.js';
import { loansOutstanding } from '../../src/taxonomy/tokenize.js';
import { REPO } from './run-cli.js';

describe('heap governor', () => {
  it('collects only when the heap has grown past the slack since the last collection, looking every N records', () => {
    let heap = 100;
    const calls: number[] = [];
    const gov = createHeapGovernor({
      slackBytes: 50,
      checkEvery: 4,
      usedHeap: () => heap,
      gc: () => {
        calls.push(heap);
        heap = 120; // what the collection kept
      },
    });
    /** `records` records, with a safe point (documents alive) after each, as the record processor runs them. */
    const run = (records: number): void => {
      for (let i = 0; i < records; i++) {
        gov.tick();
        gov.collectIfDue();
      }
    };
    heap = 149;
    run(8);
    expect(calls).toEqual([]); // 149 < 100 + 50
    heap = 150;
    run(3);
    expect(calls).toEqual([]); // not yet the 4th record since the last look
    run(1);
    expect(calls).toEqual([150]);
    expect(gov.collections).toBe(1);
    heap = 169; // the new base is what the collection kept (120)
    run(4);
    expect(gov.collections).toBe(1);
    heap = 170;
    run(4);
    expect(gov.collections).toBe(2);
  });

  it('collects only at a safe point, and looks at the heap once per due look', () => {
    let looks = 0;
    let collections = 0;
    const gov = createHeapGovernor({
      slackBytes: 0,
      checkEvery: 2,
      usedHeap: () => {
        looks++;
        return 1e9 + looks; // always grown past the slack
      },
      gc: () => void collections++,
    });
    const looksAtStart = looks; // the base read when the governor is made
    for (let i = 0; i < 10; i++) gov.tick();
    expect(collections).toBe(0); // records alone never collect: no document is alive between them
    expect(looks).toBe(looksAtStart);
    gov.collectIfDue();
    expect(collections).toBe(1);
    const looksAfter = looks;
    gov.collectIfDue();
    gov.collectIfDue();
    expect(collections).toBe(1); // no look due until `checkEvery` more records
    expect(looks).toBe(looksAfter);
    gov.tick();
    gov.collectIfDue();
    expect(collections).toBe(1);
    gov.tick();
    gov.collectIfDue();
    expect(collections).toBe(2);
    // A look that falls due keeps waiting for the next safe point, however many records pass (the processor ticks four
    // records or more between safe points in report mode); due looks do not pile up.
    for (let i = 0; i < 2 * 3 + 1; i++) gov.tick();
    expect(collections).toBe(2);
    gov.collectIfDue();
    expect(collections).toBe(3);
    gov.collectIfDue();
    expect(collections).toBe(3);
  });

  it('does nothing where no collector can be had', () => {
    const gov = createHeapGovernor({ gc: null, checkEvery: 1, slackBytes: 0, usedHeap: () => 1e12 });
    for (let i = 0; i < 10; i++) {
      gov.tick();
      gov.collectIfDue();
    }
    expect(gov.collections).toBe(0);
  });

  it("finds V8's collector in this process and can run it", () => {
    const gov = createHeapGovernor({ checkEvery: 1, slackBytes: -Number.MAX_SAFE_INTEGER });
    gov.tick();
    gov.collectIfDue();
    expect(gov.collections).toBe(1);
  });
});

describe('collections made while the documents of an extraction are alive', () => {
  const lines = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const posting = (JSON.parse(lines[0]!) as { text: string }).text;

  it('extract, summarize and a batch call the hook once each, while the documents still hold their lent tokens', () => {
    const extractor = createExtractor();
    const lentAtHook: number[] = [];
    const before = setWhileDocumentsAlive(() => void lentAtHook.push(loansOutstanding()));
    try {
      const lent = loansOutstanding();
      extractor.extract(posting);
      extractor.summarize(posting);
      summarizeBatchOf(extractor)([posting, posting, posting]);
      expect(lentAtHook).toEqual([lent + 1, lent + 1, lent + 3]);
      expect(loansOutstanding()).toBe(lent);
      // Refused before any document is made: no call.
      expect(() => extractor.extract(42 as unknown as string)).toThrow();
      expect(summarizeBatchOf(extractor)([42 as unknown as string])[0]).toBeInstanceOf(Error);
      expect(lentAtHook).toHaveLength(3);
    } finally {
      setWhileDocumentsAlive(before);
    }
  });

  it('the record processor collects there, and sets the hook only while it processes a batch', () => {
    let safePoints = 0;
    const governor: HeapGovernor = { tick: () => undefined, collectIfDue: () => void safePoints++, collections: 0 };
    const encoder = new TextEncoder();
    const records: RawRecord[] = lines.slice(0, 5).map((l, i) => ({ source: 's', index: i + 1, loc: `s:${i + 1}`, jsonBytes: encoder.encode(l) }));
    const outside = (): void => undefined;
    const before = setWhileDocumentsAlive(outside);
    try {
      new RecordProcessor({ mode: 'report', extractor: {}, summaryOnly: true }, governor).process(records);
      expect(safePoints).toBe(Math.ceil(records.length / ADD_MANY_BATCH)); // once per batch of postings counted
      expect(setWhileDocumentsAlive(outside)).toBe(outside); // the hook from before is back
      safePoints = 0;
      const { lines: out } = new RecordProcessor({ mode: 'extract', extractor: {}, summaryOnly: false }, governor).process(records);
      expect(out).toHaveLength(records.length);
      expect(safePoints).toBe(records.length); // once per posting extracted
      expect(setWhileDocumentsAlive(outside)).toBe(outside);
      // A batch that throws (here the governor itself) still gives the hook from before back.
      const failing: HeapGovernor = { tick: () => undefined, collectIfDue: () => { throw new Error('governor failed'); }, collections: 0 };
      expect(() => new RecordProcessor({ mode: 'report', extractor: {}, summaryOnly: true }, failing).process(records)).toThrow('governor failed');
      expect(setWhileDocumentsAlive(outside)).toBe(outside);
    } finally {
      setWhileDocumentsAlive(before);
    }
  });
});
