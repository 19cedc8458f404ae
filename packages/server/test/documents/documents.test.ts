// Documents as printed: the PDF text of each required element (extracted from the generated PDF),
// rendered once and kept byte-identical, corrections as new versions, signed copies into the
// evidence store, the bound case file, the document settings and gapless numbers under load.
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, commandId, createHarness, fine, ITEM, multipart, sha256, T0, type Harness } from '../cases/fixtures';
import { issueDocumentNumber } from '../../src/shared/numbers';
import { decidedCase } from '../disclosure/support';

let h: Harness;
let caseId: string;
let agencyId: string;
beforeAll(async () => {
  h = await createHarness();
  agencyId = await h.agency('杜阮镇');
});
afterAll(async () => {
  await h?.close();
});

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  const { text } = await extractText(pdf, { mergePages: true });
  // Lines wrap anywhere in Chinese text: compare without the breaks.
  return text.replace(/\s+/g, '');
}

const get = async (url: string, user = 'duruan.officer1') =>
  h.p.request({ method: 'GET', url, cookie: await h.cookie(user) });

async function documents(id = caseId, user = 'duruan.officer1') {
  return h.ok(await get(`/api/cases/${id}/documents`, user)).items as {
    id: string;
    kind: string;
    number: string | null;
    version: number;
    verificationCode: string | null;
    publicUrl: string | null;
    provisional: boolean;
    versions: { version: number; sha256: string; reason: string | null }[];
    signedCopies: { id: string; evidenceId: string; sha256: string }[];
  }[];
}

async function pdfOf(docId: string, version?: number) {
  const res = await get(`/api/documents/${docId}/pdf${version ? `?version=${version}` : ''}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('application/pdf');
  return res.rawPayload;
}

describe('documents of a case decided through the ordinary procedure', () => {
  it('sets the agency payee and a series code used by numbers issued afterwards', async () => {
    const res = await h.p.request({
      method: 'PUT',
      url: `/api/agencies/${agencyId}/document-settings`,
      cookie: await h.cookie('sysadmin'),
      body: {
        commandId: commandId(),
        series: [{ series: '告', code: '先告' }],
        payee: { accountName: '杜阮镇财政所', bank: '农业银行杜阮支行', accountNumber: '4400 1234 5678' },
      },
    });
    const settings = h.ok(res);
    expect(settings.series.find((s: { series: string }) => s.series === '告').code).toBe('先告');
    expect(settings.series.find((s: { series: string }) => s.series === '罚').code).toBe('罚');
    expect(settings.payee.accountNumber).toBe('4400 1234 5678');
    const read = h.ok(await get(`/api/agencies/${agencyId}/document-settings`, 'duruan.head'));
    expect(read.payee.bank).toBe('农业银行杜阮支行');
  });

  it('the agency head keeps their own agency’s settings, and no other agency’s', async () => {
    const put = async (user: string, id: string, docPrefix: string) =>
      h.p.request({
        method: 'PUT',
        url: `/api/agencies/${id}/document-settings`,
        cookie: await h.cookie(user),
        body: { commandId: commandId(), docPrefix },
      });
    const before = h.ok(await get(`/api/agencies/${agencyId}/document-settings`, 'duruan.head')).docPrefix as string;
    expect(h.ok(await put('duruan.head', agencyId, '杜镇综执')).docPrefix).toBe('杜镇综执');
    expect(h.ok(await put('duruan.head', agencyId, before)).docPrefix).toBe(before);
    const other = await h.p.app.db
      .selectFrom('agencies')
      .select('id')
      .where('id', '<>', agencyId)
      .where('kind', '=', 'township')
      .executeTakeFirstOrThrow();
    expect((await put('duruan.head', other.id, '越权')).statusCode).toBe(404);
  });

  it('drives a case to its decision', async () => {
    ({ caseId } = await decidedCase(h, { fine: 1500, facts: '当事人于 2026 年 2 月 26 日在杜阮南路占道摆卖' }));
    const decided = await h.p.app.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(decided.status).toBe('decided');
    const docs = await documents();
    // The notice was numbered after the series code changed: 先告, not 告.
    expect(docs.find((d) => d.kind === 'penaltyNotice')!.number).toMatch(/^蓬杜综执先告〔2026〕\d+号$/);
  });

  it('行政处罚法 第59条: the decision PDF states every required element, extracted from the PDF text', async () => {
    const docs = await documents();
    const decision = docs.find((d) => d.kind === 'penaltyDecision')!;
    expect(decision.version).toBe(0);
    expect(decision.publicUrl).toBe(`http://localhost:3000/public/decisions/${decision.id}`);
    const text = await pdfText(await pdfOf(decision.id));
    expect(text).toContain('杜阮镇'); // the agency as title
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain(decision.number!.replace(/\s+/g, ''));
    expect(decision.number).toMatch(/^蓬杜综执罚〔2026〕\d+号$/);
    expect(text).toContain('当事人：张三');
    expect(text).toContain('杜阮南路占道摆卖');
    expect(text).toContain('《广东省城乡生活垃圾管理条例》第八十四条');
    expect(text).toContain('人民币1,500.00元（大写：壹仟伍佰元整）');
    expect(text).toContain('适用裁量基准第三项一般情形');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(text).toContain('第七十二条');
    expect(text).toContain('账号：440012345678'.replace(/\s+/g, ''));
    expect(text).toContain('六十日内');
    expect(text).toContain('六个月内');
    expect(text).toContain('（印章）');
    // Statement 72: an adult's ordinary-procedure penalty will be published, and the decision says so.
    expect(text).toContain('本行政处罚决定信息将在行政执法信息公示平台依法向社会公开');
    expect(text).toContain('二〇二六年三月二日');
    const after = await documents();
    const printed = after.find((d) => d.id === decision.id)!;
    expect(printed.version).toBe(1);
    expect(printed.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(text).toContain(`核验码${printed.verificationCode}`);
  });

  it('行政处罚法 第44条, 第64条: the notice and the hearing-rights notice print their rights', async () => {
    const docs = await documents();
    const notice = docs.find((d) => d.kind === 'penaltyNotice')!;
    const noticeText = await pdfText(await pdfOf(notice.id));
    expect(noticeText).toContain('行政处罚事先告知书');
    expect(noticeText).toContain('第四十四条');
    expect(noticeText).toContain('壹仟伍佰元整');
    const hearing = docs.find((d) => d.kind === 'hearingRightsNotice')!;
    expect(await pdfText(await pdfOf(hearing.id))).toContain('第六十四条');
    const filing = docs.find((d) => d.kind === 'filingApproval')!;
    const filingText = await pdfText(await pdfOf(filing.id));
    expect(filingText).toContain('立案审批表');
    expect(filingText).toMatch(/蓬杜综执立〔2026〕\d+号/);
    expect(filingText).toContain('案件来源：日常巡查发现');
    expect(filingText).toContain(`执法事项：${ITEM.name}`);
    expect(filingText).toContain('负责人审批意见');
    expect(filingText).toContain('同意立案');
    const inspection = docs.find((d) => d.kind === 'siteInspectionRecord')!;
    const inspectionText = await pdfText(await pdfOf(inspection.id));
    expect(inspectionText).toContain('现场检查（勘验）笔录');
    expect(inspectionText).toContain('占道约10平方米');
    expect(inspectionText).toContain('当事人（签名）');
  });

  it('送达回证 and 询问笔录 print what was recorded, with the party signature line', async () => {
    await h.print(caseId, 'duruan.aux', 'penaltyDecision');
    h.ok(
      await h.cmd(caseId, 'duruan.aux', 'serveDecision', {
        method: 'direct',
        recipient: '张三',
        signedOn: T0,
        sealed: true,
      }),
    );
    const docs = await documents();
    const receipt = await pdfText(await pdfOf(docs.filter((d) => d.kind === 'serviceReceipt').at(-1)!.id));
    expect(receipt).toContain('送达回证（处罚决定书）');
    expect(receipt).toContain('受送达人：张三');
    expect(receipt).toContain('当事人（签名）');
    const interview = await pdfText(await pdfOf(docs.find((d) => d.kind === 'interviewRecord')!.id));
    expect(interview).toContain('询问笔录');
    expect(interview).toContain('当事人承认在杜阮南路占道摆卖');
    expect(interview).toContain('2026年3月2日8时00分');
  });

  it('security.md §13: the first print of a document is audited once, with who printed it; later prints are not changes', async () => {
    const never = (await documents()).find((d) => d.versions.length === 0)!;
    const printed = () =>
      h.p.app.db
        .selectFrom('audit_log')
        .select(['actor_name', 'details'])
        .where('event_type', '=', 'document.printed')
        .where('object_id', '=', never.id)
        .execute();
    expect(await printed()).toHaveLength(0);
    await pdfOf(never.id);
    await pdfOf(never.id);
    const rows = await printed();
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_name).toBeTruthy();
    expect(rows[0].details).toMatchObject({
      kind: never.kind,
      version: 1,
      sha256: (await documents()).find((d) => d.id === never.id)!.versions[0].sha256,
    });
  });

  it('an issued PDF is served byte-identical; a correction is a new version and the old stays readable', async () => {
    const decision = (await documents()).find((d) => d.kind === 'penaltyDecision')!;
    const first = await pdfOf(decision.id);
    const again = await pdfOf(decision.id);
    expect(sha256(again)).toBe(sha256(first));
    expect(sha256(first)).toBe(decision.versions[0].sha256);

    const corrected = await h.p.request({
      method: 'POST',
      url: `/api/documents/${decision.id}/corrections`,
      cookie: await h.cookie('duruan.officer1'),
      body: { commandId: commandId(), reason: '当事人地址笔误' },
    });
    expect(h.ok(corrected, 201)).toEqual({ version: 2 });
    const v2 = await pdfOf(decision.id);
    expect(sha256(v2)).not.toBe(sha256(first));
    expect(await pdfText(v2)).toContain('更正（第2版）：当事人地址笔误');
    expect(sha256(await pdfOf(decision.id, 1))).toBe(sha256(first));
    const listed = (await documents()).find((d) => d.id === decision.id)!;
    expect(listed.versions.map((v) => [v.version, v.reason])).toEqual([
      [1, null],
      [2, '当事人地址笔误'],
    ]);
    // The table itself refuses to change an issued version.
    await expect(
      h.p.app.db.updateTable('document_versions').set({ reason: 'x' }).where('document_id', '=', decision.id).execute(),
    ).rejects.toThrow(/append-only/);
    expect((await get(`/api/documents/${decision.id}/pdf?version=9`)).statusCode).toBe(404);
  });

  it('a signed and scanned copy goes into the evidence store with its hash', async () => {
    const decision = (await documents()).find((d) => d.kind === 'penaltyDecision')!;
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(crypto.getRandomValues(new Uint8Array(512)))]);
    const form = multipart({ commandId: commandId() }, { name: 'signed.pdf', type: 'application/pdf', data: scan });
    const res = await h.p.fastify.inject({
      method: 'POST',
      url: `/api/documents/${decision.id}/signed-copies`,
      headers: { ...form.headers, cookie: await h.cookie('duruan.officer1') },
      payload: form.body,
    });
    const up = h.ok(res, 201);
    expect(up.sha256).toBe(sha256(scan));
    const evidence = h.ok(await get(`/api/evidence/${up.evidenceId}`));
    expect(evidence.sha256).toBe(sha256(scan));
    const listed = (await documents()).find((d) => d.id === decision.id)!;
    expect(listed.signedCopies).toEqual([
      expect.objectContaining({ id: up.id, evidenceId: up.evidenceId, sha256: sha256(scan) }),
    ]);
    // The issued document itself did not change.
    expect(listed.versions).toHaveLength(2);

    const wrongType = multipart(
      { commandId: commandId() },
      { name: 'a.txt', type: 'text/plain', data: Buffer.from('x') },
    );
    const refused = await h.p.fastify.inject({
      method: 'POST',
      url: `/api/documents/${decision.id}/signed-copies`,
      headers: { ...wrongType.headers, cookie: await h.cookie('duruan.officer1') },
      payload: wrongType.body,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('FILE_TYPE');
  });

  it('the case file binds the cover, the contents with page numbers and the documents in archive order', async () => {
    const res = await get(`/api/cases/${caseId}/case-file.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('行政处罚案卷');
    expect(text).toContain('卷内目录');
    const decision = (await documents()).find((d) => d.kind === 'penaltyDecision')!;
    // The contents come before the documents; the decision (正卷) before the filing form's place in the 副卷.
    expect(text.indexOf('卷内目录')).toBeLessThan(text.indexOf('【违法事实和证据】'));
    expect(text).toContain(decision.number!);
    expect(text).toContain('现场照片');
    expect(text).toContain('第1页');
    expect(text).toContain('更正（第2版）：当事人地址笔误');
  });

  it('the case file binds an uploaded PDF signed copy page by page, and the contents count its pages', async () => {
    const before = await getDocumentProxy(new Uint8Array((await get(`/api/cases/${caseId}/case-file.pdf`)).rawPayload));
    const notice = (await documents()).find((d) => d.kind === 'penaltyNotice')!;
    const scan = await PDFDocument.create();
    for (const n of [1, 2]) scan.addPage([595, 842]).drawText(`SIGNED COPY PAGE ${n}`, { x: 72, y: 700, size: 18 });
    const data = Buffer.from(await scan.save());
    const form = multipart({ commandId: commandId() }, { name: 'notice-signed.pdf', type: 'application/pdf', data });
    h.ok(
      await h.p.fastify.inject({
        method: 'POST',
        url: `/api/documents/${notice.id}/signed-copies`,
        headers: { ...form.headers, cookie: await h.cookie('duruan.officer1') },
        payload: form.body,
      }),
      201,
    );
    const pdf = await getDocumentProxy(new Uint8Array((await get(`/api/cases/${caseId}/case-file.pdf`)).rawPayload));
    expect(pdf.numPages).toBe(before.numPages + 2);
    const pages = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, ''));
    const second = pages.findIndex((t) => t.includes('SIGNEDCOPYPAGE2'));
    expect(pages[second - 1]).toContain('SIGNEDCOPYPAGE1');
    // Its own page number at the foot, and the notice's entry in the contents ends on it.
    const numbered = [...pages[second].matchAll(/第(\d+)页/g)].map((m) => m[1]);
    expect(numbered).toHaveLength(1);
    // The contents run row by row (序号, 名称, 文号, 日期, 页号): the notice's own page, then the two scanned ones.
    const last = Number(numbered[0]);
    expect(pages[1]).toMatch(new RegExp(`行政处罚事先告知书\\S*?${last - 2}–${last}6送达回证`));
  });
});

describe('当场行政处罚决定书 (行政处罚法 第52条)', () => {
  it('prints the fine in capitals, the payment, the surcharge, the remedies in the order the law gives and the QR code', async () => {
    const created = h.ok(
      await h.p.request({
        method: 'POST',
        url: '/api/cases',
        cookie: await h.cookie('duruan.officer1'),
        body: {
          procedure: 'summary',
          payload: {
            party: { kind: 'person', name: '王五', birthDate: '1990-01-01' },
            items: [{ code: ITEM.code, name: ITEM.name }],
            violation: '占道摆卖',
            place: '杜阮南路',
            occurredAt: `${T0}T09:30`,
            discoveredOn: T0,
            penalty: fine(200),
            basis: BASIS,
            officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
            certificatesShown: true,
            partyHeard: true,
          },
        },
      }),
      201,
    );
    // A party-facing deadline reaching a year without a loaded holiday notice (ADR 0001).
    await h.p.app.db
      .insertInto('case_deadlines')
      .values({
        case_id: created.id,
        key: 'payment',
        agency_id: agencyId,
        label: '缴纳罚款',
        due: '2027-02-15',
        due_at: null,
        basis: '行政处罚法 第67条',
        party_facing: true,
        provisional: true,
      })
      .onConflict((oc) => oc.columns(['case_id', 'key']).doUpdateSet({ provisional: true, party_facing: true }))
      .execute();
    const docs = await documents(created.id);
    const spot = docs.find((d) => d.kind === 'onTheSpotDecision')!;
    expect(spot.provisional).toBe(true);
    expect(spot.number).toMatch(/^蓬杜综执当罚〔2026〕\d+号$/);
    expect(spot.publicUrl).toBe(`http://localhost:3000/public/decisions/${spot.id}`);
    const text = await pdfText(await pdfOf(spot.id));
    expect(text).toContain('当场行政处罚决定书');
    expect(text).toContain('当事人：王五');
    expect(text).toContain('2026年3月2日9时30分，当事人在杜阮南路占道摆卖');
    expect(text).toContain('人民币200.00元（大写：贰佰元整）');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(text).toContain('行政复议');
    expect(text).toContain('当事人（签名）');
    expect(text).toContain('暂算');
    const listed = (await documents(created.id)).find((d) => d.id === spot.id)!;
    expect(listed.provisional).toBe(true);
    expect(text).toContain(`扫码核验核验码${listed.verificationCode}`);
  });
});

describe('access and input', () => {
  it('another township cannot read the documents, a PDF or the settings (404)', async () => {
    const decision = (await documents()).find((d) => d.kind === 'penaltyDecision')!;
    expect((await get(`/api/cases/${caseId}/documents`, 'hetang.officer1')).statusCode).toBe(404);
    expect((await get(`/api/documents/${decision.id}/pdf`, 'hetang.officer1')).statusCode).toBe(404);
    expect((await get(`/api/cases/${caseId}/case-file.pdf`, 'hetang.officer1')).statusCode).toBe(404);
    const other = await h.p.request({
      method: 'POST',
      url: `/api/documents/${decision.id}/corrections`,
      cookie: await h.cookie('hetang.officer1'),
      body: { commandId: commandId(), reason: '越权更正' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('bad input gets 4xx with a stable code', async () => {
    const decision = (await documents()).find((d) => d.kind === 'penaltyDecision')!;
    const noReason = await h.p.request({
      method: 'POST',
      url: `/api/documents/${decision.id}/corrections`,
      cookie: await h.cookie('duruan.officer1'),
      body: { commandId: commandId(), reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const badCode = await h.p.request({
      method: 'PUT',
      url: `/api/agencies/${agencyId}/document-settings`,
      cookie: await h.cookie('sysadmin'),
      body: { commandId: commandId(), series: [{ series: '罚', code: '〔罚〕' }] },
    });
    expect(badCode.statusCode).toBe(400);
    const unknownSeries = await h.p.request({
      method: 'PUT',
      url: `/api/agencies/${agencyId}/document-settings`,
      cookie: await h.cookie('sysadmin'),
      body: { commandId: commandId(), series: [{ series: '无此类', code: '无' }] },
    });
    expect(unknownSeries.statusCode).toBe(400);
    expect((await get('/api/documents/not-a-uuid/pdf')).statusCode).toBe(400);
    expect((await get('/api/documents/00000000-0000-4000-8000-000000000000/pdf')).statusCode).toBe(404);
    // A version that was never issued: 404 with its own code and a Chinese message.
    const noVersion = await get(`/api/documents/${decision.id}/pdf?version=99`);
    expect(noVersion.statusCode).toBe(404);
    expect(noVersion.json()).toMatchObject({ code: 'VERSION_NOT_FOUND', message: '文书没有第 99 版' });
    const officerSettings = await h.p.request({
      method: 'PUT',
      url: `/api/agencies/${agencyId}/document-settings`,
      cookie: await h.cookie('duruan.officer1'),
      body: { commandId: commandId(), docPrefix: '乱改' },
    });
    expect(officerSettings.statusCode).toBe(403);
  });
});

describe('协助函 (行政处罚法 第26条)', () => {
  it('行政处罚法 第26条: a request for assistance issues a numbered 协助函 addressed to the body asked, the client cannot choose its number', async () => {
    const id = await h.investigatingCase();
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'requestAssistance', {
        toAgency: '江门市自然资源局蓬江分局杜阮自然资源所',
        matters: '出具杜阮南路1号地块的土地利用现状证明。',
        reason: '认定当事人占用土地的性质。',
        replyBy: '2026-03-16',
        agencyContact: '李四 0750-1234567',
      }),
    );
    const letter = (await documents(id)).find((d) => d.kind === 'assistanceLetter')!;
    expect(letter.number).toMatch(/^蓬杜综执协〔2026〕\d+号$/);
    const text = await pdfText(await pdfOf(letter.id));
    expect(text).toContain('江门市自然资源局蓬江分局杜阮自然资源所：');
    expect(text).toContain('第二十六条');
    expect(text).toContain('请于2026年3月16日前将协助情况函复本机关');
    // The client cannot choose the number (行政处罚法 第59条: numbers are the agency's).
    const forged = await h.cmd(id, 'duruan.officer1', 'requestAssistance', {
      toAgency: '某所',
      matters: '核实。',
      reason: '查明。',
      letterNumber: '蓬杜综执协〔2026〕999号',
    });
    expect(forged.statusCode).toBe(422);
    expect(JSON.stringify(forged.json())).toContain('协助函文号');
  });
});

describe('numbering', () => {
  it('50 concurrent on-the-spot decisions through the API take 50 consecutive 当罚 numbers', async () => {
    const cookie = await h.cookie('duruan.officer1');
    const officers = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
    const serials = async () =>
      (
        await h.p.app.db
          .selectFrom('documents')
          .select('number')
          .where('agency_id', '=', agencyId)
          .where('kind', '=', 'onTheSpotDecision')
          .execute()
      )
        // The series counts per year: only the test clock's year (demo decisions may be of another).
        .map((r) => /〔(\d{4})〕(\d+)号$/.exec(r.number!)!)
        .filter((m) => m[1] === T0.slice(0, 4))
        .map((m) => Number(m[2]));
    const before = await serials();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.p.request({
          method: 'POST',
          url: '/api/cases',
          cookie,
          body: {
            procedure: 'summary',
            payload: {
              // One act of one party is fined once (第29条): fifty parties.
              party: { kind: 'person', name: `并发当事人${i}`, birthDate: '1990-01-01' },
              items: [{ code: ITEM.code, name: ITEM.name }],
              violation: '占道摆卖',
              place: '杜阮南路',
              occurredAt: `${T0}T08:00`,
              discoveredOn: T0,
              penalty: fine(100),
              basis: BASIS,
              officerIds: officers,
              certificatesShown: true,
              partyHeard: true,
            },
          },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const added = (await serials()).filter((n) => !before.includes(n)).sort((a, b) => a - b);
    const start = Math.max(0, ...before) + 1;
    expect(added).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
  }, 120_000);

  it('50 concurrent document-number issues in one series stay gapless', async () => {
    const year = 2031;
    const numbers = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.p.app.db
          .transaction()
          .execute((tx) => issueDocumentNumber(tx, { id: agencyId, docPrefix: '蓬杜综执' }, year, '催')),
      ),
    );
    const serials = numbers.map((n) => Number(/〔2031〕(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(50);
  });
});
