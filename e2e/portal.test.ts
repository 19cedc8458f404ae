// The public portal on a phone: the county's agencies, an agency's before-the-fact disclosure, a
// complaint with a photo and its receipt code; then the township officer finds it in the lead
// queue. With ZHIFA_WRITE_SCREENSHOTS=1 the agency page at phone width goes to
// docs/screenshots/portal-phone.png.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, PHONE, ROOT, signIn, startServer, type RunningServer } from './support';

const OUT = process.env.ZHIFA_WRITE_SCREENSHOTS
  ? path.join(ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-shots-'));

let server: RunningServer;
let browser: Browser;
let photo: string;

beforeAll(async () => {
  server = await startServer({}, { clock: true });
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
  photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-photo-')), 'scene.png');
  // A PNG by its signature (the server judges by content, not by name).
  fs.writeFileSync(
    photo,
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(512)]),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('public portal at phone width', () => {
  it('home → agency page → complaint with a photo → receipt code → status; the officer sees it in the lead queue', async () => {
    const { page, problems, context } = await newPage(browser, PHONE);
    await page.goto(`${server.url}/public`);
    expect(await page.title()).toBe('行政执法公示 - 行政执法信息公示平台');
    await page.locator('#townships').getByRole('link', { name: '江门市蓬江区杜阮镇人民政府' }).click();
    await page.waitForURL(/\/public\/agencies\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe('江门市蓬江区杜阮镇人民政府 - 行政执法信息公示平台');
    await page.locator('#powers li').first().waitFor();
    expect(await page.locator('#officers li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#remedies').innerText()).toContain('江门市蓬江区人民法院');
    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(OUT, 'portal-phone.png'), fullPage: false });
    expect(fs.statSync(path.join(OUT, 'portal-phone.png')).size).toBeGreaterThan(10_000);

    await page.locator('#complain').getByRole('link', { name: '在线投诉举报' }).click();
    await page.waitForURL(/\/public\/complaints\?township=/);
    const marker = `E2E${crypto.randomUUID().slice(0, 8)}`;
    await page.locator('#problemType').selectOption('other');
    expect(await page.locator('#townshipId option:checked').innerText()).toBe('江门市蓬江区杜阮镇人民政府');
    await page.locator('#address').fill('杜阮南路 8 号旁空地');
    await page.locator('#description').fill(`空地上每天有人倾倒生活垃圾 ${marker}`);
    await page.locator('#photos').setInputFiles(photo);
    await page.locator('#name').fill('周建国');
    await page.locator('#phone').fill('13612345678');
    await page.getByRole('button', { name: '提交投诉' }).click();
    const code = (await page.locator('#receipt-code').innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await page.getByRole('link', { name: '查询处理进度' }).click();
    await expect.poll(() => page.locator('#status-label').innerText()).toBe('已受理，正在核查');
    expect(problems).toEqual([]);
    await context.close();

    const staff = await newPage(browser, PHONE);
    await signIn(staff.page, server, 'duruan.officer1');
    await staff.page.locator('.greeting-title').waitFor();
    await staff.page.goto(`${server.url}/leads`);
    // The lead's row in the queue: its number links to the lead.
    const row = staff.page.locator('.ant-table-row', { hasText: marker });
    await row.locator('a.cell-strong').click();
    await staff.page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    const panel = staff.page.locator('[data-testid="complaint-panel"]');
    await panel.waitFor();
    // The officer sees the complainant masked, and may not reveal the identity.
    await expect.poll(() => panel.locator('[data-testid="complainant"]').innerText()).toBe('周** · 136****5678');
    expect(await panel.getByRole('button', { name: /查看完整身份/ }).count()).toBe(0);
    expect(await panel.getByText('照片 1').count()).toBe(1);
    expect(staff.problems).toEqual([]);
    await staff.context.close();
  });
});
