// The HTML report in a real browser: Debian's chromium, driven by playwright-core. No skip: a
// machine without the browser fails this test (`.ci/run` installs it).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { againstBaseline } from '../../test/fixtures/reporters/baseline.js';
import { options } from '../../test/fixtures/reporters/sample-files.js';
import { syntheticFiles } from '../../test/fixtures/reporters/synthetic.js';
import { htmlReport } from './html.js';
import { buildReport } from './report-model.js';
import type { ReporterOptions } from './types.js';

let dir: string;
let browser: BrowserContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-html-report-'));
  // A fresh profile directory per run (Playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(
  files: ReturnType<typeof syntheticFiles>,
  overrides: Partial<ReporterOptions> = {},
): Promise<{ page: Page; errors: string[]; model: ReturnType<typeof buildReport> }> {
  const reporterOptions = options({ repository: 'owner/repo', ref: 'main', groupBy: 'dir', ...overrides });
  const model = buildReport(files, reporterOptions);
  const path = join(dir, `report-${model.entries.length}${model.withStatus ? '-baseline' : ''}.html`);
  writeFileSync(path, htmlReport(model, reporterOptions));
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Any request but the file itself is a failure: the report must be self-contained.
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) errors.push(`request to ${request.url()}`);
  });
  await page.goto(`file://${path}`);
  return { page, errors, model };
}

async function visibleRows(page: Page): Promise<string> {
  return (await page.locator('#visible-count').textContent()) ?? '';
}

describe('the HTML report in chromium', () => {
  it('renders 405 findings without console errors, one bar per group, filters that change the rows', async () => {
    const { page, errors, model } = await open(syntheticFiles(5, 5, 9));
    const all = model.entries.length;
    expect(all).toBe(405);
    await expect.poll(() => visibleRows(page)).toMatch(/^405 of 405 finding/);
    expect(await page.locator('#rows tr').count()).toBe(200);

    const bars = await page
      .locator('svg g.bar')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('data-group'), Number(node.getAttribute('data-count'))]),
      );
    expect(Object.fromEntries(bars)).toEqual(
      Object.fromEntries(model.groups.map((group) => [group.key, group.entries.length])),
    );
    expect(bars).toHaveLength(5);

    const group = model.groups[1]!;
    await page.selectOption('#f-group', group.key);
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${group.entries.length} of ${all} `));
    expect(await page.locator('#rows tr').count()).toBe(group.entries.length);
    await page.selectOption('#f-group', '');

    const rule = model.entries.filter((entry) => entry.finding.ruleId === 'external-dead').length;
    await page.selectOption('#f-rule', 'external-dead');
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${rule} of ${all} `));
    await page.selectOption('#f-rule', '');

    const warnings = model.entries.filter((entry) => entry.finding.severity === 'warning').length;
    // Keyboard only: focus the outcome filter and choose with the arrow keys.
    await page.focus('#f-outcome');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#f-outcome').inputValue()).toBe('warning');
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${warnings} of ${all} `));
    expect(await page.locator('#rows tr').count()).toBe(warnings);

    const first = page.locator('#rows tr').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/owner\/repo\/blob\/main\/group-\d\d\/dir\/file-\d\.md#L\d+$/,
    );
    // Its suggestion, and its fix where the finding has one (every other finding in the set).
    expect(await first.locator('td').nth(5).textContent()).toMatch(/^here-\d+\.md$/);
    expect(await page.locator('#rows td code').count()).toBeGreaterThan(0);
    expect(await page.locator('#rows td code').first().textContent()).toContain('→');
    // The message's markup is text on the page, not elements.
    expect(await page.locator('#rows b').count()).toBe(0);
    expect(await first.locator('td.msg').textContent()).toContain('<b>|x|</b>');
    expect(await page.getByLabel('rule').count()).toBe(1);

    const screenshot = join(dir, 'report-405.png');
    await page.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('marks new and unchanged findings against a baseline and filters by status', async () => {
    const files = syntheticFiles(5, 5, 9);
    // Group 2's findings from the 10th on are new; three baseline findings are no longer reported.
    const { comparison, options: baseline } = againstBaseline(
      files,
      (path, index) => path.startsWith('group-02/') && index >= 9,
      ['group-00/dir/gone.md', 'group-00/dir/file-1.md', 'old/x.md'],
    );
    const { page, errors, model } = await open(files, baseline);
    const all = model.entries.length;
    const { fresh, unchanged } = comparison;
    expect([all, fresh, unchanged, comparison.absent.length]).toEqual([405, 90, 315, 3]);
    await expect.poll(() => visibleRows(page)).toMatch(/^405 of 405 finding/);
    expect(await page.locator('#baseline-counts').textContent()).toBe('90 new, 315 unchanged, 3 fixed');
    expect(await page.locator('thead th').last().textContent()).toBe('status');

    await page.selectOption('#f-status', 'new');
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${fresh} of ${all} `));
    expect(await page.locator('#rows tr').count()).toBe(fresh);
    expect(new Set(await page.locator('#rows tr td:last-child').allTextContents())).toEqual(new Set(['new']));
    // With another filter: the new findings of a group without any are none.
    await page.selectOption('#f-group', 'group-00/');
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^0 of ${all} `));
    await page.selectOption('#f-group', '');

    // Keyboard only: from `new` down to `unchanged`.
    await page.focus('#f-status');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#f-status').inputValue()).toBe('unchanged');
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${unchanged} of ${all} `));
    expect(await page.getByLabel('status').count()).toBe(1);
    await page.screenshot({ path: join(dir, 'report-405-baseline.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('has no status filter without a baseline', async () => {
    const { page, errors } = await open(syntheticFiles(2, 2, 2));
    await expect.poll(() => visibleRows(page)).toMatch(/ of \d+ finding/);
    expect(await page.locator('#f-status').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('stays usable at 14,000 findings: rows by page', async () => {
    const { page, errors, model } = await open(syntheticFiles(20, 36, 10));
    expect(model.entries.length).toBe(14_040);
    await expect.poll(() => visibleRows(page)).toMatch(/^14040 of 14040 finding\(s\) shown, page 1 of 71$/);
    expect(await page.locator('#rows tr').count()).toBe(200);
    await page.click('#next');
    await expect.poll(() => visibleRows(page)).toMatch(/page 2 of 71/);
    await page.fill('#f-text', 'group-03/dir/file-7.md');
    const matching = model.entries.filter((entry) => entry.path === 'group-03/dir/file-7.md').length;
    await expect.poll(() => visibleRows(page)).toMatch(new RegExp(`^${matching} of 14040 `));
    expect(await page.locator('svg g.bar').count()).toBe(20);
    await page.screenshot({ path: join(dir, 'report-14040.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
