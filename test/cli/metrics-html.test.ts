import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, chromium } from 'playwright-core';
import { calvin } from './capture';
import { RANGE, s3Env, writeKnownMetrics } from './metrics-fixture';
import { removeDir, S3Server, startS3, tempDir } from '../worker/harness';

/**
 * The `--html` report in a real browser (chromium, offline): it loads nothing but itself, runs no
 * script, draws one point per bucket and one bar per trigger with attempts, and looks like a page.
 * Counts come from metrics-fixture.ts by hand: [10:30, 13:30) in 5-minute buckets is 36 buckets;
 * attempts fall in 10 of them (10:30 10:35 10:50 11:05 11:30 11:40 12:10 12:30 12:45 13:25).
 */
jest.setTimeout(120_000);

let s3: S3Server;
let dir: string;
let browser: Browser;
let reportFile: string;

beforeAll(async () => {
  s3 = await startS3();
  dir = tempDir('calvin-metrics-html-');
  await writeKnownMetrics(s3);
  const run = await calvin(['metrics', '-w', 'acme', '--from', RANGE.from, '--to', RANGE.to, '--html', 'report.html'], { env: s3Env(s3), cwd: dir });
  expect(run.code).toBe(0);
  reportFile = path.join(dir, 'report.html');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  s3?.destroy();
  await s3?.stop();
  removeDir(dir);
});

test('the report opens offline: no request but the file, no console error, no script run', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(reportFile).href;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url, { waitUntil: 'load' });

  expect(requests).toEqual([url]);
  expect(problems).toEqual([]);
  expect(await page.title()).toBe('calvin metrics · acme');
  // The <script> in #6's error message is text on the page, not code that ran.
  expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.locator('pre', { hasText: '<script>window.__pwned = 1</script> upstream <b>down</b>' }).count()).toBe(1);
  await page.close();
});

test('charts: one point per bucket and status, per bucket with attempts and percentile, one bar per trigger with attempts', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(reportFile).href);
  const count = (selector: string): Promise<number> => page.locator(selector).count();

  for (const status of ['success', 'failure', 'missed']) expect({ status, points: await count(`svg[data-chart="executions"] circle[data-series="${status}"]`) }).toEqual({ status, points: 36 });
  for (const series of ['p50', 'p95', 'max']) expect({ series, points: await count(`svg[data-chart="durations"] circle[data-series="${series}"]`) }).toEqual({ series, points: 10 });
  // ping has only missed ticks: a 0% bar.
  const bars = page.locator('svg[data-chart="success-rate"] rect[data-bar]');
  expect(await bars.evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-bar')))).toEqual(['nightly-report', 'ping', 'sync']);
  expect(await page.locator('svg[data-chart="success-rate"] rect[data-bar="nightly-report"] title').textContent())
    .toBe('nightly-report: 83.3% (5 of 6 ticks succeeded)');
  // The hover text of the 11:40 bucket: #5 and #6 failed.
  expect(await page.locator('svg[data-chart="executions"] circle[data-series="failure"] title').nth(14).textContent()).toBe('2026-03-01 11:40 UTC (+5m) · failure: 2');
  // Bar lengths are the rates: 5/6 against 4/5.
  const [nightly, sync] = await Promise.all(['nightly-report', 'sync'].map((name) => page.locator(`rect[data-bar="${name}"]`).boundingBox()));
  expect(nightly!.width / sync!.width).toBeCloseTo((5 / 6) / 0.8, 2);

  for (const chart of ['executions', 'durations', 'success-rate']) {
    const box = await page.locator(`svg[data-chart="${chart}"]`).boundingBox();
    expect({ chart, visible: box !== null && box.width > 200 && box.height > 40 }).toEqual({ chart, visible: true });
  }
  // Summary cards: runs, success rate, failures, missed, p95.
  expect(await page.locator('.card-value').allTextContents()).toEqual(['10', '69.2%', '3', '3', '1.00 s']);
  await page.close();
});

test('light and dark: the colours follow prefers-color-scheme; a full-page screenshot of each', async () => {
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(pathToFileURL(reportFile).href);
    colours.push(String(await page.evaluate('getComputedStyle(document.body).color')));
    const shot = path.join(dir, `report-${colorScheme}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    const png = fs.readFileSync(shot);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(40_000);
    // Full page: taller than the viewport, since the report is.
    expect(png.readUInt32BE(20)).toBeGreaterThan(900);
    await page.close();
  }
  expect(colours[0]).not.toBe(colours[1]);
});
