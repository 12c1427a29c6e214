// Runs a browser bundle of jobsift in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) and
// returns what it computed. Shared by test/packaging/browser.test.ts (bundle of src/) and scripts/check-package.mjs
// (bundle of the packed tarball). No network: the page is about:blank and the bundle is injected as a module script.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Bundles `import { extractRequirements } from <specifier>` for the browser (esbuild --platform=browser
 * --bundle --format=esm), resolving from `resolveDir`. The page gets `window.jobsiftSummaries(texts)`.
 * Returns the bundle's code and size; throws with esbuild's messages when something cannot be bundled (a Node
 * built-in reached from the library, for example). `extraSource` is appended to the entry (test probes).
 */
export async function bundleForBrowser(specifier, resolveDir, extraSource = '') {
  const result = await build({
    stdin: {
      contents: [
        `import { extractRequirements, VERSION } from ${JSON.stringify(specifier)};`,
        'globalThis.jobsiftVersion = VERSION;',
        'globalThis.jobsiftSummaries = (texts) => texts.map((t) => extractRequirements(t).summary);',
        extraSource,
      ].join('\n'),
      resolveDir,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, bytes: Buffer.byteLength(code) };
}

/**
 * Opens about:blank in headless Chromium with a fresh profile, loads `code` as a module script and returns
 * `{ version, summaries, errors, userAgent, probe }` for the given posting texts (errors: uncaught page errors and
 * console errors; probe: what `globalThis.jobsiftProbe()` returned, if the bundle defines it). `csp`: a Content
 * Security Policy the page declares (in a meta element) before the script loads.
 */
export async function summariesInChromium(code, texts, csp = null) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'jobsift-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    await page.goto('about:blank');
    if (csp !== null) {
      await page.setContent(`<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}"></head><body></body></html>`);
    }
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => typeof globalThis.jobsiftSummaries === 'function', null, { timeout: 30_000 });
    const { version, summaries, userAgent, probe } = await page.evaluate((t) => ({
      version: globalThis.jobsiftVersion,
      summaries: globalThis.jobsiftSummaries(t),
      userAgent: navigator.userAgent,
      probe: typeof globalThis.jobsiftProbe === 'function' ? globalThis.jobsiftProbe() : undefined,
    }), texts);
    return { version, summaries, errors, userAgent, probe };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);
