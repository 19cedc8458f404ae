// A full ordinary case through the API: lead → filing → investigation with evidence → notice
// with the hearing right → hearing (presider not an investigator) → legal review → decision by
// the head → service → payment → closure → archive.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASIS,
  createHarness,
  fine,
  ITEM,
  NO_CIRCUMSTANCES,
  PARTY,
  REVIEW_PASS,
  sha256,
  T0,
  type Harness,
} from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('an ordinary case from lead to archive', () => {
  let leadId: string;
  let caseId: string;
  let evidenceId: string;
  let o1: string;
  let o2: string;
  let reviewer: string;

  it('行政处罚法 第54条: a lead is registered and vetted into a filing request awaiting the head', async () => {
    o1 = await h.person('duruan.officer1');
    o2 = await h.person('duruan.officer2');
    reviewer = await h.person('duruan.reviewer');
    const lead = h.ok(
      await h.p.request({
        method: 'POST',
        url: '/api/leads',
        cookie: await h.cookie('duruan.officer1'),
        body: {
          source: 'patrol',
          receivedAt: T0,
          summary: '巡查发现杜阮南路有人占道摆卖',
          location: '杜阮南路',
          partyName: '张三',
          itemCode: ITEM.code,
        },
      }),
      201,
    );
    leadId = lead.id;
    expect(lead.number).toMatch(/^蓬杜综执案源〔2026〕\d+号$/);
    const listed = h.ok(
      await h.p.request({ method: 'GET', url: '/api/leads?status=pending', cookie: await h.cookie('duruan.officer1') }),
    );
    const mine = listed.items.find((l: { id: string }) => l.id === leadId);
    expect(mine).toMatchObject({ status: 'pending', overdue: false, itemName: ITEM.name });
    expect(mine.vetDue).toMatch(/^2026-03-\d\d$/);

    const vetted = h.ok(
      await h.p.request({
        method: 'POST',
        url: `/api/leads/${leadId}/vet`,
        cookie: await h.cookie('duruan.officer1'),
        body: {
          decision: 'file',
          reason: '有违法事实，属于本机关管辖，符合立案条件',
          filing: {
            party: PARTY,
            items: [{ code: ITEM.code, name: ITEM.name }],
            violationDate: '2026-02-26',
            officerIds: [o1, o2],
          },
        },
      }),
    );
    caseId = vetted.caseId;
    expect(vetted.caseNumber).toMatch(/^蓬杜综执案〔2026〕\d+号$/);
    const lead2 = h.ok(
      await h.p.request({ method: 'GET', url: `/api/leads/${leadId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    expect(lead2).toMatchObject({ status: 'filed', caseId });
    expect(lead2.history.map((e: { event: string }) => e.event)).toEqual(['received', 'filed']);

    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.head') }),
    );
    expect(detail.state.status).toBe('filingRequested');
    expect(detail.allowedActions.map((a: { type: string }) => a.type)).toContain('approveFiling');
    // The party's ID number is kept encrypted; the log and the state carry the masked form only.
    expect(detail.state.party.idNumber).toBe(`${PARTY.idNumber.slice(0, 4)}**********${PARTY.idNumber.slice(-4)}`);
    const raw = await h.p.app.db
      .selectFrom('case_actions')
      .select(sql<string>`payload::text`.as('t'))
      .where('case_id', '=', caseId)
      .execute();
    expect(raw.every((r) => !r.t.includes(PARTY.idNumber))).toBe(true);
    const row = await h.p.app.db
      .selectFrom('cases')
      .select(['party_id_enc', 'lead_id'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(h.p.app.fieldCrypto.decrypt(row.party_id_enc!, 'cases.party_id')).toBe(PARTY.idNumber);
    expect(row.lead_id).toBe(leadId);
  });

  it('行政处罚法 第54条第2款: the head approves the filing and a 立 number is issued; the item counts as used', async () => {
    const res = h.ok(await h.cmd(caseId, 'duruan.head', 'approveFiling', { opinion: '同意立案' }));
    expect(res.status).toBe('investigating');
    expect(res.documents).toEqual([
      { kind: 'filingApproval', number: expect.stringMatching(/^蓬杜综执立〔2026〕\d+号$/) },
    ]);
    const usage = await h.p.app.db.selectFrom('item_usage').selectAll().where('source_id', '=', caseId).execute();
    expect(usage).toHaveLength(1);
  });

  it('行政处罚法 第42条, 第55条: two qualified officers record the inspection and the interview; evidence is uploaded and hashed', async () => {
    const base = {
      officerIds: [o1, o2],
      place: '杜阮南路',
      certificatesShown: true,
      signature: { partySigned: true },
      avEvidenceId: 'AV-1',
    };
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordSiteInspection', {
        ...base,
        recordId: 'XC-1',
        startedAt: `${T0}T08:00`,
        partyPresent: true,
        findings: '占道约 10 平方米',
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordInterview', {
        ...base,
        recordId: 'XW-1',
        startedAt: `${T0}T08:30`,
        interviewee: '张三',
        summary: '当事人承认占道摆卖',
      }),
    );
    const photo = crypto.randomBytes(2048);
    const up = h.ok(
      await h.upload(caseId, 'duruan.officer2', photo, {
        sha256: sha256(photo),
        kind: 'audioVisual',
        title: '现场照片',
        capturedAt: `${T0}T10:05`,
        location: '杜阮南路',
        officerIds: [o1, o2],
      }),
      201,
    );
    evidenceId = up.id;
    expect(up.sha256).toBe(sha256(photo));
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '经查，当事人占道摆卖事实清楚',
        proposedOutcome: 'penalty',
        flags: {
          complex: false,
          majorViolation: false,
          majorPublicInterest: false,
          multipleLegalRelations: false,
          lawRequiresReview: false,
        },
      }),
    );
  });

  it('行政处罚法 第44条, 第63条: the notice states the hearing right for a fine of 8,000 yuan and is served', async () => {
    const notice = h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'issueNotice', {
        intendedPenalty: fine(8000),
        facts: '当事人于 2026 年 2 月 26 日在杜阮南路占道摆卖',
        reasons: '违反《广东省城乡生活垃圾管理条例》',
        basis: BASIS,
        rights: { statement: true, defence: true, hearing: true },
      }),
    );
    expect(notice.documents[0].number).toMatch(/^蓬杜综执告〔2026〕\d+号$/);
    const served = h.ok(
      await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', { method: 'direct', recipient: '张三', signedOn: T0 }),
    );
    expect(served.status).toBe('noticeServed');
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    const keys = detail.deadlines.map((d: { key: string }) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['decisionLimit', 'representation', 'hearingRequest']));
    // 5 working days after service on Monday 2 March.
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'hearingRequest').due).toBe('2026-03-09');
  });

  it('行政处罚法 第64条(四): the hearing is requested, its presider may not be an investigator, and it is held', async () => {
    h.setDay('2026-03-03');
    h.ok(await h.cmd(caseId, 'duruan.officer1', 'requestHearing', { requestedOn: '2026-03-03', form: 'written' }));
    const schedule = {
      hearingDate: '2026-03-13',
      noticeDate: '2026-03-03',
      place: '杜阮镇政府会议室',
      public: true,
      agents: [],
    };
    const refused = await h.cmd(caseId, 'duruan.reviewer', 'scheduleHearing', { ...schedule, presiderId: o1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('PROCEDURE_REFUSED');
    expect(refused.json().details.refusals.map((r: { article: string }) => r.article)).toContain(
      '行政处罚法 第64条(四)',
    );
    const scheduled = h.ok(
      await h.cmd(caseId, 'duruan.reviewer', 'scheduleHearing', { ...schedule, presiderId: reviewer }),
    );
    expect(scheduled.documents[0]).toMatchObject({
      kind: 'hearingNotice',
      number: expect.stringMatching(/^蓬杜综执听〔2026〕\d+号$/),
    });

    h.setDay('2026-03-13');
    const held = h.ok(
      await h.cmd(caseId, 'duruan.reviewer', 'recordHearing', {
        heldOn: '2026-03-13',
        attendance: 'attended',
        transcript: { signedByParty: true },
        report: '听证认为违法事实清楚',
        feeCharged: 0,
        avEvidenceId: evidenceId,
      }),
    );
    expect(held.status).toBe('hearingHeld');
  });

  it('行政处罚法 第58条: after the hearing the case goes to legal review, which the reviewer passes', async () => {
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'submitForReview', {
        triggers: ['hearingMajorRights'],
        materials: '全部案卷材料',
      }),
    );
    const queue = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/review', cookie: await h.cookie('duruan.reviewer') }),
    );
    expect(queue.items.map((i: { caseId: string; kind: string }) => `${i.caseId}:${i.kind}`)).toContain(
      `${caseId}:recordReview`,
    );
    const officerTry = await h.cmd(caseId, 'duruan.officer1', 'recordReview', REVIEW_PASS);
    expect(officerTry.statusCode).toBe(422);
    expect(officerTry.json().details.refusals[0].code).toBe('roleNotAllowed');
    const reviewed = h.ok(await h.cmd(caseId, 'duruan.reviewer', 'recordReview', REVIEW_PASS));
    expect(reviewed.status).toBe('reviewPassed');
  });

  it('行政处罚法 第57条, 第59条: the head decides; the decision number is issued from the gapless counter', async () => {
    const approvals = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
    );
    expect(approvals.items.map((i: { caseId: string; kind: string }) => `${i.caseId}:${i.kind}`)).toContain(
      `${caseId}:decide`,
    );
    const decided = h.ok(
      await h.cmd(caseId, 'duruan.head', 'decide', {
        outcome: 'penalty',
        penalty: fine(8000),
        partyAddress: PARTY.address,
        facts: '当事人于 2026 年 2 月 26 日在杜阮南路占道摆卖',
        evidenceIds: [evidenceId],
        basis: BASIS,
        circumstances: NO_CIRCUMSTANCES,
        discretion: { tier: 'standard', reasoning: '占道面积中等，无从轻从重情节' },
        performance: { method: '到指定银行或通过电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
        surchargeStandardStated: true,
        handedOverOnSpot: false,
      }),
    );
    expect(decided.status).toBe('decided');
    const number = decided.documents[0].number as string;
    expect(number).toMatch(/^蓬杜综执罚〔2026〕\d+号$/);
    const counter = await h.p.app.db
      .selectFrom('document_counters')
      .select('last_serial')
      .where('agency_id', '=', await h.agency('杜阮镇'))
      .where('year', '=', 2026)
      .where('doc_class', '=', '罚')
      .executeTakeFirstOrThrow();
    expect(number).toBe(`蓬杜综执罚〔2026〕${counter.last_serial}号`);
    const state = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.head') }),
    ).state;
    expect(state.decision.document.remedies.text).toContain('江门市蓬江区人民政府');
    expect(state.decision.document.remedies.text).toContain('也可以在六个月内');
  });

  it('行政处罚法 第59条, 第61条: the decision is served once printed and sealed', async () => {
    const service = { method: 'direct', recipient: '张三', signedOn: '2026-03-13', sealed: true };
    const unprinted = await h.cmd(caseId, 'duruan.aux', 'serveDecision', service);
    expect(unprinted.statusCode).toBe(422);
    expect(unprinted.json().details.refusals).toEqual([
      expect.objectContaining({
        code: 'decisionNotPrinted',
        message: '行政处罚决定书尚未打印：请先打印并加盖印章，或上传已盖章的决定书',
        article: '行政处罚法 第59条、第61条第1款',
      }),
    ]);
    await h.print(caseId, 'duruan.aux', 'penaltyDecision');
    const unsealed = await h.cmd(caseId, 'duruan.aux', 'serveDecision', { ...service, sealed: false });
    expect(unsealed.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['decisionNotSealed']);
  });

  it('行政处罚法 第61条, 第67条: the decision is served and the fine paid with its receipt number', async () => {
    const served = h.ok(
      await h.cmd(caseId, 'duruan.aux', 'serveDecision', {
        method: 'direct',
        recipient: '张三',
        signedOn: '2026-03-13',
        sealed: true,
      }),
    );
    expect(served.status).toBe('served');
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    // 15 days from 13 March end on Saturday 28 March, rolled to Monday 30 March.
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'payment')).toMatchObject({
      due: '2026-03-30',
      partyFacing: true,
    });
    const paid = h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordPayment', {
        amount: 8000,
        paidOn: '2026-03-13',
        channel: 'bank',
        receiptNo: '粤财罚〔2026〕000123',
      }),
    );
    expect(paid.status).toBe('executed');
  });

  it('行政处罚法 第47条: the head closes the case and the officer archives it with a gapless archive number', async () => {
    const approvals = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
    );
    expect(approvals.items.map((i: { caseId: string; kind: string }) => `${i.caseId}:${i.kind}`)).toContain(
      `${caseId}:closeCase`,
    );
    h.ok(await h.cmd(caseId, 'duruan.head', 'closeCase', { reason: 'executed', report: '罚款已缴清，案件办结' }));
    const archived = h.ok(await h.cmd(caseId, 'duruan.officer1', 'archiveCase', { retention: 'thirtyYears' }));
    expect(archived.status).toBe('archived');
    const archiveNumber = archived.documents[0].number as string;
    const counter = await h.p.app.db
      .selectFrom('document_counters')
      .select('last_serial')
      .where('agency_id', '=', await h.agency('杜阮镇'))
      .where('year', '=', 2026)
      .where('doc_class', '=', 'archive')
      .executeTakeFirstOrThrow();
    expect(archiveNumber).toBe(`2026${String(counter.last_serial).padStart(4, '0')}`);

    const file = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/cases/${caseId}/case-file`,
        cookie: await h.cookie('duruan.officer1'),
      }),
    );
    expect(file.archiveNumber).toBe(archiveNumber);
    const mainTitles = file.main.map((d: { title: string }) => d.title);
    expect(mainTitles.slice(0, 4)).toEqual(['正卷封面', '卷内目录', '立案审批表', '行政处罚决定书']);
    expect(mainTitles).toContain('听证笔录');
    expect(file.internal.map((d: { title: string }) => d.title)).toEqual(
      expect.arrayContaining(['法制审核意见书', '听证报告', '结案报告（结案审批表）']),
    );
    expect(file.main.filter((d: { numbered: boolean }) => d.numbered)[0]).toMatchObject({ pageFrom: 1 });
    expect(file.cover).toMatchObject({ archiveNumber, caseName: '关于张三涉嫌擅自占用城市道路摆摊设点案' });
  });

  it('keeps the whole story: timeline, documents, audit rows, and an action log that cannot be edited', async () => {
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    expect(detail.state.status).toBe('archived');
    expect(detail.timeline.map((t: { type: string }) => t.type)).toEqual([
      'fileCase',
      'approveFiling',
      'recordSiteInspection',
      'recordInterview',
      'addEvidence',
      'finishInvestigation',
      'issueNotice',
      'recordNoticeService',
      'requestHearing',
      'scheduleHearing',
      'recordHearing',
      'submitForReview',
      'recordReview',
      'decide',
      'serveDecision',
      'recordPayment',
      'closeCase',
      'archiveCase',
    ]);
    expect(detail.version).toBe(18);
    expect(detail.allowedActions).toEqual([]);
    const kinds = detail.documents.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['filingApproval', 'penaltyNotice', 'hearingNotice', 'penaltyDecision', 'caseFile']),
    );
    const audits = await h.p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('object_id', '=', caseId)
      .execute();
    expect(audits.filter((a) => a.event_type === 'case.command')).toHaveLength(16);
    await expect(sql`update case_actions set type = 'x' where case_id = ${caseId}`.execute(h.p.app.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from case_actions where case_id = ${caseId}`.execute(h.p.app.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
