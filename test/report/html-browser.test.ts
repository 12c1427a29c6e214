import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { aggregate } from '../../src/aggregate/index.js';
import { renderHtml } from '../../src/report/index.js';
import { trickyReport } from './report-fixture.js';

/** A realistic page: the report over the first 120 postings of the bundled glassdoor-2020 corpus. */
function glassdoorReport() {
  const lines = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8').split('\n').slice(0, 120);
  return aggregate(lines.map((l) => JSON.parse(l) as unknown));
}

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!haveBrowser && !inCi) {
  console.warn(`html-browser.test: skipped, ${CHROMIUM} is missing (apt-get install -y chromium); in CI (CI=true) this fails`);
}

describe.skipIf(!haveBrowser && !inCi)('the HTML report in headless Chromium', () => {
  it.each([
    ['a small report with characters to escape', trickyReport],
    ['the glassdoor-2020 report', glassdoorReport],
  ])('%s opens from disk with no console errors and draws every chart', async (_name, makeReport) => {
    expect(haveBrowser, `${CHROMIUM} is required when CI=true`).toBe(true);
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'jobsift-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(makeReport()));
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const charts = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const bars = Array.from(svg.querySelectorAll('rect')).map((r) => r.getBoundingClientRect().width);
          return { width: box.width, height: box.height, bars: bars.length, widest: Math.max(0, ...bars) };
        }),
      );
      expect(problems).toEqual([]);
      // Only the page itself is loaded: no script, font or image from anywhere.
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(charts.length).toBeGreaterThan(15);
      for (const c of charts) {
        expect(c.width).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(10);
      }
      // Charts with postings draw visible bars.
      expect(charts.filter((c) => c.bars > 0 && c.widest > 50).length).toBeGreaterThan(10);
      expect(await page.title()).toBe('Job market report');
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
