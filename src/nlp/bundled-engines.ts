/**
 * The engines imported statically, for bundles that have no `require` (browsers): engines.ts loads them lazily with
 * `require` or Node's `createRequire`, neither of which a browser has. Without the tagger, ambiguous skill names
 * ("Excel", "Spark" as verbs) would be read differently than in Node. The tagger is still built on first use.
 */
import winkNlp from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { useNlpEngines } from './engines.js';

export function useBundledNlpEngines(): void {
  useNlpEngines({ winkNlp, model });
}
