// An order to correct (责令限期改正, 行政处罚法 第28条) through the web pages: 杜阮镇's officers find a
// restaurant that has blocked its dedicated smoke flue (广东省大气污染防治条例 第84条: 「责令限期改正；
// 逾期不改正的，处五千元以上二万元以下的罚款」). They order it to correct within 15 days; the form takes
// the provision and its condition from the item's catalogue entry and shows the due date, which the
// case page and the case list then carry. A follow-up inspection on the order's own day may not find
// it uncorrected (refused with the article). The server's clock moves past the period; the follow-up
// finds no correction, and the head's penalty decision states that non-correction as its ground.
// The corrected-in-time variant (the case closes without a penalty) is in the integration test.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, correctionDue, defaultCalendar } from '@zhifa/domain';
import {
  beijingDate,
  launchBrowser,
  startServer,
  type RunningServer,
  openAction,
  submitAction,
  ACTION_FOOTER,
} from './support';
import {
  BLOCKED_FLUE,
  SHOTS,
  expectRefusal,
  expectStatus,
  expectTimeline,
  FLUE_VIOLATION,
  fileAndApprove,
  inspectBlockedFlue,
  notifyAndWaive,
  openCase as openCaseAt,
  signInAgainAll,
  signInAll,
  storySteps,
  tick,
  type UserPage,
} from './stories';

const TOWN = 'duruan';
const LEAD = BLOCKED_FLUE;
const PARTY = LEAD.party;
const FINE = 8000;
const FOOTER = ACTION_FOOTER;
const PANE = '[role="tabpanel"][aria-hidden="false"]';
const ACCOUNTS = [
  ['officer', `${TOWN}.officer1`],
  ['head', `${TOWN}.head`],
] as const;

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'head', UserPage> = {} as never;
let caseUrl = '';
let orderedOn = '';
let due = '';
let orderNumber = '';

const serverToday = () => beijingDate(server.now());

/** One step of the story; after a failed step the later ones are skipped, not failed again. */
const step = storySteps(pages, { failedShot: 'correction-failed' });

const openCase = (who: keyof typeof pages) => openCaseAt(pages[who].page, caseUrl);

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
  await signInAgainAll(pages, server, ACCOUNTS);
}

describe('an order to correct, its follow-up, and the penalty it grounds, through the pages', () => {
  beforeAll(async () => {
    server = await startServer({}, { clock: true });
    browser = await launchBrowser();
    await signInAll(pages, browser, server, ACCOUNTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('a lead about a blocked smoke flue is filed, approved and inspected', async () => {
    caseUrl = await fileAndApprove(pages, server, LEAD, TOWN);

    // A photo of the blocked flue: the evidence the decision rests on.
    await inspectBlockedFlue(
      await openCase('officer'),
      '杜阮镇杜阮北路 28 号香满楼饭店后厨',
      '后厨专用烟道接口被砖墙封堵，排油烟管接入后巷雨水井，井内可见油污。',
    );
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
      await notifyAndWaive(page, {
        report: '当事人封堵专用烟道、向城市地下排水管道排放油烟，经责令限期改正，逾期仍未改正，建议依法处以罚款。',
        fine: String(FINE),
        reasons: `${FLUE_VIOLATION}，经责令限期改正逾期不改正。`,
      });
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
