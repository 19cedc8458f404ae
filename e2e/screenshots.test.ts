// What a user sees: the workbench, a case, the summary form on a phone and the audit log, rendered
// with the CJK fonts of the machine. Every run checks the pages render without errors or CSP
// problems; with ZHIFA_WRITE_SCREENSHOTS=1 the pictures are written to docs/screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, PHONE, ROOT, signIn, startServer, type RunningServer } from './support';

const OUT = process.env.ZHIFA_WRITE_SCREENSHOTS
  ? path.join(ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-shots-'));
const DESKTOP = { viewport: { width: 1440, height: 900 } };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until the page stops changing (lists loaded, messages gone), then writes the picture. */
async function shoot(page: Page, name: string, problems: string[]) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-skeleton, .ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  expect(problems).toEqual([]);
}

describe('screenshots of the main screens', () => {
  it('the workbench of a township officer (desktop)', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'duruan.officer1');
    await page.locator('.greeting-title').waitFor();
    await shoot(page, 'workbench', problems);
    await context.close();
  });

  it('a case in progress (desktop)', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'duruan.officer1');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/cases?procedure=ordinary`);
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="case-status"]').waitFor();
    await shoot(page, 'case', problems);
    await context.close();
  });

  it('the summary form on a phone', async () => {
    const { page, problems, context } = await newPage(browser, PHONE);
    await signIn(page, server, 'duruan.officer2');
    await page.locator('.greeting-title').waitFor();
    await page.locator('.bottom-nav').getByRole('button', { name: '当场处罚' }).click();
    await page.locator('#summaryCase_party_name').fill('李某某');
    await page.locator('#summaryCase_party_address').fill('江门市蓬江区杜阮镇杜阮南路 8 号');
    await shoot(page, 'summary-form-phone', problems);
    await context.close();
  });

  it('the audit log (audit administrator)', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'auditadmin');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/admin/audit`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await shoot(page, 'audit-log', problems);
    await context.close();
  });
});
