// 事后公示 through the web pages: 杜阮镇's head opens 公示管理, sees the rendition the detector held
// (its finding marked) and publishes the decision waiting for it; the public page (no sign-in, at
// phone width) shows the decision redacted — 区某, never the full name — with its procedure steps.
// The officer then records on the case that the decision was revoked on reconsideration (行政处罚法
// 第48条第2款): the public address answers 410 with the notice of withdrawal and its reason. The head
// sets the agency's own publication period in 公示设置 (statement 68).
//
// With ZHIFA_WRITE_SCREENSHOTS=1 the public page at phone width is written to
// docs/screenshots/public-decision-phone.png.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PHONE,
  ROOT,
  launchBrowser,
  newPage,
  openAction,
  serverToday,
  signIn,
  startServer,
  submitAction,
  type RunningServer,
} from './support';

let server: RunningServer;
let browser: Browser;
let publicUrl = '';
let caseId = '';

beforeAll(async () => {
  server = await startServer({}, { clock: true });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('事后公示', () => {
  it('the head publishes the waiting decision; the held one shows its finding', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, server, 'duruan.head');
    await page.locator('.greeting-title').waitFor();
    // The menu entry leads to the page.
    await page.getByRole('menuitem', { name: '公示管理' }).click();
    await page.waitForURL(/\/disclosure$/);
    await page.getByText('暂缓（待复核）').first().waitFor();
    // The detector's hold: the finding is marked in the preview.
    await page.getByRole('row').filter({ hasText: '林某' }).getByRole('button').first().click();
    await page.getByText('公开前检测发现 1 处疑似个人信息').waitFor();
    await page.locator('[data-testid="finding-facts"]').getByText('健康信息').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    const row = page.getByRole('row').filter({ hasText: '区某' });
    await row.getByText('待公示').waitFor();
    caseId = (await row.getByRole('link', { name: '查看案件' }).getAttribute('href'))!.split('/').pop()!;
    await row.getByRole('button').first().click();
    await page.getByRole('button', { name: /发\s*布/ }).click();
    await page.locator('.attestation input[type="checkbox"]').check();
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /发\s*布/ })
      .click();
    await page.getByText('已发布公示').waitFor();
    const link = page.locator('.ant-drawer-body a[target="_blank"]');
    await link.waitFor();
    publicUrl = (await link.getAttribute('href'))!.replace(/^https?:\/\/[^/]+/, server.url);
    expect(publicUrl).toMatch(/\/public\/decisions\/[0-9a-f-]{36}$/);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the public page at phone width shows the decision redacted and its steps, without the staff client', async () => {
    const { page, problems } = await newPage(browser, PHONE);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const res = await page.goto(publicUrl);
    expect(res!.status()).toBe(200);
    expect(await page.title()).toMatch(/行政处罚决定 - 行政执法信息公示平台$/);
    const text = await page.locator('main').innerText();
    expect(text).toContain('区某');
    expect(text).not.toContain('区文辉');
    for (const step of ['立案', '告知', '作出决定']) expect(text).toContain(step);
    expect(scripts).toEqual([]);
    expect(Buffer.byteLength(await res!.text())).toBeLessThan(50 * 1024);
    // The verification form answers without JavaScript.
    await page.locator('input[name="code"]').fill('0000-0000');
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByText('与本决定书不符').waitFor();
    if (process.env.ZHIFA_WRITE_SCREENSHOTS === '1') {
      await page.goto(publicUrl);
      await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/public-decision-phone.png'), fullPage: true });
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('statement 68: the head sets 5 working days and full names for the own agency in 公示设置', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, server, 'duruan.head');
    await page.locator('.greeting-title').waitFor();
    await page.getByRole('menuitem', { name: '公示设置' }).click();
    await page.waitForURL(/\/disclosure\/settings$/);
    await page.getByTestId('disclosure-defaults').getByText('7 个工作日内公示').waitFor();
    await page.getByRole('button', { name: /新增设置/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#disclosureSettings_workingDays').fill('5');
    await dialog.getByRole('radio', { name: '全名（地方规定要求时）' }).check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('公示设置已保存').waitFor();
    const row = page.getByRole('row').filter({ hasText: '5 个工作日' });
    await row.getByText('全名（地方规定要求时）').waitFor();
    await row.getByText('杜阮镇', { exact: false }).first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('行政处罚法 第48条第2款: recording the revocation withdraws it; the page answers 410 with the notice', async () => {
    const { page } = await newPage(browser);
    await signIn(page, server, 'duruan.officer1');
    await page.locator('.greeting-title').waitFor();
    await page.goto(`${server.url}/cases/${caseId}`);
    await openAction(page, 'recordDecisionChange');
    await page.getByRole('radio', { name: '撤销', exact: true }).check();
    await page.getByRole('radio', { name: '行政复议决定', exact: true }).check();
    await page.locator('#action-recordDecisionChange_on').fill(serverToday(server));
    await page.locator('#action-recordDecisionChange_reference').fill('蓬江府复决〔2026〕8号');
    await submitAction(page);
    await page.context().close();

    const gone = await fetch(publicUrl);
    expect(gone.status).toBe(410);
    const body = await gone.text();
    expect(body).toContain('本决定信息已撤回');
    expect(body).toContain('行政处罚决定已撤销');
    expect(body).toContain('蓬江府复决〔2026〕8号');
    expect(body).not.toContain('区某');
  }, 180_000);
});
