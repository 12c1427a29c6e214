import { readFileSync } from 'node:fs';

/** A hand-labelled posting of test/fixtures/gold-dev.jsonl (only the fields the laws read). */
export interface GoldPosting {
  id: string;
  text: string;
}

const fixture = new URL('../fixtures/gold-dev.jsonl', import.meta.url);

/** The 100 gold postings, real scraped text: the laws mix them with junk so that extractors have something to find. */
export const GOLD_POSTINGS: readonly GoldPosting[] = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const { id, text } = JSON.parse(line) as GoldPosting;
    return { id, text };
  });

/** Every non-blank line of every gold posting: requirement sentences, bullets, headings. */
export const GOLD_LINES: readonly string[] = GOLD_POSTINGS.flatMap((p) => p.text.split('\n')).filter((l) => l.trim());
