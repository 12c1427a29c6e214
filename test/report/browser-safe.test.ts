import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// The aggregation and rendering core runs in browsers: Node-only code lives in src/cli/.
describe.each(['aggregate', 'report'])('src/%s is browser-safe', (dir) => {
  const files = readdirSync(join(SRC, dir)).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports no Node built-in and reads no process', (file) => {
    const code = readFileSync(join(SRC, dir, file), 'utf8');
    expect(code).not.toMatch(/from\s+['"](?:node:|fs|path|os|worker_threads|child_process)/);
    expect(code).not.toMatch(/\bprocess\.|\brequire\(/);
    expect(code).not.toMatch(/from\s+['"]\.\.\/cli\//);
  });
});
