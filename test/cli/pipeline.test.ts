import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPipeline, inFlightWindow, workerQueueDepth } from '../../src/cli/pipeline.js';
import { RecordProcessor, type BatchResult } from '../../src/cli/processor.js';
import type { RawRecord } from '../../src/cli/sources.js';
import { REPO } from './run-cli.js';

const MODES = ['extract', 'report'] as const;

describe('worker queues and the in-flight window', () => {
  it('the workers never hold the whole window, so this thread always has room to take a batch of its own', () => {
    for (const mode of MODES) {
      for (let workerThreads = 1; workerThreads <= 32; workerThreads++) {
        const depth = workerQueueDepth(mode, workerThreads);
        expect(depth, `${mode}, ${workerThreads}`).toBeGreaterThanOrEqual(1);
        expect(workerThreads * depth, `${mode}, ${workerThreads}`).toBeLessThan(inFlightWindow(mode, workerThreads));
      }
    }
  });
});

describe('--workers 2 through the pipeline', () => {
  afterEach(() => vi.restoreAllMocks());

  const encoder = new TextEncoder();
  const lines = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const batches: RawRecord[][] = [];
  for (let i = 0; i < 20 * 32; i += 32) {
    batches.push(lines.slice(i % lines.length, (i % lines.length) + 32).map((l, k) => ({ source: 's', index: i + k + 1, loc: `s:${i + k + 1}`, jsonBytes: encoder.encode(l) })));
  }

  it.each(MODES)('%s: this thread extracts a share of the batches, and results come back in input order', async (mode) => {
    const inThisThread = vi.spyOn(RecordProcessor.prototype, 'process');
    const results: BatchResult[] = [];
    const pipeline = createPipeline(2, { mode, extractor: {}, summaryOnly: true }, (r) => void results.push(r), new URL('../../src/cli/main.ts', import.meta.url));
    try {
      for (const batch of batches) await pipeline.push(batch);
      await pipeline.finish();
    } finally {
      await pipeline.close();
    }
    // The worker thread needs a few hundred ms to start: the batches pushed meanwhile are this thread's to take.
    expect(inThisThread.mock.calls.length).toBeGreaterThan(0);
    expect(inThisThread.mock.calls.length).toBeLessThan(batches.length);
    if (mode === 'extract') {
      const indexes = results.flatMap((r) => r.lines.map((l) => (JSON.parse(l) as { index: number }).index));
      expect(indexes).toEqual(batches.flat().map((r) => r.index));
    }
  });
});
