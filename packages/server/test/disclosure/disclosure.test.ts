// 事后公示 (legal statements 68–72): a decision opens a disclosure task in its own transaction; the
// detector holds a rendition with personal information; publish, hold, release and withdraw name
// the approving user; recording the decision's revocation withdraws it at once (the public address
// answers 410 with the notice); the publication period ends it; a minor's decision is never published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  DEFAULT_DISCLOSURE_CONFIG,
  PUBLICATION_NOTICE_SERVED,
  publicationEndsOn,
  verificationCode,
} from '@zhifa/domain';
import { commandId, createHarness, PARTY, T0, validId, type Harness } from '../cases/fixtures';
import { loadCalendar } from '../../src/shared/calendar-store';
import { decidedCase, taskOf, type DecidedCase } from './support';

let h: Harness;
let plain: DecidedCase;
let planted: DecidedCase;

beforeAll(async () => {
  h = await createHarness();
  plain = await decidedCase(h);
  planted = await decidedCase(h, { facts: '当事人称其患有高血压，在杜阮南路占道摆卖，联系电话 13812345678' });
});
afterAll(async () => {
  await h?.close();
});

const post = async (url: string, user: string, body: Record<string, unknown> = {}) =>
  h.p.request({ method: 'POST', url, cookie: await h.cookie(user), body: { commandId: commandId(), ...body } });
const get = async (url: string, user?: string) =>
  h.p.request({ method: 'GET', url, ...(user ? { cookie: await h.cookie(user) } : {}) });

describe('disclosure task on decision', () => {
  it('statement 68 (国办发〔2018〕118号): an ordinary-procedure decision opens a task due 7 working days after it, with the rendition redacted', async () => {
    const task = await taskOf(h, plain.documentId);
    expect(task.status).toBe('pending');
    expect(task.document_number).toBe(plain.documentNumber);
    expect(task.decided_on).toBe(T0);
    expect(task.due_on).toBe(addWorkingDays(T0, 7, await loadCalendar(h.p.app.db)));
    expect(task.rendition!.party.name).toBe('张某');
    const text = JSON.stringify(task.rendition);
    expect(text).not.toContain('张三');
    expect(text).not.toContain(PARTY.idNumber);
    expect(text).not.toContain(PARTY.address);
    expect(task.rendition!.steps.map((s) => s.label)).toEqual(['立案', '告知', '作出决定']);
    expect(task.rendition!.benchmark).toContain('适用裁量基准第三项一般情形');
  });

  it('statement 70 (个人信息保护法 第28条): health information left in the facts holds the rendition for review, with the finding named', async () => {
    const task = await taskOf(h, planted.documentId);
    // The redaction removed the number; the health words are the detector's to catch.
    expect(JSON.stringify(task.rendition)).not.toContain('13812345678');
    expect(task.status).toBe('held');
    expect(task.findings.map((f) => f.kind)).toContain('health');
    const detail = h.ok(await get(`/api/disclosure/tasks/${task.id}`, 'duruan.head'));
    expect(detail.findings[0].label).toBe('健康信息');
    expect(detail.held.reason).toContain('疑似个人信息');
  });

  it('statement 71 (暂行办法 第5条): a decision against a minor is excluded, no rendition is generated', async () => {
    const minor = await decidedCase(h, {
      party: { kind: 'person', name: '王小明', idNumber: validId('20100315', 456), address: '杜阮镇北路2号' },
      discretion: { tier: 'mitigated', reasoning: '当事人违法时未满十八周岁，依法从轻处罚' },
    });
    const task = await taskOf(h, minor.documentId);
    expect(task.status).toBe('excluded');
    expect(task.excluded_reason).toBe('minor');
    expect(task.rendition).toBeNull();
    const publish = await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head');
    expect(publish.statusCode).toBe(409);
    expect((await get(`/public/decisions/${minor.documentId}`)).statusCode).toBe(404);
  });
});

describe('publish, hold, release', () => {
  it('security.md: an officer may read tasks but not publish; another township reads none of them', async () => {
    const task = await taskOf(h, plain.documentId);
    const list = h.ok(await get('/api/disclosure/tasks', 'duruan.officer1'));
    expect(list.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.officer1')).statusCode).toBe(403);
    expect((await get(`/api/disclosure/tasks/${task.id}`, 'baisha.officer1')).statusCode).toBe(404);
    expect((await post(`/api/disclosure/tasks/${task.id}/publish`, 'baisha.head')).statusCode).toBe(404);
    const other = h.ok(await get('/api/disclosure/tasks', 'baisha.head'));
    expect(other.items.map((t: { id: string }) => t.id)).not.toContain(task.id);
  });

  it('security.md: publishing records the approving user and an audit row; the page shows the rendition', async () => {
    const task = await taskOf(h, plain.documentId);
    expect(h.ok(await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head')).status).toBe('published');
    const after = await taskOf(h, plain.documentId);
    const head = await h.p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'duruan.head')
      .executeTakeFirstOrThrow();
    expect(after.published_by).toBe(head.id);
    expect(after.published_on).toBe(T0);
    expect(after.publication_ends_on).toBe('2029-03-02');
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select(['event_type', 'actor_id', 'details'])
      .where('object_id', '=', task.id)
      .execute();
    expect(audit.map((a) => a.event_type)).toContain('disclosure.published');
    expect(audit.find((a) => a.event_type === 'disclosure.published')!.actor_id).toBe(head.id);

    const page = await get(`/public/decisions/${plain.documentId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(page.body).toContain(`<title>${plain.documentNumber}`);
    expect(page.body).toContain('张某');
    expect(page.body).not.toContain('张三');
    expect(page.body).toContain('立案');
    expect(page.body).not.toContain('<script');
    expect(Buffer.byteLength(page.body)).toBeLessThan(50 * 1024);
    const again = await h.p.request({
      method: 'GET',
      url: `/public/decisions/${plain.documentId}`,
      headers: { 'if-none-match': page.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('the public list finds the published decision by its party as published and by agency, never by the real name', async () => {
    const found = await get(`/public/decisions?q=${encodeURIComponent('张某')}`);
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(plain.documentNumber);
    const byNumber = await get(`/public/decisions?q=${encodeURIComponent(plain.documentNumber.slice(-6))}`);
    expect(byNumber.body).toContain(plain.documentNumber);
    const real = await get(`/public/decisions?q=${encodeURIComponent('张三')}`);
    expect(real.body).not.toContain(plain.documentNumber);
    const task = await taskOf(h, plain.documentId);
    const byAgency = await get(`/public/decisions?agency=${encodeURIComponent(task.agency_name)}`);
    expect(byAgency.body).toContain(plain.documentNumber);
  });

  it('一案一码: the typed verification code of the issued document matches; another does not', async () => {
    // The first print stores version 1 with its code.
    h.ok(await get(`/api/cases/${plain.caseId}/documents`, 'duruan.officer1'));
    await get(`/api/documents/${plain.documentId}/pdf`, 'duruan.officer1');
    const v = await h.p.app.db
      .selectFrom('document_versions')
      .select('verification_code')
      .where('document_id', '=', plain.documentId)
      .executeTakeFirstOrThrow();
    const typed = v.verification_code.toLowerCase().replace('-', ' ');
    const yes = await get(`/public/decisions/${plain.documentId}?code=${encodeURIComponent(typed)}`);
    expect(yes.body).toContain('一致');
    const wrong = verificationCode('0'.repeat(64));
    const no = await get(`/public/decisions/${plain.documentId}?code=${wrong}`);
    expect(no.body).toContain('不符');
  });

  it('a held rendition cannot be published until released with a reason, and release and hold name the user', async () => {
    const task = await taskOf(h, planted.documentId);
    expect((await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head')).statusCode).toBe(409);
    expect((await post(`/api/disclosure/tasks/${task.id}/release`, 'duruan.reviewer', {})).statusCode).toBe(400);
    h.ok(await post(`/api/disclosure/tasks/${task.id}/release`, 'duruan.reviewer', { reason: '复核无个人信息' }));
    const detail = h.ok(await get(`/api/disclosure/tasks/${task.id}`, 'duruan.head'));
    expect(detail.released.reason).toBe('复核无个人信息');
    expect(detail.released.by).toBeTruthy();
    h.ok(await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head'));
    expect((await get(`/public/decisions/${planted.documentId}`)).statusCode).toBe(200);
    // Taken off the portal again (撤下待复核): the page no longer shows it.
    h.ok(await post(`/api/disclosure/tasks/${task.id}/hold`, 'duruan.head', { reason: '当事人提出异议' }));
    expect((await get(`/public/decisions/${planted.documentId}`)).statusCode).toBe(404);
  });
});

describe('statement 72: the notice of publication served with the decision', () => {
  it('市场监督管理行政处罚信息公示规定 第8条 (行政处罚法 第48条): serving a decision that will be published records on the case that its notice went with it', async () => {
    const c = await decidedCase(h);
    await h.print(c.caseId, 'duruan.aux', 'penaltyDecision');
    const served = h.ok(
      await h.cmd(c.caseId, 'duruan.aux', 'serveDecision', {
        method: 'direct',
        recipient: '张三',
        signedOn: T0,
        sealed: true,
      }),
    );
    expect(served.status).toBe('served');
    const detail = h.ok(await get(`/api/cases/${c.caseId}`, 'duruan.officer1'));
    const line = detail.timeline.at(-1);
    expect(line.type).toBe('serveDecision');
    expect(line.payload.publicationNotice).toBe(true);
    expect(line.summary).toBe(`直接送达，受送达人：张三；${PUBLICATION_NOTICE_SERVED}`);
    // The rendition records the same day, and the decision document carries the sentence.
    expect((await taskOf(h, c.documentId)).notice_served_on).toBe(T0);
    const doc = await h.p.app.db
      .selectFrom('documents')
      .select('payload')
      .where('id', '=', c.documentId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(doc.payload)).toContain('"publication":true');
  });

  it('行政处罚法 第48条: a client cannot state the notice itself (the field is the server’s)', async () => {
    const c = await decidedCase(h);
    await h.print(c.caseId, 'duruan.aux', 'penaltyDecision');
    const res = await h.cmd(c.caseId, 'duruan.aux', 'serveDecision', {
      method: 'direct',
      recipient: '张三',
      signedOn: T0,
      sealed: true,
      publicationNotice: true,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe('withdrawal and expiry', () => {
  it('statement 69 (行政处罚法 第48条第2款): recording the revocation withdraws the rendition at once; its page answers 410 with the notice and reason', async () => {
    await h.print(plain.caseId, 'duruan.aux', 'penaltyDecision');
    h.ok(
      await h.cmd(plain.caseId, 'duruan.aux', 'serveDecision', {
        method: 'direct',
        recipient: '张三',
        signedOn: T0,
        sealed: true,
      }),
    );
    const served = await taskOf(h, plain.documentId);
    expect(served.rendition!.steps.map((s) => s.label)).toContain('送达');
    expect(served.notice_served_on).toBe(T0);
    h.setDay('2026-03-20');
    h.ok(
      await h.cmd(plain.caseId, 'duruan.officer1', 'recordDecisionChange', {
        ground: 'revoked',
        by: 'reconsideration',
        on: '2026-03-19',
        reference: '蓬江府复决〔2026〕12号',
      }),
    );
    const task = await taskOf(h, plain.documentId);
    expect(task.status).toBe('withdrawn');
    expect(task.withdrawn_on).toBe('2026-03-20');
    expect(task.withdrawal_ground).toBe('revoked');
    const page = await get(`/public/decisions/${plain.documentId}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('已撤回');
    expect(page.body).toContain('行政处罚决定已撤销');
    expect(page.body).toContain('蓬江府复决〔2026〕12号');
    expect(page.body).not.toContain('张某');
    const list = await get('/public/decisions');
    expect(list.body).not.toContain(plain.documentNumber);
  });

  it('a manual withdrawal needs a reason and answers 410 with it', async () => {
    const c = await decidedCase(h);
    const task = await taskOf(h, c.documentId);
    h.ok(await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head'));
    expect((await post(`/api/disclosure/tasks/${task.id}/withdraw`, 'duruan.head', { reason: '' })).statusCode).toBe(
      400,
    );
    h.ok(
      await post(`/api/disclosure/tasks/${task.id}/withdraw`, 'duruan.head', {
        reason: '文书存在错误，更正后重新公开',
      }),
    );
    const page = await get(`/public/decisions/${c.documentId}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('文书存在错误');
  });

  it('市场监管公示规定 第13条: when the publication period ends the page answers 410 and the task shows expired', async () => {
    const c = await decidedCase(h);
    const task = await taskOf(h, c.documentId);
    h.ok(await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head'));
    const published = await taskOf(h, c.documentId);
    h.setDay(published.publication_ends_on!);
    expect((await get(`/public/decisions/${c.documentId}`)).statusCode).toBe(410);
    const list = h.ok(await get('/api/disclosure/tasks?status=expired', 'duruan.head'));
    expect(list.items.map((t: { id: string }) => t.id)).toContain(task.id);
    h.setDay('2026-03-20');
  });

  it('statement 68 (configurable per agency and sector): the agency’s own working days, publication period and full names apply', async () => {
    const agencyId = await h.agency('杜阮镇');
    await h.p.app.db
      .insertInto('disclosure_settings')
      .values({ agency_id: agencyId, sector: null, working_days: 5, publication_months: 12, person_names: 'full' })
      .execute();
    // A sector row for another sector does not apply to this case's item.
    await h.p.app.db
      .insertInto('disclosure_settings')
      .values({ agency_id: agencyId, sector: '市场监管', working_days: 20, publication_months: 3 })
      .execute();
    const c = await decidedCase(h);
    const task = await taskOf(h, c.documentId);
    const calendar = await loadCalendar(h.p.app.db);
    expect(task.due_on).toBe(addWorkingDays(task.decided_on, 5, calendar));
    expect(task.rendition!.party.name).toBe('张三');
    expect(task.status).toBe('pending');
    h.ok(await post(`/api/disclosure/tasks/${task.id}/publish`, 'duruan.head'));
    const published = await taskOf(h, c.documentId);
    expect(published.publication_ends_on).toBe(
      publicationEndsOn(published.published_on!, { ...DEFAULT_DISCLOSURE_CONFIG, publicationMonths: 12 }, calendar),
    );
    await h.p.app.db.deleteFrom('disclosure_settings').execute();
  });

  it('statement 68: a task past its due date and still unpublished is listed as late', async () => {
    const c = await decidedCase(h);
    const task = await taskOf(h, c.documentId);
    h.setDay(addWorkingDays(task.due_on, 1, await loadCalendar(h.p.app.db)));
    const late = h.ok(await get('/api/disclosure/tasks?due=late', 'supervisor'));
    const row = late.items.find((t: { id: string }) => t.id === task.id);
    expect(row.late).toBe(true);
    h.setDay('2026-03-20');
  });
});
