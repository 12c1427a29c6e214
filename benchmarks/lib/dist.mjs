// Locates the BUILT package the benchmark runs against and loads its optional parts without failing when one is
// missing: scenarios whose export is not there yet are skipped with a reason instead of crashing the run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--dist DIR`, else JOBSIFT_DIST, else <repo>/dist. */
export function resolveDist(flag) {
  const dir = flag ?? process.env.JOBSIFT_DIST ?? path.join(ROOT, 'dist');
  return path.resolve(dir);
}

/** What to tell the caller when `distDir` holds no built package, or null when it holds one. */
export function missingBuild(distDir) {
  const file = path.join(distDir, 'index.js');
  return fs.existsSync(file) ? null : `no built package at ${file}: run \`npm run build\` (or set JOBSIFT_DIST to a tsup --out-dir folder)`;
}

export async function loadIndex(distDir) {
  const missing = missingBuild(distDir);
  if (missing) throw new Error(missing);
  return import(pathToFileURL(path.join(distDir, 'index.js')).href);
}

/** The opt-in O*NET pack (`jobsift/packs/onet`), or a reason why it is not there. */
export async function loadOnetPack(distDir) {
  const file = path.join(distDir, 'packs', 'onet.js');
  if (!fs.existsSync(file)) return { reason: `not available yet: ${path.relative(ROOT, file) || file} is not built` };
  try {
    const mod = await import(pathToFileURL(file).href);
    const pack = mod.ONET_TECHNOLOGY_PACK ?? mod.default;
    if (!pack) return { reason: 'not available yet: packs/onet.js has no ONET_TECHNOLOGY_PACK export' };
    return { pack };
  } catch (err) {
    return { reason: `packs/onet.js failed to load: ${err.message}` };
  }
}

export function cliPath(distDir) {
  return path.join(distDir, 'cli.js');
}
