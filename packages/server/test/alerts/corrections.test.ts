// 执法监督意见书 end to end over HTTP, with who may do what; the notification centre; the alert
// list's scope, acknowledgement, recheck and the on-demand run.
import { sql } from 'kysely';
import { extractText, getDocumentProxy } from 'unpdf';
import { addDays, chineseDate } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyDueWork } from '../../src/modules/alerts/notify-due-work';
import type { TestPlatform } from '../helpers';
import { signedIn, type SignedIn } from './signed-in';

let p: TestPlatform;
let today: string;
let duruan: string;
let hetang: string;
let post: SignedIn['post'];
let get: SignedIn['get'];

beforeAll(async () => {
  const s = await signedIn(['supervisor', 'duruan.head', 'hetang.head', 'duruan.officer1', 'coordinator']);
  ({ p, today, post, get } = s);
  duruan = await s.agency('杜阮镇');
  hetang = await s.agency('荷塘镇');
}, 300_000);
afterAll(async () => {
  await p?.close();
});

describe('correction notices (广东省行政执法监督条例)', () => {
  let id = '';
  it('a county supervisor issues a numbered notice about a case of the township', async () => {
    const kase = await p.app.db
      .selectFrom('cases')
      .select('id')
      .where('agency_id', '=', duruan)
      .executeTakeFirstOrThrow();
    const res = await post('supervisor', '/api/correction-notices', {
      agencyId: duruan,
      caseId: kase.id,
      subject: '询问笔录不规范',
      findings: '询问笔录缺少逐页签名',
      requirement: '补正签名并组织学习',
      dueOn: addDays(today, 10),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ id: string; number: string }>();
    expect(body.number).toMatch(/^蓬司监〔\d{4}〕\d+号$/);
    id = body.id;
  });

  it('prints as a numbered 执法监督意见书: agency, number, case, findings, requirement, deadline and date in Chinese', async () => {
    const res = await get('duruan.head', `/api/correction-notices/${id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    // Lines wrap anywhere in Chinese text: compare without the breaks.
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, '');
    const n = await p.app.db
      .selectFrom('correction_notices as n')
      .innerJoin('agencies as a', 'a.id', 'n.agency_id')
      .innerJoin('agencies as i', 'i.id', 'n.issuing_agency_id')
      .innerJoin('cases as c', 'c.id', 'n.case_id')
      .select(['n.number', 'a.name as agency', 'i.name as issuer', 'c.number as case_number'])
      .where('n.id', '=', id)
      .executeTakeFirstOrThrow();
    for (const part of [
      '行政执法监督意见书',
      n.issuer,
      n.number,
      `${n.agency}：`,
      `案号：${n.case_number}`,
      '询问笔录缺少逐页签名',
      '补正签名并组织学习',
      `请于${chineseDate(addDays(today, 10))}前完成整改`,
      chineseDate(today),
    ])
      expect(text).toContain(part.replace(/\s+/g, ''));
    const again = await get('supervisor', `/api/correction-notices/${id}/pdf`);
    expect(Buffer.compare(again.rawPayload, res.rawPayload)).toBe(0);
    expect((await get('hetang.head', `/api/correction-notices/${id}/pdf`)).statusCode).toBe(404);
  });

  it('a case of another agency, a deadline not in the future, an officer issuing: refused', async () => {
    const other = await p.app.db
      .selectFrom('cases')
      .select('id')
      .where('agency_id', '=', hetang)
      .executeTakeFirstOrThrow();
    const base = { agencyId: duruan, subject: 's', findings: 'f', requirement: 'r', dueOn: addDays(today, 5) };
    const wrongCase = await post('supervisor', '/api/correction-notices', { ...base, caseId: other.id });
    expect(wrongCase.statusCode).toBe(400);
    expect(wrongCase.json<{ code: string }>().code).toBe('CASE_NOT_OF_AGENCY');
    const past = await post('supervisor', '/api/correction-notices', { ...base, dueOn: today });
    expect(past.json<{ code: string }>().code).toBe('DUE_NOT_FUTURE');
    expect((await post('duruan.officer1', '/api/correction-notices', base)).statusCode).toBe(403);
    expect((await post('duruan.head', '/api/correction-notices', base)).statusCode).toBe(403);
  });

  it('the township head is notified and sees it; another township does not', async () => {
    const unread = await get('duruan.head', '/api/notifications/unread-count');
    expect(unread.json<{ unread: number }>().unread).toBeGreaterThan(0);
    const list = await get('duruan.head', '/api/notifications?unread=true');
    expect(list.json<{ items: { title: string }[] }>().items.some((n) => n.title.includes('询问笔录不规范'))).toBe(
      true,
    );
    expect((await get('duruan.head', `/api/correction-notices/${id}`)).statusCode).toBe(200);
    expect((await get('hetang.head', `/api/correction-notices/${id}`)).statusCode).toBe(404);
    const hetangList = await get('hetang.head', '/api/correction-notices');
    expect(hetangList.json<{ items: { id: string }[] }>().items.some((n) => n.id === id)).toBe(false);
  });

  it('only the agency head replies; the supervisor returns it, the head replies again, the supervisor accepts', async () => {
    expect((await post('hetang.head', `/api/correction-notices/${id}/reply`, { reply: 'x' })).statusCode).toBe(404);
    expect((await post('supervisor', `/api/correction-notices/${id}/reply`, { reply: 'x' })).statusCode).toBe(403);
    expect((await post('supervisor', `/api/correction-notices/${id}/review`, { decision: 'accept' })).statusCode).toBe(
      409,
    );
    const r1 = await post('duruan.head', `/api/correction-notices/${id}/reply`, { reply: '已补正签名' });
    expect(r1.json<{ status: string }>().status).toBe('replied');
    expect((await post('duruan.head', `/api/correction-notices/${id}/review`, { decision: 'accept' })).statusCode).toBe(
      403,
    );
    const back = await post('supervisor', `/api/correction-notices/${id}/review`, {
      decision: 'return',
      note: '未见学习记录',
    });
    expect(back.json<{ status: string }>().status).toBe('returned');
    const r2 = await post('duruan.head', `/api/correction-notices/${id}/reply`, { reply: '已补正签名并附学习签到表' });
    expect(r2.json<{ status: string }>().status).toBe('replied');
    const ok = await post('supervisor', `/api/correction-notices/${id}/review`, { decision: 'accept' });
    expect(ok.json<{ status: string }>().status).toBe('accepted');
    const detail = await get('supervisor', `/api/correction-notices/${id}`);
    expect(detail.json<{ history: { action: string }[] }>().history.map((h) => h.action)).toEqual([
      'issue',
      'reply',
      'return',
      'reply',
      'accept',
    ]);
  });

  it('notifications: mark one read, then all; another user’s notification is 404', async () => {
    const list = await get('duruan.head', '/api/notifications?unread=true');
    const items = list.json<{ items: { id: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect((await post('hetang.head', `/api/notifications/${items[0].id}/read`, {})).statusCode).toBe(404);
    expect((await post('duruan.head', `/api/notifications/${items[0].id}/read`, {})).statusCode).toBe(200);
    const all = await post('duruan.head', '/api/notifications/read-all', { upTo: p.app.now().toISOString() });
    expect(all.statusCode).toBe(200);
    expect((await get('duruan.head', '/api/notifications/unread-count')).json<{ unread: number }>().unread).toBe(0);
  });
});

describe('alert list, acknowledgement, recheck and run', () => {
  it('a township head sees only alerts of the township; the supervisor sees every township', async () => {
    const mine = await get('duruan.head', '/api/alerts?limit=200');
    expect(mine.statusCode).toBe(200);
    const items = mine.json<{ items: { agencyId: string | null }[] }>().items;
    expect(items.every((a) => a.agencyId === duruan)).toBe(true);
    const all = await get('supervisor', '/api/alerts?limit=200');
    const agencies = new Set(all.json<{ items: { agencyId: string | null }[] }>().items.map((a) => a.agencyId));
    expect(agencies.size).toBeGreaterThan(1);
  });

  it('an officer may read but not acknowledge; the head acknowledges; a recheck resolves what was fixed', async () => {
    const notice = await post('supervisor', '/api/correction-notices', {
      agencyId: duruan,
      subject: '复核测试',
      findings: 'f',
      requirement: 'r',
      dueOn: addDays(today, 3),
    });
    const nid = notice.json<{ id: string }>().id;
    await sql`update correction_notices set due_on = ${addDays(today, -1)} where id = ${nid}`.execute(p.app.db);
    const run = await post('supervisor', '/api/alerts/runs', { rules: 'all' });
    expect(run.statusCode, run.body).toBe(202);
    let latest: { run: { status: string; rulesDone: number; rulesTotal: number } | null } = { run: null };
    for (let i = 0; i < 100; i++) {
      latest = (await get('supervisor', '/api/alerts/runs/latest')).json();
      if (latest.run && (latest.run.status === 'finished' || latest.run.status === 'failed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(latest.run?.rulesDone).toBe(latest.run?.rulesTotal);
    const list = await get('duruan.head', '/api/alerts?rule=correctionOverdue&status=open');
    const alert = list.json<{ items: { id: string; recordId: string }[] }>().items.find((a) => a.recordId === nid)!;
    expect(alert).toBeTruthy();
    expect((await post('duruan.officer1', `/api/alerts/${alert.id}/acknowledge`, {})).statusCode).toBe(403);
    expect((await post('hetang.head', `/api/alerts/${alert.id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await post('duruan.head', `/api/alerts/${alert.id}/acknowledge`, { note: '正在整改' })).statusCode).toBe(
      200,
    );
    const still = await post('duruan.head', `/api/alerts/${alert.id}/recheck`, {});
    expect(still.json<{ status: string }>().status).toBe('acknowledged');
    await post('duruan.head', `/api/correction-notices/${nid}/reply`, { reply: '已整改' });
    const fixed = await post('duruan.head', `/api/alerts/${alert.id}/recheck`, {});
    expect(fixed.json<{ status: string }>().status).toBe('resolved');
    expect((await post('duruan.head', '/api/alerts/runs', { rules: 'all' })).statusCode).toBe(403);
  });
});

describe('work waiting for a person reaches the notification centre', () => {
  it('a deadline due within three days reaches the case officer once; a reviewer hears of every queue item', async () => {
    const row = await p.app.db
      .selectFrom('case_officers as o')
      .innerJoin('cases', 'cases.id', 'o.case_id')
      .innerJoin('users', 'users.person_id', 'o.person_id')
      .select(['o.case_id', 'users.id as user_id'])
      .where('cases.agency_id', '=', duruan)
      .where('o.active', '=', true)
      .where('cases.status', 'in', ['investigating', 'investigated'])
      .executeTakeFirstOrThrow();
    await p.app.db
      .insertInto('case_deadlines')
      .values({
        case_id: row.case_id,
        key: 'testSoon',
        agency_id: duruan,
        label: '测试临近期限',
        due: addDays(today, 1),
        due_at: null,
        basis: '测试',
        party_facing: false,
      })
      .execute();
    await notifyDueWork(p.app, p.app.now(), today);
    await notifyDueWork(p.app, p.app.now(), today);
    const mine = await p.app.db
      .selectFrom('notifications')
      .select(['title', 'kind'])
      .where('user_id', '=', row.user_id)
      .where('source_key', 'like', `deadline:${row.case_id}:testSoon:%`)
      .execute();
    expect(mine).toEqual([{ kind: 'deadline', title: expect.stringContaining('测试临近期限') as string }]);

    const reviewer = await p.login('duruan.reviewer');
    const queue = await p.request({ method: 'GET', url: '/api/queues/review', cookie: reviewer });
    expect(queue.statusCode).toBe(200);
    const items = queue.json<{ items: { caseId: string }[] }>().items;
    const user = await p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'duruan.reviewer')
      .executeTakeFirstOrThrow();
    const queued = await p.app.db
      .selectFrom('notifications')
      .select('href')
      .where('user_id', '=', user.id)
      .where('kind', '=', 'queue')
      .execute();
    expect(queued.map((q) => q.href).sort()).toEqual(items.map((i) => `/cases/${i.caseId}`).sort());
  });
});
