// Several parties (共同违法) through the web pages: 杜阮镇's officers file a case against a restaurant for
// a blocked smoke flue; the investigation shows the building's property company did the blocking with
// it, and the head adds the company as a joint violator (追加共同违法当事人), which the case page then
// names beside the filed party. Each party's own decision is covered by the integration test
// (packages/server/test/cases/parties.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, creditCodeCheckChar, type CaseActionType } from '@zhifa/domain';
import {
  bannerNames,
  beijingDate,
  chooseItem,
  chooseOption,
  ensureChosen,
  launchBrowser,
  newPage,
  openAction,
  printFromForm,
  type RunningServer,
  signIn,
  startServer,
  submitAction,
} from './support';

const TOWN = 'duruan';
const ITEM = '对封堵、改变专用烟道或者向城市地下排水管道排放油烟的行政处罚';
const PARTY = '江门市蓬江区杜阮镇香满楼饭店';
const JOINT = '江门市蓬江区杜阮镇美居物业管理有限公司';
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
          .screenshot({ path: path.join(SHOTS, `parties-failed-${who}.png`), fullPage: true })
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

describe('a joint violator added to a case, through the pages', () => {
  beforeAll(async () => {
    server = await startServer();
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

  step('a case about a blocked smoke flue is filed and approved', async () => {
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
  });

  step(
    '行政处罚法 第29条: the head adds the property company as a joint violator; the case names both parties',
    async () => {
      const officer = await openCase('officer');
      expect(await officer.locator('[data-action="addParty"]').count()).toBe(0);
      const head = await openCase('head');
      await openAction(head, 'addParty');
      expect(await head.locator('#action-addParty_partyId').inputValue()).toBe('P2');
      await tick(head, '法人或者其他组织');
      await head.locator('#action-addParty_party_name').fill(JOINT);
      const code = '91440703MA4UH2K8X';
      await head.locator('#action-addParty_party_idNumber').fill(code + creditCodeCheckChar(code));
      await head.locator('#action-addParty_party_address').fill('江门市蓬江区杜阮镇杜阮北路 30 号');
      await head
        .locator('#action-addParty_jointFacts')
        .fill('物业公司应饭店要求安排人员砌墙封堵专用烟道，并将排油烟管接入后巷雨水井。');
      await submitAction(head);
      await head.locator('[data-testid="joint-parties"]', { hasText: JOINT }).waitFor();
      await expectTimeline(head, 'addParty', `追加当事人P2：${JOINT}`);
      await head.goto(`${server.url}/cases`);
      await head
        .locator('tr', { hasText: `${PARTY}、${JOINT}` })
        .first()
        .waitFor();
    },
  );

  step(
    '行政处罚法 第44条: the investigation ends and one notice is served, the parties waiving statement and defence',
    async () => {
      const page = await openCase('officer');
      await openAction(page, 'recordSiteInspection');
      await page.locator('#action-recordSiteInspection_place').fill('杜阮镇杜阮北路 28 号香满楼饭店后厨');
      await page
        .locator('#action-recordSiteInspection_findings')
        .fill('后厨专用烟道接口被砖墙封堵，排油烟管接入后巷雨水井；物业公司承认系其安排人员砌墙。');
      await submitAction(page);
      await page.getByRole('tab', { name: /证据/ }).click();
      await page.getByRole('button', { name: /上传证据/ }).click();
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      await page.locator('#evidence-file').setInputFiles({ name: 'flue.png', mimeType: 'image/png', buffer: png });
      await page.locator('[data-testid="evidence-sha256"]').waitFor();
      await page.locator('#evidence_title').fill('现场照片（专用烟道被封堵）');
      await page
        .locator('.ant-drawer-footer:visible')
        .getByRole('button', { name: /上\s*传/ })
        .click();
      await page.locator('.ant-message-notice', { hasText: '已上传' }).waitFor({ timeout: 30_000 });
      await openAction(page, 'finishInvestigation');
      await page
        .locator('#action-finishInvestigation_report')
        .fill('饭店与物业公司共同封堵专用烟道，建议分别处以罚款。');
      await submitAction(page);
      await openAction(page, 'issueNotice');
      await page.locator('#action-issueNotice_intendedPenalty_lines_0_amount').fill('10000');
      await page
        .locator('#action-issueNotice_reasons')
        .fill('当事人的行为违反了《广东省大气污染防治条例》第六十条第四款的规定。');
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

  step('行政处罚法 第29条: the head decides on each party in turn, each with its own fine', async () => {
    const head = await openCase('head');
    for (const [name, amount] of [
      [PARTY, '10000'],
      [JOINT, '6000'],
    ] as const) {
      await openAction(head, 'decide');
      await chooseOption(head, '#action-decide_partyId', name);
      await head.locator('#action-decide_penalty_lines_0_amount').fill(amount);
      await head
        .locator('#action-decide_discretion_reasoning')
        .fill('按当事人在共同违法中的作用分别裁量，无从轻从重情节。');
      await submitAction(head);
      await expectTimeline(head, 'decide', name === PARTY ? '当事人P1' : '当事人P2');
    }
    await expectStatus(head, '已作出处罚决定');
  });

  step(
    '行政处罚法 第61条, 第67条: each decision is served on its party and each fine paid; the case is executed',
    async () => {
      const page = await openCase('officer');
      for (const name of [PARTY, JOINT]) {
        await openAction(page, 'serveDecision');
        await chooseOption(page, '#action-serveDecision_partyId', name);
        expect(await page.locator('#action-serveDecision_recipient').inputValue()).toBe(name);
        await printFromForm(page);
        await submitAction(page);
      }
      await expectStatus(page, '决定书已送达');
      for (const name of [PARTY, JOINT]) {
        await openAction(page, 'recordPayment');
        await chooseOption(page, '#action-recordPayment_partyId', name);
        await page.locator('#action-recordPayment_receiptNo').fill(name === PARTY ? '4400260010001' : '4400260010002');
        await submitAction(page);
      }
      await expectStatus(page, '执行完毕');
    },
  );
});
