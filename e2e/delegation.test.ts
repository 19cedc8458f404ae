// 赋权 through the pages: the county coordinator registers a decision giving 白沙街道 two items it
// does not yet hold — 森林防火区野外违规用火 (ZRZY-010, 广东省森林防火条例 第43条; so far only the
// towns hold it) and 在用柴油车未按规范添加车用尿素 (STHJ-017, 广东省大气污染防治条例 第79条; so far
// kept by the county) — effective today; the street's list for today then shows both, and a
// county-reserved item cannot even be picked.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, serverToday, signIn, startServer, type RunningServer } from './support';

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
const DOCUMENT_NO = '蓬府〔2026〕99号';
const ITEMS = ['ZRZY-010', 'STHJ-017'];

const todayInChina = () => serverToday(server);

async function pickDate(id: string, date: string) {
  const input = page.locator(id);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Searches the left list of the transfer, ticks the item and moves it right. */
async function moveItem(code: string) {
  const left = page.locator('.ant-transfer-section').first();
  const search = left.locator('input[type="text"]').first();
  await search.fill(code);
  await left.locator('.ant-transfer-list-content-item', { hasText: code }).first().click();
  await page.locator('.ant-transfer-actions button').first().click();
  await page
    .locator('.ant-transfer-section')
    .last()
    .locator('.ant-transfer-list-content-item', { hasText: code })
    .waitFor();
  await search.fill('');
}

describe('delegation through the pages', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, problems } = await newPage(browser, { viewport: { width: 1440, height: 900 } }));
    await signIn(page, server, 'coordinator');
    await page.locator('.greeting-title').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the coordinator registers a decision for two items to one street, and its list shows them', async () => {
    await page.goto(`${server.url}/delegations`);
    await page.getByRole('tab', { name: '赋权决定' }).waitFor();
    await page.locator('td', { hasText: '蓬府〔2024〕12号' }).waitFor();
    await page.getByRole('button', { name: /登记赋权决定/ }).click();
    await page.waitForURL(/\/delegations\/new$/);

    await page.locator('#decisionForm_documentNo').fill(DOCUMENT_NO);
    await page.locator('#decisionForm_title').fill('江门市蓬江区人民政府关于赋予白沙街道部分行政执法权的决定');
    const today = todayInChina();
    await pickDate('#decisionForm_announcementDate', today);
    await pickDate('#decisionForm_effectiveDate', today);
    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('label', { hasText: /^白沙街道$/ }).click();
    await page.locator('.ant-typography', { hasText: '将适用于：白沙街道' }).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();

    // A county-reserved item is listed but cannot be chosen.
    const left = page.locator('.ant-transfer-section').first();
    await left.locator('input[type="text"]').first().fill('CSGL-012');
    const reserved = left.locator('.ant-transfer-list-content-item', { hasText: 'CSGL-012' });
    await reserved.waitFor();
    expect(await reserved.getAttribute('class')).toContain('disabled');
    for (const code of ITEMS) await moveItem(code);
    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('.ant-descriptions', { hasText: DOCUMENT_NO }).waitFor();
    await page.getByRole('button', { name: /登记决定/ }).click();
    await page.waitForURL(/\/delegations\/townships\/[0-9a-f-]{36}/);
    await page.locator('.township-title', { hasText: '白沙街道' }).waitFor();
    for (const code of ITEMS) {
      await page.locator('#list-q').fill(code);
      await page.locator('td', { hasText: code }).first().waitFor();
    }
    await page.locator('#list-q').fill('ZRZY-010');
    const row = page.locator('tr', { hasText: 'ZRZY-010' });
    expect(await row.innerText()).toContain(DOCUMENT_NO);
    // The history records the decision.
    await page.locator('.ant-timeline', { hasText: DOCUMENT_NO }).waitFor();
  });

  it('the list for the day before does not have the new items; the street’s list is also reachable from 乡镇清单', async () => {
    const url = new URL(page.url());
    const yesterday = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${url.origin}${url.pathname}?date=${yesterday}`);
    await page.locator('td', { hasText: 'CSGL-001' }).first().waitFor();
    await page.locator('#list-q').fill('ZRZY-010');
    await page.locator('.ant-empty', { hasText: `${yesterday} 没有可行使的赋权事项` }).waitFor();
    expect(await page.locator('td', { hasText: 'ZRZY-010' }).count()).toBe(0);

    await page.goto(`${server.url}/delegations?tab=townships`);
    await page.getByRole('link', { name: /白沙街道/ }).click();
    await page.waitForURL(/\/delegations\/townships\//);
    await page.locator('#list-q').fill('STHJ-017');
    await page.locator('td', { hasText: 'STHJ-017' }).first().waitFor();
    expect(problems).toEqual([]);
  });
});
