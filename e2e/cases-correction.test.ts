// An order to correct (责令限期改正, 行政处罚法 第28条) through the web pages: 杜阮镇's officers find a
// restaurant that has blocked its dedicated smoke flue (广东省大气污染防治条例 第84条: 「责令限期改正；
// 逾期不改正的，处五千元以上二万元以下的罚款」). They order it to correct within 15 days; the form takes
// the provision and its condition from the item's catalogue entry and shows the due date, which the
// case page and the case list then carry. A follow-up inspection on the order's own day may not find
// it uncorrected (refused with the article). The server's clock moves past the period; the follow-up
// finds no correction, and the head's penalty decision states that non-correction as its ground.
// The corrected-in-time variant (the case closes without a penalty) is in the integration test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, correctionDue, creditCodeCheckChar, defaultCalendar, type CaseActionType } from '@zhifa/domain';
import {
  chooseItem,
  ensureChosen,
  followServerClock,
  beijingDate,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  type RunningServer,
  bannerNames,
  openAction,
  submitAction,
  ACTION_FOOTER,
  attest,
} from './support';

const TOWN = 'duruan';
const ITEM = '对封堵、改变专用烟道或者向城市地下排水管道排放油烟的行政处罚';
const PARTY = '江门市蓬江区杜阮镇香满楼饭店';
const FINE = 8000;
const FOOTER = ACTION_FOOTER;
const PANE = '[role="tabpanel"][aria-hidden="false"]';
const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const ACCOUNTS = [
  ['officer', `${TOWN}.officer1`],
  ['head', `${TOWN}.head`],
] as const;

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'head', { page: Page; problems: string[] }> = {} as never;
let names: Record<string, string> = {};
let caseUrl = '';
let orderedOn = '';
let due = '';
let orderNumber = '';

const serverToday = () => beijingDate(server.now());

let broken = false;
/** One step of the story; after a failed step the later ones are skipped, not failed again. */
function step(name: string, fn: () => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip();
    try {
      await fn();
      for (const [who, p] of Object.entries(pages)) expect(p.problems, who).toEqual([]);
    } catch (err) {
      broken = true;
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const [who, p] of Object.entries(pages))
        await p.page
          .screenshot({ path: path.join(SHOTS, `correction-failed-${who}.png`), fullPage: true })
          .catch(() => undefined);
      const seen = Object.entries(pages).flatMap(([who, p]) => p.problems.map((x) => `${who}: ${x}`));
      if (seen.length) throw new Error(`${(err as Error).message}\npage problems:\n${seen.join('\n')}`);
      throw err;
    }
  });
}

async function openCase(who: keyof typeof pages) {
  const { page } = pages[who];
  await page.goto(caseUrl);
  await page.locator('[data-testid="case-number"]').waitFor();
  return page;
}

/** Submits the open form and expects the server's refusal, citing its article; the form stays open. */
async function expectRefusal(page: Page, message: string, article: string) {
  // The officer has made the form's statements of fact; the refusal is the server's.
  await attest(page);
  await page
    .locator(FOOTER)
    .first()
    .getByRole('button', { name: /提\s*交/ })
    .click();
  const refused = page.locator('.refusal-alert', { hasText: '不符合法定程序，未予办理' });
  await refused.waitFor({ timeout: 30_000 });
  const text = await refused.innerText();
  expect(text).toContain(message);
  expect(text).toContain(`（${article}）`);
}

async function expectStatus(page: Page, label: string) {
  await page.locator('[data-testid="case-status"]', { hasText: label }).waitFor({ timeout: 20_000 });
}

async function expectTimeline(page: Page, type: CaseActionType, text: string) {
  await page.getByRole('tab', { name: '办案进程' }).click();
  await page.locator(`[data-testid="timeline-${type}"]`, { hasText: text }).first().waitFor();
}

/** Clicks a radio button or checkbox of the open form by its exact label. */
async function tick(page: Page, label: string) {
  const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('label:visible').filter({ hasText: exactly }).first().click();
}

/** Fills the follow-up inspection form: the order, place, findings and the finding. */
async function fillFollowUp(page: Page, findings: string, outcome: string) {
  await openAction(page, 'recordFollowUpInspection');
  await page.locator('#action-recordFollowUpInspection_place').fill('杜阮镇杜阮北路 28 号香满楼饭店后厨');
  await page.locator('#action-recordFollowUpInspection_findings').fill(findings);
  await tick(page, outcome);
}

/** Moves the server's and every browser's clock to `date` (Beijing) and signs everyone in again. */
async function advanceTo(date: string) {
  await server.setToday(date);
  expect(serverToday()).toBe(date);
  for (const [who, username] of ACCOUNTS) {
    const { page } = pages[who];
    await followServerClock(page, server);
    await signIn(page, server, username);
    await page.locator('.greeting-title').waitFor();
  }
}

describe('an order to correct, its follow-up, and the penalty it grounds, through the pages', () => {
  beforeAll(async () => {
    server = await startServer({}, { clock: true });
    browser = await launchBrowser();
    names = bannerNames(server.output());
    for (const [who, username] of ACCOUNTS) {
      const { page, problems } = await newPage(browser, DESKTOP);
      await signIn(page, server, username);
      await page.locator('.greeting-title').waitFor();
      pages[who] = { page, problems };
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('a lead about a blocked smoke flue is filed, approved and inspected', async () => {
    const { page } = pages.officer;
    await page.goto(`${server.url}/leads`);
    await page.getByRole('button', { name: /登记案源/ }).click();
    await page
      .locator('#leadForm_summary')
      .fill('群众投诉杜阮北路香满楼饭店封堵楼内专用烟道，油烟经后巷排入城市地下排水管道。');
    await page.locator('#leadForm_location').fill('杜阮镇杜阮北路 28 号');
    await page.locator('#leadForm_partyName').fill(PARTY);
    await chooseItem(page, '#leadForm_item', '专用烟道', ITEM);
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /登\s*记/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: '案源已登记' }).waitFor();
    await page.locator('tr', { hasText: '香满楼饭店' }).getByRole('link').first().click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: /核\s*查/ }).click();
    const body = '92440703MA55K8Q2X';
    await page.locator('#vetLead_party_idNumber').fill(body + creditCodeCheckChar(body));
    await page.locator('#vetLead_party_address').fill('江门市蓬江区杜阮镇杜阮北路 28 号');
    await page.locator('#vetLead_violationDate').fill(addDays(serverToday(), -1));
    await ensureChosen(page, '#vetLead_officerIds', names[`${TOWN}.officer1`]);
    await ensureChosen(page, '#vetLead_officerIds', names[`${TOWN}.officer2`]);
    await page.getByRole('button', { name: /提交立案申请/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();

    const head = await openCase('head');
    await openAction(head, 'approveFiling');
    await submitAction(head);
    await expectStatus(head, '调查取证中');

    const officer = await openCase('officer');
    await openAction(officer, 'recordSiteInspection');
    await officer.locator('#action-recordSiteInspection_place').fill('杜阮镇杜阮北路 28 号香满楼饭店后厨');
    await officer
      .locator('#action-recordSiteInspection_findings')
      .fill('后厨专用烟道接口被砖墙封堵，排油烟管接入后巷雨水井，井内可见油污。');
    await submitAction(officer);

    // A photo of the blocked flue: the evidence the decision rests on.
    await officer.getByRole('tab', { name: /证据/ }).click();
    await officer.getByRole('button', { name: /上传证据/ }).click();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await officer.locator('#evidence-file').setInputFiles({ name: 'flue.png', mimeType: 'image/png', buffer: png });
    await officer.locator('[data-testid="evidence-sha256"]').waitFor();
    await officer.locator('#evidence_title').fill('现场照片（专用烟道被封堵）');
    await officer
      .locator('.ant-drawer-footer:visible')
      .getByRole('button', { name: /上\s*传/ })
      .click();
    await officer.locator('.ant-message-notice', { hasText: '已上传' }).waitFor({ timeout: 30_000 });
  });

  step(
    '行政处罚法 第28条: the officer orders correction within 15 days; the due date shows on the form, the case and the list',
    async () => {
      const page = await openCase('officer');
      orderedOn = serverToday();
      due = correctionDue(orderedOn, { unit: 'days', value: 15 }, defaultCalendar());
      await openAction(page, 'orderCorrection');
      // The item's catalogue entry gives the provision and its condition (逾期不改正的，处……).
      await page.locator('#action-orderCorrection_basis_0_title').waitFor();
      expect(await page.locator('#action-orderCorrection_basis_0_title').inputValue()).toContain(
        '广东省大气污染防治条例',
      );
      await page.locator('.ant-radio-wrapper-checked', { hasText: '逾期不改正的，方予处罚' }).waitFor();
      await page
        .locator('#action-orderCorrection_requirement')
        .fill('拆除封堵专用烟道的砖墙，恢复专用烟道，停止向城市地下排水管道排放油烟');
      await page.locator('.form-hint', { hasText: `15日内改正：期限至 ${due} 届满` }).waitFor();
      await submitAction(page);
      await expectTimeline(page, 'orderCorrection', '逾期不改正的，依法处罚');

      await page.getByRole('tab', { name: /文书/ }).click();
      const doc = page.locator(`${PANE} .ant-table-row`, { hasText: '责令（限期）改正通知书' }).first();
      await doc.waitFor();
      orderNumber = (await doc.locator('.mono').first().innerText()).trim();
      expect(orderNumber).toMatch(/^蓬杜综执改〔\d{4}〕\d+号$/);
      await page.getByRole('tab', { name: /期限/ }).click();
      await page
        .locator(`${PANE} .ant-table-row`, { hasText: '责令改正期限' })
        .filter({ hasText: due })
        .first()
        .waitFor();

      await page.goto(`${server.url}/cases`);
      await page.locator('tr', { hasText: PARTY }).filter({ hasText: due }).first().waitFor();
    },
  );

  step('行政处罚法 第28条: within the period the follow-up cannot find the party uncorrected', async () => {
    const page = await openCase('officer');
    await fillFollowUp(page, '烟道仍被封堵。', '逾期未改正（或未完全改正）');
    await expectRefusal(page, `改正期限至 ${due} 届满，期限届满前不能认定当事人逾期未改正`, '行政处罚法 第28条');
    await page
      .locator(FOOTER)
      .first()
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.locator(FOOTER).first().waitFor({ state: 'detached' });
  });

  step('the day after the period ends, the follow-up finds no correction; the deadline is met', async () => {
    await advanceTo(addDays(due, 1));
    const page = await openCase('officer');
    await fillFollowUp(
      page,
      '专用烟道仍被砖墙封堵，排油烟管仍接入后巷雨水井，当事人未按通知要求改正。',
      '逾期未改正（或未完全改正）',
    );
    await submitAction(page);
    await expectTimeline(page, 'recordFollowUpInspection', '逾期未改正');
    await page.getByRole('tab', { name: /文书/ }).click();
    await page.locator(`${PANE} .ant-table-row`, { hasText: '复查笔录' }).first().waitFor();
    await page.getByRole('tab', { name: /期限/ }).click();
    await page
      .locator(`${PANE} .ant-table-row`, { hasText: '责令改正期限' })
      .filter({ hasText: '已完成' })
      .first()
      .waitFor();
  });

  step(
    '行政处罚法 第28条, 第44条: investigation ends and the notice is served; the party waives statement and defence in writing',
    async () => {
      const page = await openCase('officer');
      await openAction(page, 'finishInvestigation');
      await page
        .locator('#action-finishInvestigation_report')
        .fill('当事人封堵专用烟道、向城市地下排水管道排放油烟，经责令限期改正，逾期仍未改正，建议依法处以罚款。');
      await submitAction(page);
      await expectStatus(page, '调查终结');
      await openAction(page, 'issueNotice');
      await page.locator('#action-issueNotice_intendedPenalty_lines_0_amount').fill(String(FINE));
      await page
        .locator('#action-issueNotice_reasons')
        .fill('当事人的行为违反了《广东省大气污染防治条例》第六十条第四款的规定，经责令限期改正逾期不改正。');
      await page.getByRole('button', { name: /带入事项的处罚依据/ }).click();
      await page.locator('#action-issueNotice_basis_0_title').waitFor();
      await submitAction(page);
      await openAction(page, 'recordNoticeService');
      await submitAction(page);
      await expectStatus(page, '已告知');
      await openAction(page, 'waiveRights');
      await tick(page, '陈述权');
      await tick(page, '申辩权');
      await tick(page, '当事人已在放弃声明上签名');
      await submitAction(page);
    },
  );

  step('行政处罚法 第28条: the head’s penalty decision states the non-correction as its ground', async () => {
    const head = await openCase('head');
    await openAction(head, 'decide');
    const ground = head.locator('.ant-form-item', { hasText: '当事人经责令限期改正逾期未改正' });
    await ground.locator('.ant-checkbox-wrapper-checked', { hasText: orderNumber }).waitFor();
    expect(await ground.innerText()).toContain(`至 ${due} 届满`);
    await head
      .locator('#action-decide_discretion_reasoning')
      .fill('当事人经责令限期改正逾期仍未改正，封堵烟道一处，无从轻从重情节，按一般阶次处罚。');
    await submitAction(head);
    await expectStatus(head, '已作出处罚决定');
    await expectTimeline(head, 'decide', '当事人逾期未改正');
    fs.mkdirSync(SHOTS, { recursive: true });
    await head.screenshot({ path: path.join(SHOTS, 'case-correction-decided.png'), fullPage: true });
  });
});
