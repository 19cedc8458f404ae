// Several parties (共同违法) through the web pages: 杜阮镇's officers file a case against a restaurant for
// a blocked smoke flue; the investigation shows the building's property company did the blocking with
// it, and the head adds the company as a joint violator (追加共同违法当事人), which the case page then
// names beside the filed party. Each party's own decision is covered by the integration test
// (packages/server/test/cases/parties.test.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { creditCodeCheckChar } from '@zhifa/domain';
import {
  chooseOption,
  launchBrowser,
  openAction,
  printFromForm,
  type RunningServer,
  startServer,
  submitAction,
} from './support';
import {
  BLOCKED_FLUE,
  expectStatus,
  expectTimeline,
  FLUE_VIOLATION,
  fileAndApprove,
  inspectBlockedFlue,
  notifyAndWaive,
  openCase as openCaseAt,
  signInAll,
  storySteps,
  tick,
  type UserPage,
} from './stories';

const TOWN = 'duruan';
const LEAD = BLOCKED_FLUE;
const PARTY = LEAD.party;
const JOINT = '江门市蓬江区杜阮镇美居物业管理有限公司';
const ACCOUNTS = [
  ['officer', `${TOWN}.officer1`],
  ['head', `${TOWN}.head`],
] as const;

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'head', UserPage> = {} as never;
let caseUrl = '';

/** One step of the story; after a failed step the later ones are skipped, not failed again. */
const step = storySteps(pages, { failedShot: 'parties-failed' });

const openCase = (who: keyof typeof pages) => openCaseAt(pages[who].page, caseUrl);

describe('a joint violator added to a case, through the pages', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await signInAll(pages, browser, server, ACCOUNTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('a case about a blocked smoke flue is filed and approved', async () => {
    caseUrl = await fileAndApprove(pages, server, LEAD, TOWN);
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
      await inspectBlockedFlue(
        page,
        '杜阮镇杜阮北路 28 号香满楼饭店后厨',
        '后厨专用烟道接口被砖墙封堵，排油烟管接入后巷雨水井；物业公司承认系其安排人员砌墙。',
      );
      await notifyAndWaive(page, {
        report: '饭店与物业公司共同封堵专用烟道，建议分别处以罚款。',
        fine: '10000',
        reasons: `${FLUE_VIOLATION}。`,
      });
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
