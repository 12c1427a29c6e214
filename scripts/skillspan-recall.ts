/**
 * Recall of SkillSpan Knowledge spans (test/fixtures/skillspan-dev.jsonl) whose text names a taxonomy skill:
 * a span counts when the whole span text, matched alone by the default taxonomy with safe forms, is a skill; it
 * is recalled when extracting the full posting yields that skill with a mention overlapping the span.
 * Run: npx tsx scripts/skillspan-recall.ts
 */
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/index.js';
import { compileTaxonomy } from '../src/taxonomy/matcher.js';
import { defaultSkills } from '../src/taxonomy/default.js';

interface Span { label: string; start: number; end: number; text: string }
interface Posting { id: string; text: string; spans: Span[] }

const postings = readFileSync(new URL('../test/fixtures/skillspan-dev.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Posting);
const tax = compileTaxonomy(defaultSkills());
const extractor = createExtractor();

/** The skill ids a span's text names when it is all one alias. */
function namedSkills(text: string): string[] {
  const { candidates, tokens } = tax.scan(text);
  const c = candidates[0];
  if (candidates.length !== 1 || !c || c.firstToken !== 0 || c.lastToken !== tokens.count - 1) return [];
  return c.terminals.map((t) => tax.skills[t.skill]!.id);
}

let eligible = 0;
let recalled = 0;
const missed: string[] = [];
for (const p of postings) {
  const r = extractor.extract(p.text);
  for (const s of p.spans) {
    if (s.label !== 'Knowledge') continue;
    const ids = namedSkills(s.text);
    if (ids.length === 0) continue;
    eligible++;
    const hit = r.skills.some((h) => ids.includes(h.id) && h.mentions.some((m) => m.evidence.start < s.end && m.evidence.end > s.start));
    if (hit) recalled++;
    else missed.push(`${p.id}: "${s.text}" (${ids.join(', ')}) ... ${JSON.stringify(p.text.slice(Math.max(0, s.start - 40), s.end + 30))}`);
  }
}
console.log(`SkillSpan Knowledge spans naming a taxonomy skill: ${eligible}; recalled: ${recalled} (${((100 * recalled) / Math.max(1, eligible)).toFixed(1)}%)`);
for (const m of missed.slice(0, 30)) console.log('  missed', m);
