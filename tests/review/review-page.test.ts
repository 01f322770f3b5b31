// The review page in a real browser (Debian's chromium driven by playwright-core): every task
// highlighted where it stands, the table filtered by unit, a click jumping to the task, notice
// text shown as text (never as markup), nothing fetched from the network.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseFile, parseText } from '../../src/pipeline.js';
import type { TaskTable } from '../../src/schema.js';
import { unitRows } from '../../src/writers/columns.js';
import { writeReview } from '../../src/writers/review/index.js';

const CHROMIUM = '/usr/bin/chromium';
const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const SEED_002 = join(SEEDS, '002_2c6f66eac2dcb85f.txt');
const SEED_004_DOCX = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', '004_de53bfd0c85c9c9e.docx');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`review page browser test skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`);

const key = (s: string) => s.replace(/\s/g, '');

describe.skipIf(!hasChromium)('the review page in Chromium', () => {
  let browser: BrowserContext;
  let dir: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = tempDir('review');
    // A fresh profile each run: nothing from an earlier run (cache, storage) can make a test pass.
    // Removed when the file ends, after afterAll below has waited for Chromium to exit.
    browser = await chromium.launchPersistentContext(tempDir('chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => { await browser?.close(); });

  async function open(tables: TaskTable[], name: string): Promise<Page> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, writeReview(tables));
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    return page;
  }

  it('highlights every task where it stands, numbered, its clause marked', async () => {
    const table = await parseFile(SEED_002);
    const page = await open([table], '002');
    for (const [i, t] of table.tasks.entries()) {
      const first = page.locator(`mark[data-task="${t.id}"]`).first();
      expect(await first.count(), t.id).toBe(1);
      expect(key(await first.locator('b.no').innerText())).toBe(String(i + 1));
      const shown = key((await page.locator(`mark[data-task="${t.id}"]`).allInnerTexts()).join('')).slice(String(i + 1).length);
      expect(shown.startsWith(key(t.text).slice(0, 10)), `${t.id}: ${shown.slice(0, 20)}`).toBe(true);
      expect(await page.locator(`span.clause[data-clause="${t.id}"]`).count(), t.id).toBeGreaterThan(0);
    }
    expect(await page.locator('aside.note').count()).toBe(table.tasks.length);
    expect(await page.locator('.diag[data-rule="numbering-gap"]').count()).toBe(1);
    await page.close();
  }, 120_000);

  it('filters the table by unit (one name per department), with collective units on request', async () => {
    const table = await parseFile(SEED_002);
    const page = await open([table], '002-filter');
    const rows = page.locator('table.tasks tbody tr');
    expect(await rows.count()).toBe(47);
    const byUnit = unitRows([table]);
    for (const unit of ['市财政局', '市市场监督管理局']) {
      await page.selectOption('#unit-filter', unit);
      const want = byUnit.filter((r) => r.unit!.name === unit).map((r) => String(r.no));
      expect(want.length).toBeGreaterThan(0);
      expect(await page.locator('table.tasks tbody tr:visible td.no').allInnerTexts()).toEqual(want);
    }
    await page.check('#with-collective');
    const withAll = await page.locator('table.tasks tbody tr:visible').count();
    expect(withAll).toBeGreaterThan(2);
    expect(withAll).toBeLessThanOrEqual(47);
    await page.selectOption('#unit-filter', '');
    expect(await page.locator('table.tasks tbody tr:visible').count()).toBe(47);
    await page.close();
  }, 120_000);

  it('jumps to the task in the text when its row is clicked, and saves a screenshot', async () => {
    const table = await parseFile(SEED_002);
    const page = await open([table], '002-jump');
    await page.selectOption('#unit-filter', '市财政局');
    const row = page.locator('table.tasks tbody tr:visible').last();
    const id = await row.getAttribute('data-for');
    const target = page.locator(`mark[data-task="${id}"]`).first();
    expect(await target.isVisible()).toBe(true);
    const before = await target.boundingBox();
    expect(before!.y).toBeGreaterThan(900); // below the window until the jump
    await row.click();
    await expect.poll(async () => (await target.boundingBox())!.y).toBeLessThan(900);
    expect((await target.boundingBox())!.y).toBeGreaterThan(40);
    expect(await target.getAttribute('class')).toContain('current');
    expect(await row.getAttribute('class')).toContain('selected');
    const shot = join(dir, 'review-page.png');
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
    // To refresh the README's picture: GOV_TASKS_SCREENSHOT=docs/review-page.png npx vitest run tests/review
    const keep = process.env.GOV_TASKS_SCREENSHOT;
    if (keep) {
      mkdirSync(dirname(keep), { recursive: true });
      await page.screenshot({ path: keep });
    }
    await page.close();
  }, 120_000);

  it('shows a Word task table as a table, its rows highlighted', async () => {
    const table = await parseFile(SEED_004_DOCX);
    const page = await open([table], '004');
    expect(await page.locator('table.src').count()).toBeGreaterThan(0);
    const marked = await page.locator('table.src mark[data-task]').evaluateAll((ms) => new Set(ms.map((m) => m.getAttribute('data-task'))).size);
    expect(marked).toBe(table.tasks.length);
    await page.close();
  }, 120_000);

  it('shows markup in a notice as text and runs none of it; fetches nothing', async () => {
    const notice = '关于做好工作的通知\n一、工作任务\n（一）加强<script>window.pwned=1</script><img src=x onerror="window.pwned=2">宣传。（责任单位：市<b>财政局；完成时限：2023年6月底前）\n';
    const page = await open([await parseText(notice, { file: '<i>x</i>.txt' })], 'hostile');
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('mark[data-task]').first().innerText()).toContain('<script>window.pwned=1</script>');
    expect(await page.locator('.doc h2 small').innerText()).toContain('<i>x</i>.txt');
    expect(await page.locator('i, b:not(.no)').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1); // the page's own
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  }, 120_000);
});
