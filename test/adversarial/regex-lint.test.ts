import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Catastrophic backtracking is caught by eslint-plugin-regexp in `npm run lint` (CI). This proves the wiring: the
 * configured rules do flag a bad regex in a source file, and src/ is linted with them as errors.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the regex lint', () => {
  it.each([
    ['nested quantifiers', 'export const BAD = /(a+)+$/;', 'regexp/no-super-linear-backtracking'],
    ['an unbounded repeat before an overlapping one', 'export const BAD = /\\s*\\s*\\d+$/;', 'regexp/no-super-linear-backtracking'],
    ['a list of words repeated (the classic ReDoS)', 'export const BAD = /(\\w+\\s?)+$/;', 'regexp/no-super-linear-backtracking'],
    ['alternatives that overlap under a star', 'export const BAD = /^(?:\\w|\\d)*x$/;', 'regexp/no-dupe-disjunctions'],
    ['a move that scans the rest of the input from every position', 'export const BAD = (s: string) => /a*b/.test(s);', 'regexp/no-super-linear-move'],
  ])('flags %s in src/ as an error', async (_name, code, rule) => {
    expect(await ruleIdsFor(code, 'src/pipeline/__probe__.ts')).toContain(rule);
  });

  it('lets a bounded regex through', async () => {
    expect(await ruleIdsFor('export const GOOD = /(\\d{1,2})\\+?\\s{0,3}years?/i;', 'src/pipeline/__probe__.ts')).toEqual([]);
  });

  it('covers every source folder, with the backtracking rules as errors', async () => {
    for (const file of ['src/pipeline/normalize.ts', 'src/extractors/skills.ts', 'src/taxonomy/matcher.ts', 'src/cli/main.ts', 'src/extract.ts']) {
      expect(await eslint.isPathIgnored(file), file).toBe(false);
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
      for (const rule of ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move', 'regexp/no-dupe-disjunctions']) {
        expect(config.rules[rule]?.[0], `${rule} for ${file}`).toBe(2);
      }
    }
  });
});
