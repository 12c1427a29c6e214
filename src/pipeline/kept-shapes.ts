/**
 * One object of each class the pipeline makes per document (the normaliser's builder, the segmenter, the education
 * stage's readers...), built from an empty document and kept for the process's life.
 *
 * Why: a full collection made when no object of such a class is alive may drop its hidden class in V8, and with it
 * the optimised code of every function that read such objects, which then runs unoptimised until it is compiled
 * again. An object of these classes lives only inside its stage, so at most collections none is alive: at all of
 * those `jobsift report`'s heap governor makes (after an extraction's stages, every 48 MB of heap growth), and at
 * most that V8 makes of its own. Before these were kept, a run of `jobsift report` over 40,000 postings lost the
 * optimised code of 33-36 functions so (`--trace-deopt`, "weak objects"; benchmarks/README.md, round 10). Each object
 * kept holds an empty text, never a document's data.
 *
 * Each class holds its object in a static field, `shape`: a bundler drops a module-level list that nothing reads (the
 * library bundles' tree-shaking did so to a first version of this), never a static field of a class in use.
 */

import type { SegmentedDoc } from './segment.js';

const kept: object[] = [];

/**
 * Lists `shape` (an object kept in its class's static `shape` field, holding no document's data) for tests, and
 * returns it. The list may not survive bundling; the static field keeps the object.
 */
export function keepShape<T extends object>(shape: T): T {
  kept.push(shape);
  return shape;
}

/** The objects kept, as listed by `keepShape` (for tests). */
export const keptShapes = (): readonly object[] => kept;

/**
 * An empty text as a segmented document, for the kept objects of stages that are given one: no sections, no units
 * (a real segmentation of '' has one empty intro section; none of the kept objects reads it).
 */
export const NO_DOCUMENT: SegmentedDoc = {
  norm: { input: '', text: '', format: 'text', runs: [], runCount: 0 },
  text: '',
  sections: [],
  units: [],
  sectionsWithUnits: [],
};
