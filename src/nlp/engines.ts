/**
 * The only module that touches compromise or wink-nlp. Engines load on first use, synchronously, so that importing
 * jobsift costs nothing and extraction stays a synchronous call. Loading goes through `require` where one exists
 * (CommonJS, bundlers) or Node's `createRequire`; elsewhere, call `useNlpEngines` once with the modules.
 */

import { JobsiftError, JobsiftOptionsError, describeValue } from '../errors.js';

/** What jobsift uses of wink-nlp: part-of-speech tags of one sentence's tokens. */
export interface PosTagger {
  tag(sentence: string): { value: string; pos: string }[];
}

interface WinkModules {
  winkNlp: (model: unknown, pipe?: string[]) => {
    readDoc(text: string): { tokens(): { out(f?: unknown): string[] } };
    its: { pos: unknown; value: unknown };
  };
  model: unknown;
}

let injected: Partial<WinkModules> | null = null;
let tagger: PosTagger | null | undefined;

type RequireFn = (id: string) => unknown;

/**
 * Ways to load a CommonJS package synchronously, best first. Node's `createRequire` comes first: in an ES module
 * bundle, `require` is a stand-in that only throws, so trying it first would leave ESM users without the engines.
 */
function requireCandidates(): RequireFn[] {
  const out: RequireFn[] = [];
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('module') as { createRequire?: (from: string) => RequireFn } | undefined;
  const here = typeof import.meta === 'object' && import.meta ? import.meta.url : undefined;
  if (mod?.createRequire && here) {
    try {
      out.push(mod.createRequire(here));
    } catch {
      /* not a file URL */
    }
  }
  try {
    if (typeof require === 'function') out.push(require as RequireFn);
  } catch {
    /* no CommonJS */
  }
  return out;
}

const defaultExport = (m: unknown): unknown => (m && typeof m === 'object' && 'default' in m ? (m as { default: unknown }).default : m);

function loadWink(): WinkModules | null {
  if (injected?.winkNlp && injected.model) return injected as WinkModules;
  for (const req of requireCandidates()) {
    try {
      return { winkNlp: defaultExport(req('wink-nlp')) as WinkModules['winkNlp'], model: defaultExport(req('wink-eng-lite-web-model')) };
    } catch {
      /* try the next way */
    }
  }
  return null;
}

/**
 * Supplies the engines where jobsift cannot load them itself (some browser bundles): `winkNlp`, the wink-nlp module
 * (its default export, a function), and `model`, wink-eng-lite-web-model. Only their shape is checked here (winkNlp a
 * function, model an object; else a JobsiftOptionsError now). They are called when a sentence needs tags (loaded
 * then, or by loadNlpEngines), and whatever they throw, or output that is not lists of words, is a JobsiftOptionsError
 * from that call, naming useNlpEngines, with the engine's error as its `cause`.
 */
export function useNlpEngines(modules: { winkNlp: unknown; model: unknown }): void {
  if (modules === null || typeof modules !== 'object') {
    throw new JobsiftOptionsError(`useNlpEngines expects { winkNlp, model }, got ${describeValue(modules)}`);
  }
  const winkNlp = defaultExport(modules.winkNlp);
  const model = defaultExport(modules.model);
  if (typeof winkNlp !== 'function') {
    throw new JobsiftOptionsError(`useNlpEngines: winkNlp must be the wink-nlp module (a function), got ${describeValue(winkNlp)}`);
  }
  if (model === null || typeof model !== 'object') {
    throw new JobsiftOptionsError(`useNlpEngines: model must be the wink-eng-lite-web-model module, got ${describeValue(model)}`);
  }
  injected = { winkNlp: winkNlp as WinkModules['winkNlp'], model };
  tagger = undefined;
}

/** The message of what an engine threw, for the JobsiftOptionsError that wraps it (the error itself is its cause). */
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The part-of-speech tagger, created on first call; null where wink-nlp cannot be loaded. Engines handed over with
 * useNlpEngines were only checked for their shape, so whatever they throw, when loaded or while tagging, and output
 * that is not lists of words, is a JobsiftOptionsError naming useNlpEngines (with the engine's error as its cause)
 * rather than a TypeError from inside jobsift. A JobsiftError passes through as it is: an engine that called jobsift
 * back gets one, and it says so.
 */
export function getPosTagger(): PosTagger | null {
  if (tagger !== undefined) return tagger;
  const wink = loadWink();
  if (!wink) return (tagger = null);
  const handedOver = wink === injected;
  // Only what part-of-speech tags need: named entities, negation and sentiment cost more than half of each call, and
  // the tagger reads none of them (wink-nlp tags from the tokens alone).
  let nlp: ReturnType<WinkModules['winkNlp']>;
  try {
    nlp = wink.winkNlp(wink.model, ['sbd', 'pos']);
  } catch (err) {
    // Only engines handed over can fail so: say where they came from.
    if (handedOver) throw new JobsiftOptionsError(`the engines given to useNlpEngines do not load: ${messageOf(err)}`, { cause: err });
    throw err;
  }
  const tag = (sentence: string): { value: string; pos: string }[] => {
    const tokens = nlp.readDoc(sentence).tokens();
    const values = tokens.out();
    const pos = tokens.out(nlp.its.pos);
    return values.map((value, i) => ({ value, pos: pos[i] ?? 'X' }));
  };
  if (!handedOver) return (tagger = { tag });
  /** The same, for engines handed over: they may throw anything or give anything back. */
  const checkedTag = (sentence: string): { value: string; pos: string }[] => {
    const tokens = nlp.readDoc(sentence).tokens();
    const values: unknown = tokens.out();
    const pos: unknown = tokens.out(nlp.its.pos);
    if (!Array.isArray(values) || !Array.isArray(pos)) throw new TypeError('tokens().out() did not give an array');
    if (!values.every((v) => typeof v === 'string') || !pos.every((p) => typeof p === 'string')) {
      throw new TypeError('tokens().out() did not give an array of strings');
    }
    return (values as string[]).map((value, i) => ({ value, pos: (pos as string[])[i] ?? 'X' }));
  };
  tagger = {
    tag(sentence: string) {
      try {
        return checkedTag(sentence);
      } catch (err) {
        if (err instanceof JobsiftError) throw err;
        throw new JobsiftOptionsError(`the engines given to useNlpEngines failed while tagging a sentence: ${messageOf(err)}`, { cause: err });
      }
    },
  };
  return tagger;
}

/** True once an engine has been loaded (for benchmarks of cold start). */
export function nlpLoaded(): boolean {
  return Boolean(tagger);
}

/**
 * Loads the part-of-speech tagger now instead of on the first sentence that needs it (servers that want to pay the
 * start-up before the first request). Returns whether the engine is available; where it is not (a browser bundle
 * that did not hand it over with `useNlpEngines`), extraction still works without part-of-speech evidence.
 */
export function loadNlpEngines(): boolean {
  return getPosTagger() !== null;
}
