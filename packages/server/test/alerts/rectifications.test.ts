// 案卷评查整改 answered: the reviewer sets a task with a deadline, the agency head answers what it
// changed, the reviewer returns or accepts; who may do what; the overdue alert opens once and resolves.
import { addDays } from '@zhifa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertRules } from '../../src/modules/alerts/run-rules';
import type { TestPlatform } from '../helpers';
import { signedIn, type SignedIn } from './signed-in';

let p: TestPlatform;
let today: string;
let duruan: string;
let reviewId: string;
let caseId: string;
let post: SignedIn['post'];
let get: SignedIn['get'];

async function setTask(requirement: string, due: string) {
  const res = await post('supervisor', `/api/file-reviews/${reviewId}/rectifications`, { requirement, due });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  const s = await signedIn(['supervisor', 'duruan.head', 'hetang.head', 'duruan.officer1', 'duruan.aux']);
  ({ p, today, post, get } = s);
  duruan = await s.agency('杜阮镇');
  // A reviewed file of 杜阮镇 on the demo's review plan.
  const kase = await p.app.db
    .selectFrom('cases')
    .select('id')
    .where('agency_id', '=', duruan)
    .orderBy('number')
    .executeTakeFirstOrThrow();
  caseId = kase.id;
  const plan = await p.app.db.selectFrom('review_plans').select('id').orderBy('created_at').executeTakeFirstOrThrow();
  const row = await sql<{
    id: string;
  }>`insert into file_reviews (plan_id, case_id, agency_id, auto_facts, score, grade, reviewed_on)
    values (${plan.id}, ${caseId}, ${duruan}, '{}'::jsonb, 72, 'pass', ${today})
    on conflict (plan_id, case_id) do update set grade = 'pass', score = 72, reviewed_on = ${today}
    returning id::text`.execute(p.app.db);
  reviewId = row.rows[0].id;
}, 300_000);
afterAll(async () => {
  await p?.close();
});

describe('rectification tasks of a case-file review (案卷评查整改)', () => {
  let id = '';
  it('the supervisor sets a task; the township head is notified and sees it, another township does not', async () => {
    id = await setTask('补充现场检查笔录并说明裁量理由', addDays(today, 10));
    const notes = await get('duruan.head', '/api/notifications?unread=true');
    expect(notes.json<{ items: { title: string }[] }>().items.some((n) => n.title === '收到案卷评查整改任务')).toBe(
      true,
    );
    const mine = (await get('duruan.head', '/api/rectifications')).json<{ items: { id: string; caseId: string }[] }>();
    expect(mine.items.find((r) => r.id === id)?.caseId).toBe(caseId);
    const other = (await get('hetang.head', '/api/rectifications')).json<{ items: { id: string }[] }>();
    expect(other.items.some((r) => r.id === id)).toBe(false);
  });

  it('another township’s head, the supervisor and an officer cannot answer; nothing to accept before a reply', async () => {
    const hetang = await post('hetang.head', `/api/rectifications/${id}/reply`, { reply: '已整改' });
    expect(hetang.statusCode).toBe(404);
    expect(hetang.json<{ message: string }>().message).toMatch(/不存在/);
    expect((await post('supervisor', `/api/rectifications/${id}/reply`, { reply: 'x' })).statusCode).toBe(403);
    expect((await post('duruan.officer1', `/api/rectifications/${id}/reply`, { reply: 'x' })).statusCode).toBe(403);
    const early = await post('supervisor', `/api/rectifications/${id}/review`, { decision: 'accept' });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string; message: string }>()).toMatchObject({
      code: 'RECTIFICATION_STATUS',
      message: '整改任务当前状态不能认可',
    });
    expect((await post('duruan.head', `/api/rectifications/${id}/reply`, { reply: '' })).statusCode).toBe(400);
  });

  it('the head answers, the supervisor returns it, the head answers again, the supervisor accepts; all audited', async () => {
    const reply1 = { reply: '已补充检查笔录', commandId: 'rect-reply-0001' };
    const r1 = await post('duruan.head', `/api/rectifications/${id}/reply`, reply1);
    // The same command sent twice (a retry) is answered from the first, not applied again.
    const retried = await post('duruan.head', `/api/rectifications/${id}/reply`, reply1);
    expect(retried.json()).toEqual(r1.json());
    expect(r1.json<{ status: string }>().status).toBe('replied');
    expect((await post('duruan.head', `/api/rectifications/${id}/review`, { decision: 'accept' })).statusCode).toBe(
      403,
    );
    const back = await post('supervisor', `/api/rectifications/${id}/review`, {
      decision: 'return',
      note: '未说明裁量理由',
    });
    expect(back.json<{ status: string }>().status).toBe('returned');
    const r2 = await post('duruan.head', `/api/rectifications/${id}/reply`, { reply: '已补充笔录与裁量说明' });
    expect(r2.json<{ status: string }>().status).toBe('replied');
    const ok = await post('supervisor', `/api/rectifications/${id}/review`, { decision: 'accept' });
    expect(ok.json<{ status: string }>().status).toBe('done');
    const list = (await get('supervisor', '/api/rectifications?status=done')).json<{
      items: { id: string; reply: string; history: { action: string }[] }[];
    }>();
    const done = list.items.find((r) => r.id === id)!;
    expect(done.reply).toBe('已补充笔录与裁量说明');
    expect(done.history.map((h) => h.action)).toEqual(['issue', 'reply', 'return', 'reply', 'accept']);
    expect(
      (await get('supervisor', `/api/file-reviews/${reviewId}`)).json<{
        rectifications: { id: string; status: string }[];
      }>().rectifications,
    ).toContainEqual(expect.objectContaining({ id, status: 'done' }));
    const audits = await p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('object_id', '=', id)
      .where('outcome', '=', 'success')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.event_type)).toEqual([
      'reviewRectification.created',
      'reviewRectification.replied',
      'reviewRectification.reviewed',
      'reviewRectification.replied',
      'reviewRectification.reviewed',
    ]);
    const again = await post('duruan.head', `/api/rectifications/${id}/reply`, { reply: '再次回复' });
    expect(again.statusCode).toBe(409);
  });

  it('广东省行政执法监督条例: a task past its deadline unanswered raises one alert on the case, resolved by the answer', async () => {
    const late = await setTask('补正送达回证', addDays(today, 1));
    await sql`update review_rectifications set due = ${addDays(today, -1)} where id = ${late}`.execute(p.app.db);
    const alerts = () =>
      p.app.db
        .selectFrom('alerts')
        .select(['id', 'status', 'case_id', 'agency_id'])
        .where('rule', '=', 'rectificationOverdue')
        .where('subject_key', '=', late)
        .execute();
    expect((await runAlertRules(p.app, { only: ['rectificationOverdue'] })).failed).toEqual([]);
    const once = await alerts();
    expect(once).toEqual([{ id: expect.any(String) as string, status: 'open', case_id: caseId, agency_id: duruan }]);
    await runAlertRules(p.app, { only: ['rectificationOverdue'] });
    expect((await alerts()).map((a) => a.id)).toEqual([once[0].id]);
    const listed = await get('duruan.head', `/api/rectifications?status=open`);
    expect(listed.json<{ items: { id: string; overdue: boolean }[] }>().items.find((r) => r.id === late)?.overdue).toBe(
      true,
    );
    // The case page asks for the alerts of its case: the township sees this one, another township
    // none of them, and an account without alert:read is refused.
    const onCase = (who: string) => get(who, `/api/alerts?caseId=${caseId}&status=active`);
    const mine = (await onCase('duruan.head')).json<{ items: { id: string; caseId: string; ruleTitle: string }[] }>();
    expect(mine.items.map((a) => a.caseId)).toEqual(mine.items.map(() => caseId));
    expect(mine.items.find((a) => a.id === once[0].id)?.ruleTitle).toBe('评查整改逾期');
    expect((await onCase('hetang.head')).json<{ total: number }>().total).toBe(0);
    expect((await onCase('duruan.aux')).statusCode).toBe(403);
    expect((await post('duruan.head', `/api/rectifications/${late}/reply`, { reply: '已补正' })).statusCode).toBe(200);
    await runAlertRules(p.app, { only: ['rectificationOverdue'] });
    expect((await alerts()).map((a) => a.status)).toEqual(['resolved']);
  });
});

describe('the workbench lists what supervision waits for', () => {
  type Todo = { id: string; title: string; due?: string; status?: string; href: string };
  const todos = async (who: string) => (await get(who, '/api/workbench')).json<{ todo: Todo[] }>().todo;

  it('the township head sees the notice and the task to answer; after the answers, the supervisor sees them to review', async () => {
    const task = await setTask('补充询问笔录', addDays(today, 5));
    const notice = await post('supervisor', '/api/correction-notices', {
      agencyId: duruan,
      caseId,
      subject: '送达回证不全',
      findings: '送达回证缺少受送达人签名',
      requirement: '补正送达回证',
      dueOn: addDays(today, 7),
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const noticeId = notice.json<{ id: string }>().id;

    const head = await todos('duruan.head');
    expect(head.find((t) => t.id === `rectification:${task}`)).toMatchObject({
      title: expect.stringContaining('评查整改待回复') as string,
      due: addDays(today, 5),
      status: 'dueSoon',
    });
    expect(head.find((t) => t.id === `correction:${noticeId}`)).toMatchObject({
      title: '执法监督意见书待回复：送达回证不全',
      due: addDays(today, 7),
      href: `/oversight/corrections/${noticeId}`,
    });
    const other = await todos('hetang.head');
    expect(other.some((t) => t.id === `rectification:${task}` || t.id === `correction:${noticeId}`)).toBe(false);
    expect((await todos('supervisor')).some((t) => t.id === `rectification:${task}`)).toBe(false);

    await post('duruan.head', `/api/rectifications/${task}/reply`, { reply: '已补充' });
    await post('duruan.head', `/api/correction-notices/${noticeId}/reply`, { reply: '已补正' });
    const after = await todos('duruan.head');
    expect(after.some((t) => t.id === `rectification:${task}` || t.id === `correction:${noticeId}`)).toBe(false);
    const supervisor = await todos('supervisor');
    expect(supervisor.find((t) => t.id === `rectification:${task}`)?.href).toBe(
      '/oversight/rectifications?status=replied',
    );
    expect(supervisor.find((t) => t.id === `correction:${noticeId}`)?.title).toBe('整改回复待审查：送达回证不全');
  });
});
