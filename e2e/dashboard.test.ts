// 监督驾驶舱 as a county supervisor: the figures render (ECharts), the overdue figure drills down to
// the case list with its filters visible, and a case opens from there. With ZHIFA_WRITE_SCREENSHOTS=1
// the dashboard is written to docs/screenshots/dashboard.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, ROOT, serverToday, signIn, startServer, type RunningServer } from './support';

const OUT = process.env.ZHIFA_WRITE_SCREENSHOTS
  ? path.join(ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-shots-'));

let server: RunningServer;
let browser: Browser;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServer({}, { clock: true });
  // Two months on, the demo county's open cases have steps past their deadlines.
  await server.setToday(addDays(serverToday(server), 60));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('监督驾驶舱', () => {
  it('a county supervisor drills down from an overdue figure to the case list (filter visible) and opens the case', async () => {
    const { page, problems, context } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await signIn(page, server, 'supervisor');
    await page.locator('.ant-layout-sider, .ant-menu').first().waitFor();
    // The menu's groups start open: clicking 执法监督 would close it, and the entry with it.
    const entry = page.getByRole('menuitem', { name: '监督驾驶舱' });
    if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: '执法监督' }).click();
    await entry.click();
    await page.waitForURL(/\/oversight$/);
    // The last twelve months (the period is kept in the address).
    const today = serverToday(server);
    await page.goto(`${server.url}/oversight?from=${addDays(today, -365)}&to=${today}`);
    await page.locator('[data-testid="chart-agencies"] canvas').waitFor();
    // Every figure loaded (the training year and the overdue steps arrive last), then the picture.
    await page.getByText(/培训学时未达标（\d{4}年）/).waitFor();
    await expect
      .poll(() => page.locator('[data-testid="overdue-steps"] .ant-statistic-content-value').innerText())
      .not.toBe('0');
    await page.waitForLoadState('networkidle');
    const file = path.join(OUT, 'dashboard.png');
    await page.screenshot({ path: file, fullPage: false });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    // Every township is listed, with 0 where it has no case.
    const rows = page.locator('[data-testid="agencies-table"] tr.ant-table-row');
    await expect
      .poll(() => rows.count(), { message: await page.locator('main, .ant-layout-content').first().innerText() })
      .toBeGreaterThan(5);

    await page.getByRole('tab', { name: '逾期环节' }).click();
    const link = page.locator('[data-testid="overdue-link"]').first();
    await link.waitFor();
    const agency = (await link.locator('xpath=ancestor::tr/td[1]').innerText()).trim();
    await link.click();
    await page.waitForURL(/\/cases\?.*overdue=true/);
    const tags = page.locator('[data-testid="case-filter-tag"]');
    await expect
      .poll(() => tags.allInnerTexts())
      .toEqual(expect.arrayContaining([`执法主体：${agency}`, '有逾期环节']));
    const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    await expect.poll(() => row.locator('.ant-tag-red').count()).toBeGreaterThan(0);
    await row.locator('a').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="case-status"]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('案卷评查 and 考核评议 open for a supervisor: a drawn file is scored beside its case file', async () => {
    const { page, problems, context } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await signIn(page, server, 'supervisor');
    await page.locator('.ant-menu').first().waitFor();
    await page.goto(`${server.url}/oversight/review-standards`);
    await page.getByText('否决项（任一项成立，案卷为不合格，得 0 分）').waitFor();
    await page.goto(`${server.url}/oversight/review-plans`);
    await page.locator('.ant-table-row a').first().click();
    await page.waitForURL(/\/oversight\/review-plans\/[0-9a-f-]{36}$/);
    await page.locator('.ant-table-row a').first().click();
    await page.waitForURL(/\/oversight\/file-reviews\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="review-score"]').waitFor();
    await page
      .getByText(/系统预评/)
      .first()
      .waitFor();
    await page.goto(`${server.url}/oversight/evaluation`);
    await page.getByText(/年度考核评议/).waitFor();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await context.close();
  });
});
