/**
 * One object of each class the pipeline makes per document (the normaliser's builder, the segmenter, the education
 * stage's readers...), built from an empty document and kept for the process's life.
 *
 * Why: V8 keeps a class's hidden class only while an object of it is alive (or for two full collections after). A
 * full collection made when none is alive drops it, and with it the optimised code of every function that read such
 * objects, which then runs unoptimised until it is compiled again. Between two postings no object of these classes
 * is alive, and `jobsift report`'s heap governor collects every 48 MB of heap growth: before these were kept, each run
 * lost the optimised code of ~34 functions so (benchmarks/README.md, round 10). Each object kept holds an empty text,
 * never a document's data.
 */

import type { SegmentedDoc } from './segment.js';

const kept: object[] = [];

/** Keeps `shape` alive for the process's life, for its hidden class only: it must hold no document's data. */
export function keepShape(shape: object): void {
  kept.push(shape);
}

/** The objects kept (for tests). */
export const keptShapes = (): readonly object[] => kept;

/**
 * A segmented empty text, for the kept objects of stages that are given a document: it holds no data (a real
 * segmentation of '' holds the same).
 */
export const NO_DOCUMENT: SegmentedDoc = {
  norm: { input: '', text: '', format: 'text', runs: [], runCount: 0 },
  text: '',
  sections: [],
  units: [],
  sectionsWithUnits: [],
};
