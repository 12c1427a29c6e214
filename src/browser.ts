/**
 * The browser entry (the `browser` export condition): the whole library, with the NLP engines handed over at import
 * so that extraction in a browser gives the same results as in Node.
 */
import { useBundledNlpEngines } from './nlp/bundled-engines.js';

useBundledNlpEngines();

export * from './index.js';
