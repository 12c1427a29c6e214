// The references jobsift is compared with, each a function (text) => something, prepared once before timing.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * wink-nlp `readDoc(text)` with the lite web model and its default pipeline: every annotation the model has (sentences,
 * negation, sentiment, POS tags, named and custom entities), as `winkNlp(model)` sets it up. The reference.
 */
export function winkReadDoc() {
  const winkNlp = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNlp(model);
  return (text) => nlp.readDoc(text).tokens().length();
}

/** The same with the pipeline cut to what jobsift itself asks of wink-nlp: tokens, sentences and POS tags. */
export function winkSentencesAndTags() {
  const winkNlp = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNlp(model, ['sbd', 'pos']);
  return (text) => nlp.readDoc(text).tokens().length();
}

/** compromise `nlp(text)`: the full library (tokenise + tagger). */
export function compromiseNlp() {
  const nlp = require('compromise');
  return (text) => nlp(text).length;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word boundaries that also work around C++, C#, .NET: no letter or digit on either side.
const bounded = (form) => `(?<![A-Za-z0-9])${escape(form)}(?![A-Za-z0-9])`;

/** What most notebooks do: one regex per skill form, each run over the whole text. Regexes compiled once. */
export function naiveRegexLoop(forms) {
  const bySkill = new Map();
  for (const f of forms) {
    const list = bySkill.get(f.id) ?? [];
    list.push(new RegExp(bounded(f.form), f.caseSensitive ? '' : 'i'));
    bySkill.set(f.id, list);
  }
  const skills = [...bySkill.entries()];
  return (text) => {
    let found = 0;
    for (const [, regexes] of skills) {
      for (const re of regexes) {
        if (re.test(text)) {
          found++;
          break;
        }
      }
    }
    return found;
  };
}

/** One alternation over every form, longest first, case-insensitive: a single scan, a practical upper bound. */
export function combinedRegex(forms) {
  const idOf = new Map(forms.map((f) => [f.form.toLowerCase(), f.id]));
  const alternation = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gi');
  return (text) => {
    const ids = new Set();
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) ids.add(idOf.get(m[0].toLowerCase()));
    return ids.size;
  };
}
