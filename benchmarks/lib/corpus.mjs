// The real-posting corpus (glassdoor-2020) and the repeated JSONL files the aggregation scenarios read.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist.mjs';

export const CORPUS_FILE = path.join(ROOT, 'examples', 'data', 'glassdoor-2020.jsonl');

export function loadCorpus(limit = Infinity) {
  const records = fs
    .readFileSync(CORPUS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .slice(0, limit);
  const texts = records.map((r) => r.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  return { file: path.relative(ROOT, CORPUS_FILE), records, texts, bytes, meanBytes: bytes / texts.length };
}

/**
 * Writes the corpus repeated to `n` lines of JSONL; returns the file size in bytes. Each copy gets its own id and
 * one extra line of text, so that dedupe (exact duplicate texts count once) keeps every posting.
 */
export function writeRepeatedJsonl(records, n, file) {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk = '';
    for (let i = 0; i < n; i++) {
      const r = records[i % records.length];
      const copy = Math.floor(i / records.length);
      const line = copy === 0 ? r : { ...r, id: `${r.id}-r${copy}`, text: `${r.text}\n#${i}` };
      chunk += JSON.stringify(line) + '\n';
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}
