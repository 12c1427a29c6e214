import { describe, expect, it } from 'vitest';
import { createHeapGovernor } from '../../src/cli/heap-governor.js';

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
    heap = 149;
    for (let i = 0; i < 8; i++) gov.tick();
    expect(calls).toEqual([]); // 149 < 100 + 50
    heap = 150;
    for (let i = 0; i < 3; i++) gov.tick();
    expect(calls).toEqual([]); // not yet the 4th record since the last look
    gov.tick();
    expect(calls).toEqual([150]);
    expect(gov.collections).toBe(1);
    heap = 169; // the new base is what the collection kept (120)
    for (let i = 0; i < 4; i++) gov.tick();
    expect(gov.collections).toBe(1);
    heap = 170;
    for (let i = 0; i < 4; i++) gov.tick();
    expect(gov.collections).toBe(2);
  });

  it('does nothing where no collector can be had', () => {
    const gov = createHeapGovernor({ gc: null, checkEvery: 1, slackBytes: 0, usedHeap: () => 1e12 });
    for (let i = 0; i < 10; i++) gov.tick();
    expect(gov.collections).toBe(0);
  });

  it("finds V8's collector in this process and can run it", () => {
    const gov = createHeapGovernor({ checkEvery: 1, slackBytes: -Number.MAX_SAFE_INTEGER });
    gov.tick();
    expect(gov.collections).toBe(1);
  });
});
