// The officer's experience at 杜阮镇: the case page offers the step the procedure expects next as its
// primary button and keeps rare steps under 更多操作, only when they can apply; the queues show when a
// step was handed on; the case file holds the party's statement and its answer. The cases are brought
// to each point through the API (the steps themselves have their own browser tests), then read in the
// browser as the officer, the reviewer and the head see them.
// - 行政处罚法 第63–64条: no 登记听证申请 when the notice told of no hearing right.
// - 第44条: once the notice was served and reviewed, a second notice is a rare step, not the primary.
// - 第57条第2款、第58条: after the review passed, the head's primary step is 作出处理决定; collective
//   deliberation (not required here) and 先行登记保存物品处理 (nothing preserved) do not lead or show.
// - 第45条: 陈述（申辩）笔录 and 陈述申辩复核意见 are in the case file.
// - 第66–68条、第72条: a summary fine paid in full on the spot offers no payment, demand, deferral or
//   instalments; its next step is 备案.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, idNumberCheckChar, REVIEW_ITEMS } from '@zhifa/domain';
import {
  bannerNames,
  launchBrowser,
  newPage,
  serverMinute,
  serverToday,
  signIn,
  startServer,
  type RunningServer,
} from './support';

const ITEM = { code: 'CSGL-028', name: '对在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内的行政处罚' };
const BASIS = [{ level: 'localRegulation', title: '江门市文明行为促进条例', article: '第五十条第三款' }];
const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const NO_FLAGS = {
  complex: false,
  majorViolation: false,
  majorPublicInterest: false,
  multipleLegalRelations: false,
  lawRequiresReview: false,
};

type Role = 'officer' | 'head' | 'reviewer';
let server: RunningServer;
let browser: Browser;
const pages = {} as Record<Role, { page: Page; problems: string[] }>;
const people = new Map<string, string>();
let ordinaryCase = '';
let summaryCase = '';
let version = 0;
let submittedMinute = '';

function idNumber(seq: string): string {
  const body = `44070319880421${seq}`;
  return body + idNumberCheckChar(body);
}

/** A request from the signed-in page, as the web client sends it. */
async function api(role: Role, method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  return pages[role].page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'Idempotency-Key': crypto.randomUUID() }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { method, url, body },
  );
}

async function act(role: Role, caseId: string, type: string, payload: unknown) {
  const r = await api(role, 'POST', `/api/cases/${caseId}/commands`, { expectedVersion: version, type, payload });
  if (r.status !== 200) throw new Error(`${type}: ${r.status} ${JSON.stringify(r.body)}`);
  version = r.body.version;
}

async function openCase(role: Role, caseId: string) {
  const { page } = pages[role];
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.locator('.case-actions-card').waitFor();
  await page.locator('.case-actions-card .ant-btn, .case-actions-card .ant-typography').first().waitFor();
}

/** The labels under 更多操作 (empty when there is no such menu). */
async function moreLabels(page: Page): Promise<string[]> {
  const more = page.locator('.case-actions-card').getByRole('button', { name: /更多操作/ });
  if ((await more.count()) === 0) return [];
  await more.click();
  const menu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu [role="menuitem"]');
  await menu.first().waitFor();
  const labels = await menu.allInnerTexts();
  await more.click();
  await page
    .locator('.ant-dropdown:not(.ant-dropdown-hidden)')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  return labels.map((l) => l.trim());
}

const primaryLabel = async (page: Page) =>
  (await page.locator('.case-actions-card .action-bar .ant-btn-primary').allInnerTexts()).map((t) => t.trim());
const buttonLabels = async (page: Page) =>
  (await page.locator('.case-actions-card .action-bar [data-action]').allInnerTexts()).map((t) => t.trim());

let broken = false;
function step(name: string, fn: () => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip();
    try {
      await fn();
    } catch (err) {
      broken = true;
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const [role, { page }] of Object.entries(pages))
        await page
          .screenshot({ path: path.join(SHOTS, `failed-officer-experience-${role}.png`), fullPage: true })
          .catch(() => undefined);
      throw err;
    }
  });
}

describe("the officer's experience", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const names = bannerNames(server.output());
    for (const [role, user] of [
      ['officer', 'duruan.officer1'],
      ['head', 'duruan.head'],
      ['reviewer', 'duruan.reviewer'],
    ] as const) {
      pages[role] = await newPage(browser, DESKTOP);
      await signIn(pages[role].page, server, user);
      await pages[role].page.locator('.greeting-title').waitFor();
    }
    const me = await api('officer', 'GET', '/api/auth/me');
    const list = await api(
      'officer',
      'GET',
      `/api/people?agencyId=${me.body.agency.id}&active=true&limit=200&offset=0`,
    );
    for (const p of list.body.items as { id: string; name: string }[]) {
      for (const [user, name] of Object.entries(names)) if (name === p.name) people.set(user, p.id);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('行政处罚法 第63–64条: a notice without a hearing right offers no 登记听证申请', async () => {
    const today = serverToday(server);
    const officers = [people.get('duruan.officer1')!, people.get('duruan.officer2')!];
    const created = await api('officer', 'POST', '/api/cases', {
      procedure: 'ordinary',
      payload: {
        party: { kind: 'person', name: '黄某某', idNumber: idNumber('301'), address: '杜阮镇杜阮北路 3 号' },
        items: [ITEM],
        source: '群众电话投诉：杜阮镇中心广场有人遛狗不牵绳',
        facts: '当事人携带犬只在杜阮镇中心广场活动，未用牵引带牵领',
        violationDate: addDays(today, -3),
        discoveredOn: today,
        officerIds: officers,
      },
    });
    expect(created.status).toBe(201);
    ordinaryCase = created.body.id;
    version = created.body.version;
    await act('head', ordinaryCase, 'approveFiling', { opinion: '同意立案' });
    await act('officer', ordinaryCase, 'recordSiteInspection', {
      recordId: 'XC-E2E-1',
      officerIds: officers,
      startedAt: serverMinute(server),
      place: '杜阮镇中心广场',
      certificatesShown: true,
      signature: { partySigned: true },
      partyPresent: true,
      findings: '当事人携带犬只未用牵引带牵领',
      avEvidenceId: 'AV-E2E-1',
    });
    await act('officer', ordinaryCase, 'finishInvestigation', {
      report: '违法事实清楚，证据确凿，建议罚款 100 元',
      proposedOutcome: 'penalty',
      flags: NO_FLAGS,
    });
    await act('officer', ordinaryCase, 'issueNotice', {
      // The item's benchmark for a first offence (蓬城管规〔2024〕1号 第28项): 100 yuan, nothing to explain.
      intendedPenalty: { lines: [{ kind: 'fine', amount: 100 }] },
      facts: '当事人携带犬只在杜阮镇中心广场活动，未用牵引带牵领',
      reasons: '违反《江门市文明行为促进条例》',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: false },
    });
    await act('officer', ordinaryCase, 'recordNoticeService', {
      method: 'direct',
      recipient: '黄某某',
      signedOn: today,
    });
    await openCase('officer', ordinaryCase);
    const { page } = pages.officer;
    expect(await buttonLabels(page)).not.toContain('登记听证申请');
    expect(await moreLabels(page)).not.toContain('登记听证申请');
  });

  step('the review queue shows 提交时间 as the moment the case was submitted', async () => {
    const today = serverToday(server);
    await act('officer', ordinaryCase, 'recordStatement', {
      receivedOn: today,
      form: 'oral',
      content: '当事人称初犯，请求从轻',
    });
    await act('officer', ordinaryCase, 'answerStatement', { adopted: 'none', reasoning: '罚款已在法定幅度内从轻' });
    submittedMinute = serverMinute(server);
    await act('officer', ordinaryCase, 'submitForReview', { triggers: ['voluntary'], materials: '案卷全部材料' });
    const { page } = pages.reviewer;
    await page.goto(`${server.url}/queues/review`);
    const row = page.locator('tr', { hasText: '黄某某' }).first();
    await row.waitFor();
    const text = await row.innerText();
    const shown = text.match(/\d{4}-\d{2}-\d{2} (\d{2}:\d{2})/);
    expect(shown).not.toBeNull();
    // The minute it was submitted (or the next, if the clock turned in between), never midnight.
    expect(shown![1]).not.toBe('00:00');
    expect([submittedMinute.slice(11), addMinute(submittedMinute).slice(11)]).toContain(shown![1]);
  });

  step(
    '行政处罚法 第44条: after the review passed, the officer is not offered the served notice again as the next step',
    async () => {
      await act('reviewer', ordinaryCase, 'recordReview', {
        outcome: 'pass',
        opinion: '主体合法，事实清楚，证据充分，程序合法，同意',
        checklist: Object.fromEntries(REVIEW_ITEMS.map((i) => [i, { ok: true }])),
      });
      await openCase('officer', ordinaryCase);
      const { page } = pages.officer;
      expect(await primaryLabel(page)).not.toContain('行政处罚事先告知');
      expect(await buttonLabels(page)).not.toContain('行政处罚事先告知');
      expect(await moreLabels(page)).toContain('行政处罚事先告知');
      // 行政处罚法 第57条: the officer sees whom the case now waits for.
      expect(await page.locator('[data-testid="case-waiting"]').innerText()).toBe('等待负责人办理：作出处理决定');
    },
  );

  step(
    '行政处罚法 第56–58条: the head’s primary step is 作出处理决定; no preserved-item decision without preserved items',
    async () => {
      await openCase('head', ordinaryCase);
      const { page } = pages.head;
      await page.locator('[data-action="decide"]').waitFor();
      expect(await primaryLabel(page)).toEqual(['作出处理决定']);
      expect(await buttonLabels(page)).not.toContain('先行登记保存物品处理决定');
      expect(await buttonLabels(page)).not.toContain('负责人集体讨论');
      expect(await moreLabels(page)).not.toContain('先行登记保存物品处理决定');
    },
  );

  step('行政处罚法 第45条: the case file lists 陈述（申辩）笔录 and 陈述申辩复核意见', async () => {
    const { page } = pages.officer;
    await page.getByRole('tab', { name: '案卷' }).click();
    const pane = page.locator('[role="tabpanel"][aria-hidden="false"]');
    await pane.getByText('陈述（申辩）笔录').first().waitFor();
    expect(await pane.innerText()).toContain('陈述申辩复核意见');
  });

  step(
    '行政处罚法 第66–68条、第72条: a summary fine paid in full on the spot offers no payment, demand, deferral or instalments',
    async () => {
      const officers = [people.get('duruan.officer1')!, people.get('duruan.officer2')!];
      const now = serverMinute(server);
      const created = await api('officer', 'POST', '/api/cases', {
        procedure: 'summary',
        payload: {
          party: { kind: 'person', name: '梁某某', idNumber: idNumber('512'), address: '杜阮镇杜阮南路 8 号' },
          items: [ITEM],
          violation: '携带犬只在杜阮镇中心广场活动，未用牵引带牵领',
          place: '杜阮镇中心广场',
          occurredAt: now,
          discoveredOn: now.slice(0, 10),
          penalty: { lines: [{ kind: 'fine', amount: 100 }] },
          basis: BASIS,
          officerIds: officers,
          certificatesShown: true,
          partyHeard: true,
        },
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      summaryCase = created.body.id;
      version = created.body.version;
      await act('officer', summaryCase, 'collectOnTheSpot', {
        amount: 100,
        ground: 'smallAmount',
        receiptNo: 'E2E-0001',
        collectedAt: serverMinute(server),
        onWater: false,
      });
      // 第52条: the form is printed before it is handed over, signed by the officers.
      const docs = await api('officer', 'GET', `/api/cases/${summaryCase}/documents`);
      const form = docs.body.items.find((d: { kind: string }) => d.kind === 'onTheSpotDecision');
      const printed = await pages.officer.page.evaluate(
        async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
        `/api/documents/${form.id}/pdf`,
      );
      expect(printed).toBe(200);
      await act('officer', summaryCase, 'recordSummaryService', {
        handedOverOn: now.slice(0, 10),
        partySigned: true,
        officersSigned: true,
      });
      await openCase('officer', summaryCase);
      const officer = pages.officer.page;
      const offered = [...(await buttonLabels(officer)), ...(await moreLabels(officer))];
      expect(offered).not.toContain('登记缴纳罚款');
      expect(offered).not.toContain('催告');
      expect(offered).not.toContain('当场收缴罚款');
      expect(await primaryLabel(officer)).toEqual(['报所属行政机关备案']);
      await openCase('head', summaryCase);
      const head = pages.head.page;
      const forHead = [...(await buttonLabels(head)), ...(await moreLabels(head))];
      expect(forHead).not.toContain('批准暂缓缴纳');
      expect(forHead).not.toContain('批准分期缴纳');
    },
  );

  step('statements of fact (已出示证件, 已听取陈述申辩) start unticked and hold the form until ticked', async () => {
    const { page } = pages.officer;
    await page.goto(`${server.url}/cases/new/summary`);
    // The statements sit on the form's last step (确认); they are there, and none is ticked. The
    // officers' signatures are stated at hand-over, once the form is printed (行政处罚法 第52条).
    const boxes = page.locator('form .attestation input[type="checkbox"]');
    await boxes.first().waitFor({ state: 'attached' });
    expect(await boxes.count()).toBe(2);
    expect((await page.locator('form .attestation').allInnerTexts()).join()).not.toContain('签名');
    expect(await page.locator('form .attestation input[type="checkbox"]:checked').count()).toBe(0);
    // Holding the decision until they are ticked: e2e/cases-summary-phone.test.ts, on the 确认 step.
    for (const { problems } of Object.values(pages)) expect(problems).toEqual([]);
  });

  step('a supervisor filters the case list by township, sees the column and exports the ledger (台账)', async () => {
    const { page, problems } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'supervisor');
    await page.locator('.greeting-title').waitFor();
    const me = await api('officer', 'GET', '/api/auth/me');
    await page.goto(`${server.url}/cases?agencyId=${me.body.agency.id}`);
    await page.locator('.ant-table-row').first().waitFor();
    // The filter shows which township the list is limited to.
    const agencyFilter = page.locator('.table-filters .ant-select', { has: page.locator('#cases-agency') });
    await expect.poll(() => agencyFilter.innerText(), { timeout: 30_000 }).toContain('杜阮');
    expect(await page.locator('.ant-table-thead').innerText()).toContain('执法主体');
    const agencies = await page.locator('.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(agencies.length).toBeGreaterThan(0);
    for (const a of agencies) expect(a).toContain('杜阮');
    const download = page.waitForEvent('download');
    await page.getByTestId('list-export').click();
    expect((await download).suggestedFilename()).toMatch(/^案件台账-.*\.xlsx$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  step('the audit log names the case by its number and the step by its label', async () => {
    const { page, problems } = await newPage(browser, DESKTOP);
    await signIn(page, server, 'auditadmin');
    await page.goto(`${server.url}/admin/audit`);
    await page.locator('.ant-table-row').first().waitFor();
    const number = (await api('officer', 'GET', `/api/cases/${ordinaryCase}`)).body.number as string;
    const objects = await page.locator('[data-testid="audit-object"]').allInnerTexts();
    expect(objects.some((o) => o.includes(number))).toBe(true);
    expect(await page.locator('.ant-table-tbody').innerText()).toMatch(/办理：/);
    const download = page.waitForEvent('download');
    await page.getByTestId('list-export').click();
    expect((await download).suggestedFilename()).toMatch(/^审计日志-.*\.xlsx$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

function addMinute(minute: string): string {
  const t = new Date(`${minute}:00Z`).getTime() + 60_000;
  return new Date(t).toISOString().slice(0, 16);
}
