// 执法监督意见书 in the browser: a county supervisor issues a notice about a 杜阮镇 case, the
// township head finds it through the notification bell and answers, the supervisor accepts it.
// The 预警中心 (first, before the supervisor has other sessions open) lists the demo county's alerts (picture to docs/screenshots/alerts.png with
// ZHIFA_WRITE_SCREENSHOTS=1).
// The case page shows the case's alerts and links to them; a 评查整改 task is answered by the head
// and accepted by the supervisor on /oversight/rectifications.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseOption,
  launchBrowser,
  newPage,
  ROOT,
  serverToday,
  signIn,
  startServer,
  type RunningServer,
} from './support';

const OUT = process.env.ZHIFA_WRITE_SCREENSHOTS
  ? path.join(ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-shots-'));
const DESKTOP = { viewport: { width: 1440, height: 900 } };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({}, { clock: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
}

describe('预警中心', () => {
  it('a county supervisor sees the alerts of the demo county', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'supervisor');
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/oversight/alerts`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await settled(page);
    const file = path.join(OUT, 'alerts.png');
    await page.screenshot({ path: file, fullPage: false });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('correction notices (执法监督意见书)', () => {
  let detailUrl = '';
  const subject = `笔录签名不全 ${Date.now() % 100000}`;

  it('a county supervisor issues a notice about a case of 杜阮镇', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'supervisor');
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/oversight/corrections`);
    await page.getByRole('button', { name: /制发意见书/ }).click();
    // Typed first: the list is virtual and may not render every agency at once.
    await page.locator('#issue-correction_agencyId').fill('杜阮');
    await chooseOption(page, '#issue-correction_agencyId', '杜阮镇');
    await page.locator('#issue-correction_caseId').click();
    // A case number (〔year〕) tells the case list from the agency list, which may still be closing.
    const firstCase = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '〔' }).first();
    await firstCase.waitFor();
    const caseLabel = (await firstCase.innerText()).trim();
    await firstCase.click();
    await page.locator('#issue-correction_subject').fill(subject);
    await page.locator('#issue-correction_findings').fill('询问笔录缺少被询问人逐页签名。');
    await page.locator('#issue-correction_requirement').fill('补正签名，组织证据规则学习，并报送整改情况。');
    await page.locator('#issue-correction_dueOn').fill(addDays(serverToday(server), 10));
    await page.locator('#issue-correction_dueOn').press('Enter');
    await page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /制\s*发/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: '已制发执法监督意见书' }).waitFor();
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: subject });
    await expect(row.innerText()).resolves.toContain(caseLabel.split(' ')[0]);
    await row.locator('a').first().click();
    await page.waitForURL(/\/oversight\/corrections\/[0-9a-f-]{36}$/);
    detailUrl = page.url();
    await page.getByText('待整改回复').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the township head finds it through the bell and answers what was changed', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'duruan.head');
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('button', { name: /消息中心/ }).click();
    await page.waitForURL(/\/notifications$/);
    await page.getByText(subject).first().click();
    await page.waitForURL(detailUrl);
    await page.getByRole('button', { name: '回复整改情况' }).click();
    await page.locator('#reply-correction_reply').fill('已逐案补正笔录签名，组织全体执法人员学习证据规则，附签到表。');
    await page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /提交回复/ })
      .click();
    await page.getByText('已回复待审查').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the supervisor accepts the reply', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'supervisor');
    await page.waitForURL(`${server.url}/`);
    await page.goto(detailUrl);
    await page.getByText('已逐案补正笔录签名').first().waitFor();
    await page.getByRole('button', { name: /^认\s*可$/ }).click();
    await page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /认\s*可/ })
      .click();
    await page.getByText('已认可（办结）').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A JSON call made by the signed-in page itself (its session cookie, same origin). */
async function call<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'Idempotency-Key': `e2e-${crypto.randomUUID()}` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    { method, url, body },
  );
}

describe('alerts on the case page', () => {
  it('a case with an alert not yet resolved shows it, and the alert centre opens on that case', async () => {
    const { page, problems, context } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'supervisor');
    await page.waitForURL(`${server.url}/`);
    const list = await call<{ items: { caseId: string | null; ruleTitle: string }[] }>(
      page,
      'GET',
      '/api/alerts?status=active&limit=200',
    );
    const alert = list.items.find((a) => a.caseId)!;
    expect(alert).toBeTruthy();
    await page.goto(`${server.url}/cases/${alert.caseId}`);
    const banner = page.getByLabel('本案预警');
    await banner.getByText(alert.ruleTitle).first().waitFor();
    await expect(banner.innerText()).resolves.toMatch(/本案有 \d+ 条未消除的执法预警/);
    await banner.getByRole('link', { name: '在预警中心查看' }).click();
    await page.waitForURL(`${server.url}/oversight/alerts?caseId=${alert.caseId}`);
    await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: alert.ruleTitle }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('rectification tasks of a case-file review (评查整改)', () => {
  const requirement = `补正送达回证 ${Date.now() % 100000}`;

  it('the township head answers a task from the 评查整改 page; the supervisor accepts it', async () => {
    const sup = await newPage(browser, DESKTOP);
    await signIn(sup.page, server, 'supervisor');
    await sup.page.waitForURL(`${server.url}/`);
    const plans = await call<{ id: string }[]>(sup.page, 'GET', '/api/review-plans');
    let reviewId = '';
    for (const p of plans) {
      const detail = await call<{ reviews: { id: string; agencyName: string; grade: string | null }[] }>(
        sup.page,
        'GET',
        `/api/review-plans/${p.id}`,
      );
      reviewId = detail.reviews.find((r) => r.agencyName === '杜阮镇' && r.grade)?.id ?? '';
      if (reviewId) break;
    }
    expect(reviewId).toBeTruthy();
    await call(sup.page, 'POST', `/api/file-reviews/${reviewId}/rectifications`, {
      requirement,
      due: addDays(serverToday(server), 10),
    });

    const head = await newPage(browser, DESKTOP);
    await signIn(head.page, server, 'duruan.head');
    await head.page.waitForURL(`${server.url}/`);
    await head.page.goto(`${server.url}/oversight/rectifications`);
    const row = head.page.locator('.ant-table-tbody tr.ant-table-row', { hasText: requirement });
    await row.getByRole('button', { name: '回复整改情况' }).click();
    await head.page.locator('#reply-correction_reply').fill('已补正送达回证并归档。');
    await head.page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /提交回复/ })
      .click();
    await row.getByText('已回复待审查').waitFor();
    expect(head.problems).toEqual([]);
    await head.context.close();

    await sup.page.goto(`${server.url}/oversight/rectifications`);
    const supRow = sup.page.locator('.ant-table-tbody tr.ant-table-row', { hasText: requirement });
    await supRow.getByRole('button', { name: /^认\s*可$/ }).click();
    await sup.page
      .locator('.ant-modal-footer:visible')
      .getByRole('button', { name: /认\s*可/ })
      .click();
    await supRow.getByText('已认可（办结）').waitFor();
    expect(sup.problems).toEqual([]);
    await sup.context.close();
  });
});
