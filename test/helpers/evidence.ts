import { expect } from 'vitest';
import type { Requirements } from '../../src/index.js';

/** Every evidence span of a result must index the original input: input.slice(start, end) === text. */
export function expectEvidenceIndexesInput(input: string, r: Requirements): void {
  const spans = [
    ...r.degrees.map((h) => h.evidence),
    ...r.fields.map((h) => h.evidence),
    ...r.experience.map((h) => h.evidence),
    ...r.yearsByDegree.map((h) => h.evidence),
    ...r.skills.flatMap((h) => [h.evidence, ...h.mentions.map((m) => m.evidence)]),
    ...r.communication.map((h) => h.evidence),
    ...r.meta.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
  ];
  for (const e of spans) {
    expect(e.start).toBeLessThanOrEqual(e.end);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(e.start, e.end)).toBe(e.text);
  }
}
