import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { sharedStartsRoom } from '../../src/refiners/unit-words.js';
import { triggerScratchRoom } from '../../src/refiners/education-triggers.js';

// A unit may run over many lines (a line ending in "," continues it), so one unit can hold more word starts than
// the education stage's shared buffers start with (1,024): they grow while the unit is read, and must keep what they
// held. Here the degree that opens the unit sits among the first starts, read before the buffers grow.
describe('education: a unit with more word starts than the shared buffers first hold', () => {
  const opening = "Bachelor's degree in Computer Science or Statistics preferred, 3 years of SQL experience required,";
  const middle = Array.from({ length: 599 }, (_, k) => `experience with tool number ${k + 1} and its many related data systems,`);
  const text = ['Requirements:', opening, ...middle, "or a Master's degree in Mathematics."].join('\n');

  it('is one unit of several thousand words', () => {
    const doc = segment(normalize(text));
    const longest = Math.max(...doc.units.map((u) => doc.text.slice(u.start, u.end).split(/\s+/).length));
    expect(longest).toBeGreaterThan(5000);
  });

  it('keeps the degree, fields and years named at its start', () => {
    const r = extractRequirements(text);
    const bachelor = r.degrees.find((d) => d.level === 'bachelor');
    expect(bachelor?.evidence.start).toBe(text.indexOf("Bachelor's"));
    expect(bachelor?.fields).toEqual(['computer-science', 'statistics']);
    expect(r.degrees.find((d) => d.level === 'master')?.fields).toEqual(['mathematics']);
    expect(r.summary.minimumDegree).toBe('bachelor');
    expect(r.summary.minYears).toBe(3);
  });

  it('lets go of the room the unit grew once the document is read', () => {
    extractRequirements(text);
    // The unit's ~6,600 word starts grew the buffers past 4,096 while it was read; the next documents do not keep it.
    expect(sharedStartsRoom()).toBeLessThanOrEqual(1 << 12);
  });
});

describe('education triggers: a document of very many units', () => {
  it('reads a trigger in the last of 20,000 units and lets go of the room they took', () => {
    const lines = Array.from({ length: 20_000 }, (_, k) => `Item ${k + 1}`);
    lines.push("Master's degree in Physics required.");
    const r = extractRequirements(lines.join('\n'));
    expect(r.degrees.map((d) => d.level)).toEqual(['master']);
    expect(r.summary.fields).toEqual(['physics']);
    expect(triggerScratchRoom()).toBeLessThanOrEqual(1 << 14);
  });
});
