// The law search as an officer of 环市街道 uses it, on a desktop and on a phone (390×844): typed in
// officers' words, it shows the enforcement items and the articles together, highlights the law's
// words, says which thesaurus entry led there, marks the township's delegated items, and shows
// the version in force on a chosen date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, launchBrowser, newPage, signIn, startServer, type RunningServer } from './support';

const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');

let server: RunningServer;
let browser: Browser;

/** Searches and waits until a result holding `shows` is on the page (the last results stay while loading). */
async function search(page: Page, q: string, shows: string) {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-q').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await page.locator('.find-result', { hasText: shows }).first().waitFor();
}

describe('law search', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('遛狗不牵绳 finds the delegated item and its penalty article, with the thesaurus entry and highlights', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, server, 'huanshi.officer1');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/laws/search`);
    await search(page, '遛狗不牵绳', '牵引带');

    await page.locator('.find-thesaurus', { hasText: '遛狗不牵绳 →' }).waitFor();
    const item = page.locator('.find-item').first();
    expect(await item.innerText()).toContain('携带犬只外出未用牵引带牵领');
    expect(await item.locator('.ant-tag', { hasText: '本乡镇已赋权' }).count()).toBe(1);
    expect(await item.locator('.find-reason', { hasText: '同义词' }).count()).toBeGreaterThan(0);
    expect(await item.locator('a', { hasText: '江门市文明行为促进条例 第50条' }).count()).toBeGreaterThan(0);

    const article = page.locator('.find-article').first();
    expect(await article.getAttribute('data-citation')).toBe('江门市文明行为促进条例 第50条');
    expect(await article.locator('.ant-tag', { hasText: '罚则' }).count()).toBe(1);
    expect(await article.locator('.find-version', { hasText: '当日有效' }).count()).toBe(1);
    expect(await article.locator('mark.law-mark').count()).toBeGreaterThan(0);
    expect(await article.innerText()).toContain('引用本条的执法事项');

    // The version date follows the chosen date; the URL keeps it so a case can link here.
    await page.goto(`${server.url}/laws/search?q=${encodeURIComponent('过了两年还能罚吗')}&date=2025-03-01`);
    const first = page.locator('.find-article').first();
    await first.waitFor();
    expect(await first.getAttribute('data-citation')).toBe('行政处罚法 第36条');
    expect(await first.locator('mark.law-mark').first().innerText()).toBe('二年内未被发现');
    expect(await page.locator('.law-search-count').innerText()).toContain('2025-03-01');
    expect(problems).toEqual([]);
  });

  it('works at phone width: one column, nothing wider than the screen', async () => {
    const { page, problems } = await newPage(browser, PHONE);
    await signIn(page, server, 'huanshi.officer1');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/laws/search`);
    await search(page, '找不到当事人怎么送达', '下落不明');
    const first = page.locator('.find-article').first();
    expect(await first.getAttribute('data-citation')).toBe('民事诉讼法 第95条');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await first.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);

    await search(page, '餐馆油烟', '油烟净化设施');
    await page.locator('.find-item').first().waitFor();
    const sections = page.locator('.find-section');
    expect(await sections.count()).toBe(2);
    const [a, b] = [await sections.nth(0).boundingBox(), await sections.nth(1).boundingBox()];
    // Stacked: the articles start below the items, not beside them.
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'law-search-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('the coordinator adds a thesaurus entry and the search uses it at once', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, server, 'coordinator');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/laws/thesaurus`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '新增词条' }).click();
    await page.locator('#thesaurus_term').fill('电驴上楼');
    await page.locator('#thesaurus_expansions').fill('疏散通道');
    await page.locator('#thesaurus_expansions').press('Enter');
    await page.locator('#thesaurus_domain').fill('消防');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await page.goto(`${server.url}/laws/search?q=${encodeURIComponent('电驴上楼')}`);
    await page.locator('.find-thesaurus', { hasText: '电驴上楼 → 疏散通道' }).waitFor();
    expect(await page.locator('.find-article').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
