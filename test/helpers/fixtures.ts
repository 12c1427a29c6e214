import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Reads a JSONL fixture from test/fixtures. */
export function readJsonl<T = Record<string, unknown>>(name: string): T[] {
  return readFileSync(fixturesDir + name, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The text of one posting from a fixture file, by id. */
export function postingText(file: string, id: string): string {
  const rec = readJsonl<{ id: string; text: string }>(file).find((r) => r.id === id);
  if (!rec) throw new Error(`no posting ${id} in ${file}`);
  return rec.text;
}
