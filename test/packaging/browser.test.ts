import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractRequirements, VERSION } from '../../src/index.js';
import { bundleForBrowser, chromiumAvailable, CHROMIUM_PATH, summariesInChromium } from '../../scripts/run-in-chromium.mjs';
import { GOLD_POSTINGS } from '../laws/corpus.js';

/**
 * The library bundles for the browser (esbuild --platform=browser) and gives, in headless Chromium, the same
 * summaries as Node on the gold postings. The packed tarball gets the same check in scripts/check-package.mjs.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
// In CI a missing browser is a failure; on a developer's machine without Chromium the suite says why it skips.
const skip = !chromiumAvailable() && process.env.CI !== 'true';
if (skip) console.warn(`test/packaging/browser.test.ts skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);

const POSTINGS = [
  ...GOLD_POSTINGS.map((p) => ({ id: p.id, text: p.text })),
  { id: 'html', text: "<ul><li>Master&#39;s degree in Statistics</li><li>3+ years of Python &amp; SQL</li><li>Excellent communication skills</li></ul>" },
  { id: 'hostile', text: '\u0000\ud83d 5+ years of \u202eExcel\u202c and Spark\r\n\u2022 PhD' },
];

describe.skipIf(skip)('in headless Chromium', () => {
  // The probe asks the bundled engines module for the tagger (the browser entry must have handed wink-nlp over), and
  // the tokenizer and the normaliser whether their WebAssembly modules run there. One bundle for both tests.
  const probe = `import { getPosTagger } from ${JSON.stringify(`${root}src/nlp/engines.ts`)};
import { wasmTokenizerAvailable } from ${JSON.stringify(`${root}src/taxonomy/tokenize.ts`)};
import { wasmPlainScanAvailable } from ${JSON.stringify(`${root}src/pipeline/plain-scan.ts`)};
globalThis.jobsiftProbe = () => ({
  excel: getPosTagger()?.tag('You will excel at this').find((t) => t.value === 'excel')?.pos ?? null,
  wasmTokenizer: wasmTokenizerAvailable(),
  wasmPlainScan: wasmPlainScanAvailable(),
});`;
  let bundled: ReturnType<typeof bundleForBrowser> | undefined;
  const bundle = () => (bundled ??= bundleForBrowser(`${root}src/browser.ts`, root, probe));

  it('the browser entry bundles without Node built-ins and gives the same summaries as Node', async () => {
    const { code, bytes } = await bundle();
    expect(code).not.toMatch(/from\s*["']node:/);
    const inBrowser = await summariesInChromium(code, POSTINGS.map((p) => p.text));
    expect(inBrowser.errors).toEqual([]);
    expect(inBrowser.userAgent).toMatch(/HeadlessChrome/);
    expect(inBrowser.version).toBe(VERSION);
    expect(inBrowser.probe, 'the tag of "excel" in "You will excel at this", from wink-nlp in the browser; the WebAssembly modules').toEqual({
      excel: 'VERB',
      wasmTokenizer: true,
      wasmPlainScan: true,
    });
    const differing = POSTINGS.filter((p, i) => JSON.stringify(inBrowser.summaries[i]) !== JSON.stringify(extractRequirements(p.text).summary));
    console.log(`browser bundle ${(bytes / 1e6).toFixed(2)} MB; ${POSTINGS.length - differing.length}/${POSTINGS.length} summaries equal to Node's`);
    for (const p of differing.slice(0, 3)) {
      const i = POSTINGS.indexOf(p);
      expect.soft(inBrowser.summaries[i], `summary of ${p.id} in Chromium`).toEqual(extractRequirements(p.text).summary);
    }
    expect(differing.map((p) => p.id)).toEqual([]);
  });

  it('under a Content Security Policy that refuses WebAssembly, gives the same summaries without its modules', async () => {
    const { code } = await bundle();
    const texts = POSTINGS.slice(0, 20).map((p) => p.text);
    const inBrowser = await summariesInChromium(code, texts, "default-src 'none'; script-src 'unsafe-inline'");
    expect(inBrowser.errors).toEqual([]);
    // wink-nlp still tags under the policy (it evaluates no code); only the WebAssembly modules are refused.
    expect(inBrowser.probe).toEqual({ excel: 'VERB', wasmTokenizer: false, wasmPlainScan: false });
    expect(inBrowser.summaries).toEqual(texts.map((t) => extractRequirements(t).summary));
  });
});
