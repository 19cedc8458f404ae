// The rarer steps of an ordinary case, through the web pages only, at 棠下镇 (a town: it also holds
// the forestry items of the supplementary delegation). Four cases share one server:
// - a restaurant's barbecue tools are seized (扣押) with the head's prior approval, the measure is
//   extended and released, and evidence is preserved (先行登记保存) and handled; each step's time
//   limit shows on the case page (行政强制法 第18、24、25、27条; 行政处罚法 第56条). A seizure by one
//   officer and an extension beyond thirty days are refused with their articles.
// - in the same case the party asks for an officer's recusal (回避), the head grants it and puts
//   another officer on the case (the recused one is refused); a second request without grounds is
//   refused and that officer investigates on; the case being complex, the heads deliberate
//   (集体讨论; one participant is stopped by the form, and only heads are offered).
// - a forestry company's felling turns out to be a suspected crime: a first report on a rough
//   estimate is not approved (the form asks for the reason) and the case goes on; the measured report
//   takes the decision away from the head, a penalty notice is refused (行政处罚法 第27条), the head approves
//   the referral (移送规定 第5、6条) and the police's answers are recorded.
// - a jurisdiction dispute with 荷塘镇 goes to the common superior, which names 荷塘镇 (a ruling that
//   names no agency is refused); another case is transferred at filing to the agency that has
//   jurisdiction (行政处罚法 第22、25条).
// - a grill shop's gas cylinders are seized on the spot in an emergency by the officers, and the head
//   approves it afterwards within 24 hours (a later approval is refused: 行政强制法 第19条); an
//   appraisal is left out of the handling period, the head extends it once by 30 days, a second
//   extension on the head's word alone is refused and one by collective deliberation goes through
//   (行政处罚法 第60条); the 90-day limit on the case page moves with each step.
// No step needs time to pass, so the server runs on the real clock.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { DEFAULT_CASE_CONFIG, addDays, addWorkingDays, defaultCalendar } from '@zhifa/domain';
import {
  chooseOption,
  closeDropdown,
  ensureChosen,
  launchBrowser,
  serverMinute,
  serverToday,
  startServer,
  type RunningServer,
  bannerNames,
  openAction,
  pressSubmit,
  submitAction,
  ACTION_FOOTER,
} from './support';
import {
  approveFiling,
  expectRefusal,
  expectStatus,
  expectTimeline,
  fileFromLead,
  openCase as openCaseAt,
  signInAll,
  storySteps,
  tick,
  uploadEvidence,
  type Lead,
  type UserPage,
} from './stories';

const TOWN = 'tangxia';
/** The footer of the open action form (drawer or modal). */
const FOOTER = ACTION_FOOTER;
/** The shown pane of the case page's tabs. */
const PANE = '[role="tabpanel"][aria-hidden="false"]';
const AV_TITLE = '执法记录仪录像（扣押烧烤炉具全过程）';

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'head', UserPage> = {} as never;
let names: Record<string, string> = {};
const person = (who: string) => names[`${TOWN}.${who}`];

const SEIZURE: Lead = {
  key: '棠下镇桥头广场',
  summary: '夜间巡查发现棠下镇桥头广场有餐饮店在禁止区域露天烧烤，油烟扰民，责令停止后仍继续经营。',
  location: '棠下镇桥头广场东侧',
  party: '江门市蓬江区炭火记餐饮管理有限公司',
  codeBody: '91440703MA51Q7R3X',
  address: '江门市蓬江区棠下镇桥头路 12 号',
  search: '露天烧烤',
  item: '对在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚',
};
const FELLING: Lead = {
  key: '棠下镇天乡村后山',
  summary: '群众举报棠下镇天乡村后山林地有大面积林木被砍伐，现场可见新伐桉树桩数百个。',
  location: '棠下镇天乡村后山林地',
  party: '江门市蓬江区青林林业发展有限公司',
  codeBody: '91440703MA53T6PL0',
  address: '江门市蓬江区棠下镇天乡村委会旁',
  search: '滥伐林木',
  item: '对滥伐林木的行政处罚',
};
const DUMPING: Lead = {
  key: '棠下荷塘交界',
  summary: '巡查发现棠下荷塘交界处河涌边堆放生活垃圾，疑为附近物业公司倾倒，荷塘镇亦已立案。',
  location: '棠下镇与荷塘镇交界处三丫涌边',
  party: '江门市蓬江区宜居物业管理有限公司',
  codeBody: '91440703MA4WKJ7N2',
  address: '江门市蓬江区荷塘镇篁湾路 3 号',
  search: '单位随意倾倒',
  item: '对单位随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚',
};
const ROAD: Lead = {
  key: '江鹤路棠下段',
  summary: '巡查发现江鹤路棠下段有公司擅自开挖路面铺设管线，现场未见占用挖掘许可。',
  location: '江鹤路棠下段 K12 处',
  party: '江门市蓬江区通达管道工程有限公司',
  codeBody: '91440703MA4UH2K8X',
  address: '江门市蓬江区棠下镇堡棠路 88 号',
  search: '擅自占用或者挖掘',
  item: '对擅自占用或者挖掘城市道路的行政处罚',
};

const URGENT: Lead = {
  key: '棠下镇周郡市场',
  summary: '巡查发现棠下镇周郡市场旁烧烤档在人行道上使用液化气钢瓶露天烧烤，钢瓶靠近明火，随时可能发生危险。',
  location: '棠下镇周郡市场南门人行道',
  party: '江门市蓬江区旺角烧烤店',
  codeBody: '92440703MA4XQ2T5N',
  address: '江门市蓬江区棠下镇周郡大道 6 号',
  search: '露天烧烤',
  item: '对在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚',
};

/** Uploads a recording to the case's evidence (the browser hashes it, the server checks). */
async function uploadVideo(page: Page, fileName: string, title: string, bytes: string) {
  await uploadEvidence(page, { name: fileName, mimeType: 'video/mp4', buffer: Buffer.from(bytes) }, title);
}

/** Opens the seizure form and fills one item, the reason, the item's legal basis and the recording. */
async function fillSeizure(page: Page, item: string, quantity: string, reason: string, recording: string) {
  await openAction(page, 'applyCoerciveMeasure');
  await page.locator('#action-applyCoerciveMeasure_items_0_name').fill(item);
  await page.locator('#action-applyCoerciveMeasure_items_0_quantity').fill(quantity);
  await page.locator('#action-applyCoerciveMeasure_decision_reason').fill(reason);
  await page.getByRole('button', { name: /带入事项的处罚依据/ }).click();
  await page.locator('#action-applyCoerciveMeasure_decision_basis_0_title').waitFor();
  await chooseOption(page, '#action-applyCoerciveMeasure_avEvidenceId', recording);
}

/** The due date shown on a row of the 期限 tab. */
async function deadlineDue(page: Page, label: string): Promise<string> {
  await page.getByRole('tab', { name: /期限/ }).click();
  const row = page.locator(`${PANE} .ant-table-row`, { hasText: label }).first();
  await row.waitFor();
  const due = (await row.innerText()).match(/\d{4}-\d{2}-\d{2}/);
  if (!due) throw new Error(`no due date on the row "${label}"`);
  return due[0];
}

/** A datetime-local value moved by whole hours (both are wall-clock times in Beijing). */
function plusHours(value: string, hours: number): string {
  return new Date(Date.parse(`${value}:00Z`) + hours * 3_600_000).toISOString().slice(0, 16);
}

const todayIn = () => serverToday(server);
const nowMinuteIn = () => serverMinute(server);

async function unchoose(page: Page, input: string, name: string) {
  const select = page
    .locator('.ant-select')
    .filter({ has: page.locator(input) })
    .first();
  await select
    .locator('.ant-select-selection-item', { hasText: name })
    .locator('.ant-select-selection-item-remove')
    .click();
  await select.locator('.ant-select-selection-item', { hasText: name }).waitFor({ state: 'detached' });
}

/** Types a free entry into a tags select (物品、证据清单). */
async function addTag(page: Page, input: string, text: string) {
  await page.locator(input).fill(text);
  await page.locator(input).press('Enter');
  await page
    .locator('.ant-select')
    .filter({ has: page.locator(input) })
    .locator('.ant-select-selection-item', { hasText: text })
    .waitFor();
  await closeDropdown(page);
}

/** One story; on failure leave what each user saw, and any page errors, for whoever reads it. */
const story = storySteps(pages, { failedShot: 'rare-failed', skipAfterFailure: false });

const openCase = (who: keyof typeof pages, url: string) => openCaseAt(pages[who].page, url);

/** A row of the 期限 tab holding the label and every one of the texts (due date, state). */
async function expectDeadline(page: Page, label: string, ...texts: string[]) {
  await page.getByRole('tab', { name: /期限/ }).click();
  let row = page.locator(`${PANE} .ant-table-row`, { hasText: label });
  for (const t of texts) row = row.filter({ hasText: t });
  await row.first().waitFor();
}

async function expectNoDeadline(page: Page, label: string) {
  await page.getByRole('tab', { name: /期限/ }).click();
  await page.locator(`${PANE} .ant-table`).waitFor();
  expect(await page.locator(`${PANE} .ant-table-row`, { hasText: label }).count()).toBe(0);
}

/** Waits for a document on the 文书 tab and returns its number ('—' when it has none). */
async function documentNumber(page: Page, title: string): Promise<string> {
  await page.getByRole('tab', { name: /文书/ }).click();
  const row = page.locator(`${PANE} .ant-table-row`, { hasText: title }).first();
  await row.waitFor();
  return (await row.locator('.mono').first().innerText()).trim();
}

/** An officer registers the lead and asks for filing with officers 1 and 2; returns the case's address. */
async function fileLead(lead: Lead): Promise<string> {
  return fileFromLead(pages.officer.page, server, lead, {
    violationDate: addDays(todayIn(), -2),
    officers: [person('officer1'), person('officer2')],
  });
}

/** An interview by the case's first two officers (the form's default) and the end of the investigation. */
async function investigate(caseUrl: string, summary: string, report: string, flag?: string) {
  const page = await openCase('officer', caseUrl);
  await openAction(page, 'recordInterview');
  await page.locator('#action-recordInterview_place').fill('棠下镇综合行政执法办询问室');
  await page.locator('#action-recordInterview_summary').fill(summary);
  await submitAction(page);
  await openAction(page, 'finishInvestigation');
  await page.locator('#action-finishInvestigation_report').fill(report);
  if (flag) await tick(page, flag);
  await submitAction(page);
  await expectStatus(page, '调查终结');
}

describe('rare steps of an ordinary case, through the pages', () => {
  let seizureCase = '';
  let seizureDone = false;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    names = bannerNames(server.output());
    await signInAll(pages, browser, server, [
      ['officer', `${TOWN}.officer1`],
      ['head', `${TOWN}.head`],
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  story('seizure with the head’s approval, its extension and release; preservation and its handling', async () => {
    const today = todayIn();
    seizureCase = await fileLead(SEIZURE);
    await approveFiling(pages.head.page, seizureCase);

    // The seizure must be recorded on audio-video (国办发〔2018〕118号): the officer uploads it first.
    const officer = await openCase('officer', seizureCase);
    await uploadVideo(officer, 'VID_20261126_2130.mp4', AV_TITLE, 'not really a video, but bytes with a hash');

    // Not urgent, so the head approves beforehand and the case officers carry it out (第18条(一)).
    const head = await openCase('head', seizureCase);
    await fillSeizure(
      head,
      '木炭烧烤炉',
      '2 台',
      '当事人在禁止区域露天烧烤食品，经责令停止后仍继续经营，为制止违法行为，依法扣押烧烤工具。',
      AV_TITLE,
    );
    expect(await head.locator('#action-applyCoerciveMeasure_decision_partyName').inputValue()).toBe(SEIZURE.party);
    // One officer only: refused under 行政强制法 第18条(二).
    await unchoose(head, '#action-applyCoerciveMeasure_officerIds', person('officer2'));
    await expectRefusal(head, '执法人员不得少于两人', '行政强制法 第18条');
    await ensureChosen(head, '#action-applyCoerciveMeasure_officerIds', person('officer2'));
    await submitAction(head);
    await expectTimeline(head, 'applyCoerciveMeasure');
    const measureDeadline = '强制措施期限届满前作出处理决定';
    await expectDeadline(
      head,
      measureDeadline,
      addDays(today, DEFAULT_CASE_CONFIG.coercion.days),
      '进行中',
      '行政强制法 第25条',
    );
    expect(await documentNumber(head, '实施行政强制措施决定书')).toMatch(/^蓬棠综执扣〔\d{4}〕\d+号$/);

    // One extension of at most thirty days (第25条): 31 is refused, 30 moves the end.
    await openAction(head, 'extendCoerciveMeasure');
    await chooseOption(head, '#action-extendCoerciveMeasure_measureId', 'QZ-1');
    await head
      .locator('#action-extendCoerciveMeasure_reason')
      .fill('涉案物品需进一步核查权属，情况复杂，经负责人批准延长扣押期限。');
    await head
      .locator('#action-extendCoerciveMeasure_extensionDays')
      .fill(String(DEFAULT_CASE_CONFIG.coercion.extensionDays + 1));
    await expectRefusal(head, `延长期限不得超过 ${DEFAULT_CASE_CONFIG.coercion.extensionDays} 日`, '行政强制法 第25条');
    await head
      .locator('#action-extendCoerciveMeasure_extensionDays')
      .fill(String(DEFAULT_CASE_CONFIG.coercion.extensionDays));
    await submitAction(head);
    // (No state tag asserted: past the loaded holiday years the page asks to check the date.)
    await expectDeadline(
      head,
      measureDeadline,
      addDays(today, DEFAULT_CASE_CONFIG.coercion.days + DEFAULT_CASE_CONFIG.coercion.extensionDays),
    );

    // The officer releases the measure (第28条): its time limit is met.
    await openCase('officer', seizureCase);
    await openAction(officer, 'releaseCoerciveMeasure');
    await chooseOption(officer, '#action-releaseCoerciveMeasure_measureId', 'QZ-1');
    await tick(officer, '不再需要采取措施');
    await officer
      .locator('#action-releaseCoerciveMeasure_note')
      .fill('当事人已停止露天烧烤并承诺不再违法经营，烧烤炉具予以退还。');
    await submitAction(officer);
    await expectTimeline(officer, 'releaseCoerciveMeasure');
    await expectDeadline(officer, measureDeadline, '已完成');
    await documentNumber(officer, '解除行政强制措施决定书');

    // 先行登记保存 with the head's approval; a handling decision within seven working days (第56条).
    await openCase('head', seizureCase);
    await openAction(head, 'preserveEvidence');
    await addTag(head, '#action-preserveEvidence_items', '烧烤用木炭 3 袋');
    await head
      .locator('#action-preserveEvidence_reason')
      .fill('木炭系当事人露天烧烤的直接证据，现场无法固定，如不及时保存可能灭失。');
    await head.locator('#action-preserveEvidence_place').fill('棠下镇综合行政执法办涉案物品保管室');
    await submitAction(head);
    const preservationDeadline = '先行登记保存证据七个工作日内作出处理决定';
    await expectDeadline(
      head,
      preservationDeadline,
      addWorkingDays(today, DEFAULT_CASE_CONFIG.preservationWorkingDays, defaultCalendar()),
      '行政处罚法 第56条',
    );
    expect(await documentNumber(head, '先行登记保存证据通知书')).toMatch(/^蓬棠综执保〔\d{4}〕\d+号$/);
    await openAction(head, 'handlePreservedEvidence');
    await chooseOption(head, '#action-handlePreservedEvidence_preservationId', 'BC-1');
    await tick(head, '解除保存并退还');
    await submitAction(head);
    await expectDeadline(head, preservationDeadline, '已完成');
    await expectStatus(head, '调查取证中');
    seizureDone = true;
  });

  story(
    'the party asks for an officer’s recusal; the head grants it and reassigns, refuses a second request, and the heads deliberate',
    async (): Promise<void> => {
      if (!seizureDone) throw new Error('depends on the seizure case, which failed');
      const today = todayIn();
      const recusalDeadline = '负责人对回避申请作出决定';
      /** The officer records the party's request; the head decides it (回避 or 不予回避). */
      const recusal = async (who: string, request: string, decision: '回避' | '不予回避', reason: string) => {
        const officer = await openCase('officer', seizureCase);
        await openAction(officer, 'requestRecusal');
        await chooseOption(officer, '#action-requestRecusal_officerId', person(who));
        await officer.locator('#action-requestRecusal_reason').fill(request);
        await submitAction(officer);
        await expectDeadline(officer, recusalDeadline, addDays(today, DEFAULT_CASE_CONFIG.recusalDecisionDays));
        const head = await openCase('head', seizureCase);
        await openAction(head, 'decideRecusal');
        await chooseOption(head, '#action-decideRecusal_officerId', person(who));
        await tick(head, decision);
        await head.locator('#action-decideRecusal_reason').fill(reason);
        await submitAction(head);
        await expectTimeline(head, 'decideRecusal', decision === '回避' ? '准予回避' : '不予回避');
        await expectNoDeadline(head, recusalDeadline);
        return head;
      };
      const head = await recusal(
        'officer2',
        '当事人称该执法人员与其法定代表人存在经济纠纷，可能影响公正执法，申请其回避。',
        '回避',
        '经核实，该执法人员与当事人法定代表人存在未结经济纠纷，决定其回避。',
      );

      // The recused officer cannot be put back on the case (行政处罚法 第43条第1款); officer 3 can.
      await openAction(head, 'assignOfficers');
      await ensureChosen(head, '#action-assignOfficers_officerIds', person('officer3'));
      await ensureChosen(head, '#action-assignOfficers_officerIds', person('officer2'));
      await head.locator('#action-assignOfficers_reason').fill('原承办人员回避，另行指派执法人员承办。');
      await expectRefusal(head, '已回避，不得承办本案', '行政处罚法 第43条第1款');
      await unchoose(head, '#action-assignOfficers_officerIds', person('officer2'));
      await submitAction(head);
      await expectTimeline(head, 'assignOfficers');

      // A second request, without grounds, is refused (第43条第2款): officer 1 stays and investigates.
      await recusal(
        'officer1',
        '当事人认为该执法人员态度严厉，申请其回避。',
        '不予回避',
        '执法态度不属于法定回避情形，该执法人员与本案无直接利害关系，不予回避。',
      );

      await investigate(
        seizureCase,
        '当事人法定代表人承认在禁止区域露天烧烤，经劝阻后仍继续经营。',
        '经调查，当事人在禁止的时段和区域内露天烧烤食品，事实清楚；当事人多次经劝阻仍不改正，情节复杂，建议提请负责人集体讨论。',
        '情节复杂',
      );
      // A complex case: the heads deliberate (行政处罚法 第57条第2款), after which the decision is open.
      await openCase('head', seizureCase);
      await openAction(head, 'recordDeliberation');
      await ensureChosen(head, '#action-recordDeliberation_participantIds', person('head'));
      await head
        .locator('#action-recordDeliberation_conclusion')
        .fill('经集体讨论，当事人违法事实清楚，证据充分，同意给予罚款并没收烧烤工具。');
      // One participant is no collective: the form says so before anything is sent.
      await pressSubmit(head);
      const tooFew = head.locator('.ant-form-item-explain-error', { hasText: '集体讨论应当由两名以上负责人参加' });
      await tooFew.waitFor();
      // Only the town's heads are offered (第57条第2款): the deputy head is the second participant.
      await ensureChosen(head, '#action-recordDeliberation_participantIds', person('deputy'));
      await head.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
      await submitAction(head);
      await expectStatus(head, '已集体讨论');
      await documentNumber(head, '重大案件集体讨论记录');
      await head.locator('[data-action="decide"]').waitFor();
    },
  );

  story(
    'a suspected crime takes the decision from the head until the referral; a referral on a rough estimate is not approved, the measured one is, and answered',
    async () => {
      const today = todayIn();
      const caseUrl = await fileLead(FELLING);
      await approveFiling(pages.head.page, caseUrl);
      await investigate(
        caseUrl,
        '当事人法定代表人承认未办理林木采伐许可证，组织工人砍伐后山桉树林约 30 亩。',
        '经调查，当事人未取得采伐许可证滥伐林木，事实清楚，建议给予行政处罚。',
      );
      const head = await openCase('head', caseUrl);
      await head.locator('[data-action="decide"]').waitFor();

      // A first report on a rough estimate: the head does not approve it, with the reason on record
      // (移送规定 第5条), and the case goes on as an administrative one.
      const officer = await openCase('officer', caseUrl);
      const referralDeadline = '负责人对涉嫌犯罪移送报告作出批准或不批准决定';
      await openAction(officer, 'markSuspectedCrime');
      await officer
        .locator('#action-markSuspectedCrime_reportSummary')
        .fill('现场目测滥伐桉树数量较多，初步估算蓄积可能达到滥伐林木罪立案标准，报请移送。');
      await submitAction(officer);
      await openCase('head', caseUrl);
      expect(await head.locator('[data-action="decide"]').count()).toBe(0);
      await openAction(head, 'referCriminal');
      await head.locator('#action-referCriminal_approved').getByText('不批准移送', { exact: true }).click();
      // The form asks for the reason before anything is sent.
      await pressSubmit(head);
      await head.locator('.ant-form-item-explain-error', { hasText: '请填写不批准的理由' }).waitFor();
      await head
        .locator('#action-referCriminal_reason')
        .fill('蓄积量系目测估算，未经专业测量，尚不足以认定达到立案标准；请委托林业调查规划设计单位测量后再报。');
      await head.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
      await submitAction(head);
      await expectTimeline(head, 'referCriminal', '不批准移送');
      await expectDeadline(head, referralDeadline, '已完成');
      await head.locator('[data-action="decide"]').waitFor();

      // Measured, the felled volume is over the criminal threshold: the officers report it again.
      await openCase('officer', caseUrl);
      await openAction(officer, 'markSuspectedCrime');
      await officer
        .locator('#action-markSuspectedCrime_reportSummary')
        .fill('经林业调查规划设计单位现场测量，滥伐桉树立木蓄积约 45 立方米，已达滥伐林木罪立案标准，涉嫌犯罪。');
      await submitAction(officer);
      await expectTimeline(officer, 'markSuspectedCrime');
      await expectDeadline(
        officer,
        referralDeadline,
        addDays(today, DEFAULT_CASE_CONFIG.criminalReferral.headDecisionDays),
      );

      // A penalty may not take the place of the transfer (行政处罚法 第27条).
      await openAction(officer, 'issueNotice');
      await officer.locator('#action-issueNotice_intendedPenalty_lines_0_amount').fill('30000');
      await officer
        .locator('#action-issueNotice_reasons')
        .fill('当事人的行为违反了《中华人民共和国森林法》第七十六条第二款的规定。');
      await officer.getByRole('button', { name: /带入事项的处罚依据/ }).click();
      await officer.locator('#action-issueNotice_basis_0_title').waitFor();
      await expectRefusal(officer, '不得以行政处罚代替移送', '行政处罚法 第27条');
      await officer
        .locator(FOOTER)
        .first()
        .getByRole('button', { name: /取\s*消/ })
        .click();
      await officer.locator(FOOTER).first().waitFor({ state: 'detached' });

      await openCase('head', caseUrl);
      expect(await head.locator('[data-action="decide"]').count()).toBe(0);
      await openAction(head, 'referCriminal');
      await head.locator('#action-referCriminal_recipient').fill('江门市公安局蓬江分局');
      await head.locator('#action-referCriminal_transferredAt').fill(nowMinuteIn());
      // Without the materials of 移送规定 第6条 the transfer is refused.
      await expectRefusal(head, '移送材料缺少：涉嫌犯罪案件移送书', '移送规定 第6条');
      for (const label of [
        '涉嫌犯罪案件移送书',
        '涉嫌犯罪案件情况的调查报告',
        '涉案物品清单',
        '本案无检验报告或鉴定结论',
      ])
        await tick(head, label);
      await submitAction(head);
      await expectStatus(head, '已移送司法机关');
      expect(await documentNumber(head, '涉嫌犯罪案件移送书')).toMatch(/^蓬棠综执刑移〔\d{4}〕\d+号$/);
      await expectDeadline(head, '批准后24小时内向公安机关移送', '已完成');
      // Referred, the case no longer runs against the ninety-day decision limit.
      await expectNoDeadline(head, '自立案之日起九十日内作出处理决定');

      await openCase('officer', caseUrl);
      const handOver = '公安机关立案后移交涉案物品及有关材料';
      await openAction(officer, 'recordReferralResponse');
      await tick(officer, '公安机关立案');
      await submitAction(officer);
      await expectDeadline(
        officer,
        handOver,
        addDays(today, DEFAULT_CASE_CONFIG.criminalReferral.handOverDays),
        '移送规定 第12条',
      );
      await openAction(officer, 'recordReferralResponse');
      await tick(officer, '已移交涉案物品和材料');
      await submitAction(officer);
      await expectDeadline(officer, handOver, '已完成');
      await expectStatus(officer, '已移送司法机关');
    },
  );

  story(
    'an emergency seizure is approved by the head within 24 hours; an excluded period and extensions move the 90-day limit',
    async () => {
      const today = todayIn();
      const urgentCase = await fileLead(URGENT);
      await approveFiling(pages.head.page, urgentCase);
      const limitLabel = '自立案之日起九十日内作出处理决定（含批准延长、扣除期间）';
      const officer = await openCase('officer', urgentCase);
      expect(await deadlineDue(officer, limitLabel)).toBe(addDays(today, DEFAULT_CASE_CONFIG.decisionLimit.days));

      // On the spot, in an emergency, the officers seize first (行政强制法 第19条), recorded on video.
      const title = '执法记录仪录像（当场扣押液化气钢瓶）';
      await uploadVideo(officer, 'VID_20261126_1015.mp4', title, 'the cylinders being carried off, in bytes');
      await fillSeizure(
        officer,
        '液化石油气钢瓶',
        '3 个',
        '钢瓶紧邻明火置于人行道，随时可能爆燃，情况紧急，当场扣押以消除危险。',
        title,
      );
      await officer.locator('#action-applyCoerciveMeasure_urgent').getByText('是', { exact: true }).click();
      const takenAt = await officer.locator('#action-applyCoerciveMeasure_takenAt').inputValue();
      await submitAction(officer);
      await expectTimeline(officer, 'applyCoerciveMeasure');
      const approvalLabel = '当场实施强制措施后24小时内报告负责人并补办批准';
      // Due within a day: flagged as coming due.
      await expectDeadline(officer, approvalLabel, '即将到期', '行政强制法 第19条');

      // The head's approval 25 hours later is refused; the same day it is recorded.
      const head = await openCase('head', urgentCase);
      await openAction(head, 'confirmUrgentMeasure');
      await chooseOption(head, '#action-confirmUrgentMeasure_measureId', 'QZ-1');
      await head.locator('#action-confirmUrgentMeasure_reportedAt').fill(takenAt);
      await head.locator('#action-confirmUrgentMeasure_approvedAt').fill(plusHours(takenAt, 25));
      await expectRefusal(
        head,
        `应当在 ${DEFAULT_CASE_CONFIG.coercion.urgentApprovalHours} 小时内向负责人报告并补办批准手续`,
        '行政强制法 第19条',
      );
      await head
        .locator('#action-confirmUrgentMeasure_approvedAt')
        .fill(nowMinuteIn() < takenAt ? takenAt : nowMinuteIn());
      await submitAction(head);
      await expectTimeline(head, 'confirmUrgentMeasure');
      await expectDeadline(head, approvalLabel, '已完成');

      // Ten days of appraisal do not count (第60条), then one 30-day extension by the head.
      await openAction(head, 'excludePeriod');
      await head.locator('#action-excludePeriod_from').fill(addDays(today, 1));
      await head.locator('#action-excludePeriod_to').fill(addDays(today, 10));
      await tick(head, '鉴定');
      await submitAction(head);
      expect(await deadlineDue(head, limitLabel)).toBe(addDays(today, DEFAULT_CASE_CONFIG.decisionLimit.days + 10));
      const days = DEFAULT_CASE_CONFIG.decisionLimit.headExtensionDays;
      await openAction(head, 'extendDeadline');
      await head
        .locator('#action-extendDeadline_reason')
        .fill('钢瓶安全性能须送检鉴定，案情复杂，报负责人批准延长办案期限。');
      await submitAction(head);
      expect(await deadlineDue(head, limitLabel)).toBe(
        addDays(today, DEFAULT_CASE_CONFIG.decisionLimit.days + 10 + days),
      );
      // A second extension is the collective's to decide, not the head's alone.
      await openAction(head, 'extendDeadline');
      await head.locator('#action-extendDeadline_days').fill('15');
      await head.locator('#action-extendDeadline_reason').fill('鉴定机构出具报告延迟，需再次延长办案期限。');
      await expectRefusal(head, `负责人只能批准一次不超过 ${days} 日的延期`, '行政处罚法 第60条');
      await tick(head, '集体讨论决定');
      await submitAction(head);
      expect(await deadlineDue(head, limitLabel)).toBe(
        addDays(today, DEFAULT_CASE_CONFIG.decisionLimit.days + 10 + days + 15),
      );
      await expectTimeline(head, 'extendDeadline');
    },
  );

  story(
    'a jurisdiction dispute goes to the superior, which names the other town; another case is transferred at filing',
    async () => {
      const today = todayIn();
      const disputed = await fileLead(DUMPING);
      await approveFiling(pages.head.page, disputed);
      const head = await openCase('head', disputed);
      await openAction(head, 'requestJurisdictionRuling');
      await head.locator('#action-requestJurisdictionRuling_otherAgency').fill('江门市蓬江区荷塘镇人民政府');
      await head.locator('#action-requestJurisdictionRuling_negotiationFailedOn').fill(today);
      await head.locator('#action-requestJurisdictionRuling_superior').fill('江门市蓬江区人民政府');
      await submitAction(head);
      await expectStatus(head, '待指定管辖');

      const officer = await openCase('officer', disputed);
      await openAction(officer, 'recordJurisdictionRuling');
      await tick(officer, '由其他机关管辖');
      await officer.locator('#action-recordJurisdictionRuling_rulingBody').fill('江门市蓬江区人民政府');
      await officer.locator('#action-recordJurisdictionRuling_ruledOn').fill(today);
      // Named another agency, the ruling must say which (行政处罚法 第25条第2款).
      await expectRefusal(officer, '应当登记被指定机关', '行政处罚法 第25条第2款');
      await officer.locator('#action-recordJurisdictionRuling_otherAgency').fill('江门市蓬江区荷塘镇人民政府');
      await submitAction(officer);
      await expectStatus(officer, '已移送有管辖权机关');
      await expectTimeline(officer, 'recordJurisdictionRuling');
      await expectNoDeadline(officer, '自立案之日起九十日内作出处理决定');

      // At the filing step the head sees the road is not the town's and transfers the case (第22条).
      const road = await fileLead(ROAD);
      await openCase('head', road);
      await openAction(head, 'transferCase');
      await head.locator('#action-transferCase_toAgency').fill('江门市蓬江区交通运输局');
      await head
        .locator('#action-transferCase_reason')
        .fill('江鹤路棠下段为公路路段，擅自挖掘公路的查处不属于本机关管辖，依法移送。');
      await addTag(head, '#action-transferCase_evidenceList', '案源登记表及现场照片');
      await submitAction(head);
      await expectStatus(head, '已移送有管辖权机关');
      await expectTimeline(head, 'transferCase', '江门市蓬江区交通运输局');
      expect(await documentNumber(head, '案件移送函')).toMatch(/^蓬棠综执移〔\d{4}〕\d+号$/);
      expect(await head.locator('[data-action="approveFiling"]').count()).toBe(0);
    },
  );
});
