// Each alert rule: build the situation, run the rule and see exactly one alert for it, run again
// and still see one (no duplicates), fix the situation and see it resolve.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActiveAlertRuleId } from '@zhifa/domain';
import { runAlertRules } from '../../src/modules/alerts/run-rules';
import { REVERIFY_DAYS, verifyEvidenceFiles } from '../../src/modules/alerts/rules/evidence-hash-mismatch';
import { objectPath } from '../../src/modules/cases/evidence/evidence-store';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
let today: string;
let duruan: string;

const RUNNING = ['filingRequested', 'investigating', 'investigated', 'noticeIssued', 'noticeServed'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function alertsFor(rule: ActiveAlertRuleId, subjectKey: string) {
  return p.app.db
    .selectFrom('alerts')
    .select(['id', 'status', 'agency_id', 'case_id', 'title'])
    .where('rule', '=', rule)
    .where('subject_key', '=', subjectKey)
    .execute();
}

/** Run the rule twice: one alert, open, both times; then fix and see it resolved. */
async function story(rule: ActiveAlertRuleId, subjectKey: string, fix: () => Promise<void>) {
  const first = await runAlertRules(p.app, { only: [rule] });
  expect(first.failed).toEqual([]);
  const once = await alertsFor(rule, subjectKey);
  expect(once).toHaveLength(1);
  expect(once[0].status).toBe('open');
  await runAlertRules(p.app, { only: [rule] });
  const twice = await alertsFor(rule, subjectKey);
  expect(twice).toHaveLength(1);
  expect(twice[0].id).toBe(once[0].id);
  await fix();
  await runAlertRules(p.app, { only: [rule] });
  const after = await alertsFor(rule, subjectKey);
  expect(after).toHaveLength(1);
  expect(after[0].status).toBe('resolved');
  return once[0];
}

/** The username of the head of the agency that holds a rendition (the demo names them <town>.head). */
async function headOf(renditionId: string): Promise<string> {
  const row = await p.app.db
    .selectFrom('disclosure_renditions')
    .innerJoin('users', (j) => j.onRef('users.agency_id', '=', 'disclosure_renditions.agency_id'))
    .select('users.username')
    .where('disclosure_renditions.id', '=', renditionId)
    .where(sql<boolean>`'agencyHead' = any(users.roles)`)
    .executeTakeFirstOrThrow();
  return row.username;
}

async function runningCase(agencyId = duruan, skip: string[] = []) {
  const row = await p.app.db
    .selectFrom('cases')
    .select(['id', 'agency_id', 'item_code', 'filed_on', 'state'])
    .where('agency_id', '=', agencyId)
    .where('status', 'in', RUNNING)
    .where('procedure', '=', 'ordinary')
    .where('decided_on', 'is', null)
    .where('filed_on', 'is not', null)
    .$if(skip.length > 0, (q) => q.where('id', 'not in', skip))
    .orderBy('number')
    .executeTakeFirstOrThrow();
  return row;
}

async function newPerson(post: 'establishment' | 'auxiliary', name: string) {
  return (
    await p.app.db
      .insertInto('persons')
      .values({ agency_id: duruan, name, post })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

async function appendAction(caseId: string, type: string, payload: unknown, actorPersonId: string) {
  const user = await p.app.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'duruan.reviewer')
    .executeTakeFirstOrThrow();
  const seq = await p.app.db
    .selectFrom('case_actions')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  await p.app.db
    .insertInto('case_actions')
    .values({
      case_id: caseId,
      seq: Number(seq.m ?? 0) + 1,
      type,
      payload: JSON.stringify(payload),
      actor_id: user.id,
      actor_domain_id: actorPersonId,
      actor_name: '测试人员',
      actor_role: 'legalReviewer',
      actor_roles: ['legalReviewer'],
      agency_id: duruan,
      action_date: today,
      at: p.app.now(),
    })
    .execute();
}

beforeAll(async () => {
  p = await createTestPlatform();
  today = p.app.today();
  duruan = (
    await p.app.db.selectFrom('agencies').select('id').where('short_name', '=', '杜阮镇').executeTakeFirstOrThrow()
  ).id;
}, 300_000);
afterAll(async () => {
  await p?.close();
});

describe('alert rules', () => {
  it('行政处罚法 第60条 等: an overdue statutory deadline of a running case', async () => {
    const c = await runningCase();
    await p.app.db
      .insertInto('case_deadlines')
      .values({
        case_id: c.id,
        key: 'testOverdue',
        agency_id: duruan,
        label: '测试期限',
        due: addDays(today, -3),
        due_at: null,
        basis: '测试',
        party_facing: false,
      })
      .execute();
    const alert = await story('deadlineOverdue', `${c.id}:testOverdue`, async () => {
      await p.app.db
        .deleteFrom('case_deadlines')
        .where('case_id', '=', c.id)
        .where('key', '=', 'testOverdue')
        .execute();
    });
    expect(alert.case_id).toBe(c.id);
    expect(alert.agency_id).toBe(duruan);
  });

  it('行政处罚法 第58条: a decision that needed legal review made without one that passed', async () => {
    const c = await runningCase();
    await sql`update cases set decided_on = ${today}, state = jsonb_set(state, '{flags,requiresReview}', 'true'::jsonb)
      where id = ${c.id}`.execute(p.app.db);
    const reviewer = await newPerson('establishment', '审核员甲');
    await story('decisionWithoutReview', c.id, () => appendAction(c.id, 'recordReview', { outcome: 'pass' }, reviewer));
    await sql`update cases set decided_on = null where id = ${c.id}`.execute(p.app.db);
  });

  it('行政处罚法 第34条: a fine outside the applied benchmark range', async () => {
    const c = await runningCase();
    const decision = (amount: number) =>
      JSON.stringify({
        document: { discretion: { applied: { allowedMin: 1000, allowedMax: 5000, title: '测试基准' } } },
        penalty: { lines: [{ kind: 'fine', amount }] },
      });
    await sql`update cases set decided_on = ${today}, state = jsonb_set(state, '{decision}', ${decision(8000)}::jsonb)
      where id = ${c.id}`.execute(p.app.db);
    await story('fineOutsideBenchmark', c.id, async () => {
      await sql`update cases set state = jsonb_set(state, '{decision}', ${decision(3000)}::jsonb) where id = ${c.id}`.execute(
        p.app.db,
      );
    });
    await sql`update cases set decided_on = null, state = jsonb_set(state, '{decision}', 'null'::jsonb) where id = ${c.id}`.execute(
      p.app.db,
    );
  });

  it('行政处罚法 第42条: an auxiliary listed as an enforcing officer', async () => {
    const c = await runningCase();
    const aux = await newPerson('auxiliary', '辅助员乙');
    await p.app.db
      .insertInto('case_officers')
      .values({ case_id: c.id, person_id: aux, active: true, assigned_on: today })
      .execute();
    const alert = await story('officerUncertified', `${c.id}:${aux}`, async () => {
      await p.app.db
        .updateTable('case_officers')
        .set({ active: false, released_on: today })
        .where('case_id', '=', c.id)
        .where('person_id', '=', aux)
        .execute();
    });
    expect(alert.title).toContain('执法辅助人员');
  });

  it('行政处罚法 第58条: the person who handles the case also records its legal review', async () => {
    const c = await runningCase();
    const officer = await p.app.db
      .selectFrom('case_officers')
      .select('person_id')
      .where('case_id', '=', c.id)
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    await appendAction(c.id, 'recordReview', { outcome: 'return' }, officer.person_id);
    const reviewer = await newPerson('establishment', '审核员丙');
    // Fixed by a review recorded by someone who does not handle the case.
    await story('sameHandlerReviewer', c.id, () => appendAction(c.id, 'recordReview', { outcome: 'pass' }, reviewer));
  });

  /** Files a running case `daysAgo` days back (column and state), with the decision limit given. */
  async function filedBack(c: { id: string }, daysAgo: number, limit: unknown) {
    const filed = addDays(today, -daysAgo);
    await sql`update cases set filed_on = ${filed},
      state = jsonb_set(jsonb_set(state, '{filing,approvedOn}', to_jsonb(${filed}::text)),
        '{decisionLimit}', ${JSON.stringify(limit)}::jsonb)
      where id = ${c.id}`.execute(p.app.db);
  }
  async function restore(c: { id: string; filed_on: string | null; state: unknown }) {
    await sql`update cases set filed_on = ${c.filed_on}, state = ${JSON.stringify(c.state)}::jsonb
      where id = ${c.id}`.execute(p.app.db);
  }

  it('行政处罚法 第60条: an ordinary case undecided 90 days after filing, never extended', async () => {
    const c = await runningCase();
    await filedBack(c, 100, { extensions: [], excluded: [] });
    await story('caseOver90Days', c.id, async () => {
      await filedBack(c, 100, { extensions: [{ days: 30, approval: 'head', on: today, by: 'x' }], excluded: [] });
    });
    await restore(c);
  });

  it('行政处罚法 第60条: the days a case was suspended (中止) are not counted', async () => {
    // Another case than the one above, which keeps its resolved alert.
    const c = await runningCase(duruan, [(await runningCase()).id]);
    const suspended = (to: string) => ({
      extensions: [],
      excluded: [{ from: addDays(today, -60), to, reason: 'suspension' }],
    });
    // Filed 100 days ago, suspended for 20 of them: 80 days counted, not overdue.
    await filedBack(c, 100, suspended(addDays(today, -41)));
    await runAlertRules(p.app, { only: ['caseOver90Days'] });
    expect(await alertsFor('caseOver90Days', c.id)).toEqual([]);
    // Suspended for 5 days only: 95 counted, overdue, and the alert says the excluded days were taken off.
    await filedBack(c, 100, suspended(addDays(today, -56)));
    const alert = await story('caseOver90Days', c.id, async () => {
      await filedBack(c, 100, suspended(addDays(today, -41)));
    });
    expect(alert.title).toContain('扣除不计入期间后');
    await restore(c);
  });

  it('行政处罚法 第24条: a township case of an item it did not hold on the filing day', async () => {
    const c = await runningCase();
    await p.app.db.updateTable('cases').set({ item_code: 'ZZ-NOT-DELEGATED' }).where('id', '=', c.id).execute();
    await story('itemNotHeld', c.id, async () => {
      await p.app.db.updateTable('cases').set({ item_code: c.item_code }).where('id', '=', c.id).execute();
    });
  });

  it('优化营商环境条例 第59条: an enterprise inspected more often than the yearly cap (3)', async () => {
    const creator = await p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'duruan.officer1')
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const row = await p.app.db
        .insertInto('leads')
        .values({
          agency_id: duruan,
          number: `测试检查${i}`,
          source: 'inspection',
          received_on: today,
          summary: '日常检查',
          party_name: '江门测试五金有限公司',
          created_by: creator.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    const alert = await story('inspectionCap', `${today.slice(0, 4)}:江门测试五金有限公司`, async () => {
      await p.app.db.updateTable('leads').set({ source: 'complaint' }).where('id', '=', ids[0]).execute();
    });
    expect(alert.agency_id).toBe(duruan);
  });

  it('行政处罚法 第24条: a delegated item unused for 12 months', async () => {
    await runAlertRules(p.app, { only: ['idleItem'] });
    const idle = await p.app.db
      .selectFrom('alerts')
      .select(['subject_key', 'agency_id', 'item_code'])
      .where('rule', '=', 'idleItem')
      .where('status', '=', 'open')
      .orderBy('subject_key')
      .executeTakeFirstOrThrow();
    const item = await p.app.db
      .selectFrom('enforcement_items')
      .select('id')
      .where('code', '=', idle.item_code!)
      .executeTakeFirstOrThrow();
    await story('idleItem', idle.subject_key, async () => {
      await p.app.db
        .insertInto('item_usage')
        .values({
          agency_id: idle.agency_id!,
          item_id: item.id,
          used_on: today,
          source: 'inspection',
          source_id: 'test-1',
        })
        .execute();
    });
  });

  it('培训学时: a certified officer short of last year’s training hours', async () => {
    const year = Number(today.slice(0, 4)) - 1;
    const person = await newPerson('establishment', '执法员丁');
    await p.app.db
      .insertInto('certificates')
      .values({
        person_id: person,
        number: `TEST${Date.now()}`,
        issuer: '江门市人民政府',
        domains: ['综合执法'],
        valid_from: `${year - 1}-01-01`,
        valid_to: `${year + 3}-12-31`,
        status: 'valid',
        verify_token: crypto.randomBytes(16).toString('hex'),
      })
      .execute();
    await story('trainingShort', `${person}:${year}`, async () => {
      await p.app.db
        .insertInto('training_records')
        .values({
          person_id: person,
          course: '行政处罚法专题',
          date: `${year}-06-01`,
          hours: 200,
          minutes: null,
          source: 'manual',
        })
        .execute();
    });
  });

  it('国办发〔2018〕118号: legal reviewers below the agency floor (5%)', async () => {
    const reviewers = await p.app.db
      .selectFrom('persons')
      .select('id')
      .where('agency_id', '=', duruan)
      .where('legal_reviewer', '=', true)
      .execute();
    await p.app.db.updateTable('persons').set({ legal_reviewer: false }).where('agency_id', '=', duruan).execute();
    await story('reviewerRatioLow', duruan, async () => {
      await p.app.db
        .updateTable('persons')
        .set({ legal_reviewer: true })
        .where(
          'id',
          'in',
          reviewers.map((r) => r.id),
        )
        .execute();
    });
  });

  it('行政处罚法 第47条: an evidence file whose stored bytes no longer match its hash', async () => {
    const c = await runningCase();
    const content = Buffer.from(`现场照片 ${crypto.randomUUID()}`);
    const sha = crypto.createHash('sha256').update(content).digest('hex');
    const file = objectPath(p.app.config.evidenceDir, sha);
    fs.mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    fs.writeFileSync(file, Buffer.from('篡改后的内容'));
    const user = await p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'duruan.officer1')
      .executeTakeFirstOrThrow();
    const ev = await p.app.db
      .insertInto('evidence')
      .values({
        case_id: c.id,
        agency_id: duruan,
        sha256: sha,
        size: content.length,
        mime: 'image/jpeg',
        file_name: 'photo.jpg',
        storage_path: sha,
        kind: 'audioVisual',
        title: '现场照片',
        captured_at: `${today}T09:00`,
        uploaded_by: user.id,
        uploaded_at: p.app.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      await story('evidenceHashMismatch', ev.id, () => fs.promises.writeFile(file, content));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('行政处罚法 第47条: stored files are rehashed in bounded batches, the least recently verified first', async () => {
    const c = await runningCase();
    const user = await p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'duruan.officer1')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 4; i++) {
      const content = Buffer.from(`询问笔录扫描件 ${crypto.randomUUID()}`);
      const sha = crypto.createHash('sha256').update(content).digest('hex');
      const file = objectPath(p.app.config.evidenceDir, sha);
      fs.mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
      fs.writeFileSync(file, content);
      await p.app.db
        .insertInto('evidence')
        .values({
          case_id: c.id,
          agency_id: duruan,
          sha256: sha,
          size: content.length,
          mime: 'application/pdf',
          file_name: `scan-${i}.pdf`,
          storage_path: sha,
          kind: 'documentary',
          title: `询问笔录 ${i + 1}`,
          captured_at: `${today}T10:00`,
          uploaded_by: user.id,
          uploaded_at: p.app.now(),
        })
        .execute();
    }
    // The new files are never checked, so the next run takes them first.
    await verifyEvidenceFiles({ app: p.app, db: p.app.db, today });
    // Every file now has a check; age them all, two of them the most.
    const ids = (
      await p.app.db.selectFrom('evidence_checks').select('evidence_id').orderBy('evidence_id').execute()
    ).map((r) => r.evidence_id);
    expect(ids.length).toBeGreaterThan(3);
    const daysAgo = (d: number) => new Date(p.app.now().getTime() - d * 86_400_000);
    await p.app.db
      .updateTable('evidence_checks')
      .set({ verified_at: daysAgo(REVERIFY_DAYS + 3) })
      .execute();
    const oldest = ids.slice(0, 2);
    await p.app.db
      .updateTable('evidence_checks')
      .set({ verified_at: daysAgo(REVERIFY_DAYS + 9) })
      .where('evidence_id', 'in', oldest)
      .execute();
    const wrong = await p.app.db.selectFrom('evidence_checks').select('evidence_id').where('ok', '=', false).execute();
    const hashed = await verifyEvidenceFiles({ app: p.app, db: p.app.db, today }, 2);
    expect(hashed).toBe(2 + wrong.length);
    const fresh = await p.app.db
      .selectFrom('evidence_checks')
      .select('evidence_id')
      .where('verified_at', '=', p.app.now())
      .execute();
    expect(fresh.map((r) => r.evidence_id).sort()).toEqual([...oldest, ...wrong.map((w) => w.evidence_id)].sort());
  });

  it('行政处罚法 第47条: a file changed after its check is found once it is due again, and resolves when restored', async () => {
    const ev = await p.app.db
      .selectFrom('evidence_checks as c')
      .innerJoin('evidence', 'evidence.id', 'c.evidence_id')
      .select(['evidence.id', 'evidence.sha256'])
      .where('c.ok', '=', true)
      .orderBy('evidence.id')
      .executeTakeFirstOrThrow();
    const file = objectPath(p.app.config.evidenceDir, ev.sha256);
    const original = fs.readFileSync(file);
    await p.app.db.updateTable('evidence_checks').set({ verified_at: p.app.now() }).execute();
    try {
      fs.writeFileSync(file, Buffer.from('事后被改动的内容'));
      // Verified today: not due, so this run does not read it.
      await runAlertRules(p.app, { only: ['evidenceHashMismatch'] });
      expect(await alertsFor('evidenceHashMismatch', ev.id)).toEqual([]);
      const due = new Date(p.app.now().getTime() - (REVERIFY_DAYS + 1) * 86_400_000);
      await p.app.db
        .updateTable('evidence_checks')
        .set({ verified_at: due })
        .where('evidence_id', '=', ev.id)
        .execute();
      await story('evidenceHashMismatch', ev.id, () => fs.promises.writeFile(file, original));
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('GB/T 22239 8.1.4.3: a broken audit chain', async () => {
    const row = await p.app.db
      .selectFrom('audit_log')
      .select(['seq', 'object_id'])
      .orderBy('seq', 'desc')
      .limit(1)
      .offset(3)
      .executeTakeFirstOrThrow();
    const raw = (statement: string) =>
      p.database.exec(`set session_replication_role = replica; ${statement}; set session_replication_role = origin;`);
    const original = row.object_id === null ? 'null' : `'${row.object_id.replace(/'/g, "''")}'`;
    await raw(`update audit_log set object_id = 'forged' where seq = ${String(row.seq)}`);
    await story('auditChainBroken', 'audit_log', () =>
      raw(`update audit_log set object_id = ${original} where seq = ${String(row.seq)}`),
    );
  });

  it('广东省行政执法监督条例: a correction notice past its deadline without a reply', async () => {
    const supervisor = await p.login('supervisor');
    const issued = await p.request({
      method: 'POST',
      url: '/api/correction-notices',
      cookie: supervisor,
      body: {
        agencyId: duruan,
        subject: '逾期测试',
        findings: '发现问题',
        requirement: '限期整改',
        dueOn: addDays(today, 1),
      },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const { id } = issued.json<{ id: string }>();
    await sql`update correction_notices set due_on = ${addDays(today, -1)} where id = ${id}`.execute(p.app.db);
    await story('correctionOverdue', id, async () => {
      const head = await p.login('duruan.head');
      const res = await p.request({
        method: 'POST',
        url: `/api/correction-notices/${id}/reply`,
        cookie: head,
        body: { reply: '已整改' },
      });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('行政处罚法 第48条: a decision still not published after its disclosure was due', async () => {
    const task = await p.app.db
      .selectFrom('disclosure_renditions')
      .select(['id'])
      .where('status', '=', 'pending')
      .where('agency_id', '=', duruan)
      .executeTakeFirstOrThrow();
    await sql`update disclosure_renditions set due_on = ${addDays(today, -1)} where id = ${task.id}`.execute(p.app.db);
    await story('disclosureLate', task.id, async () => {
      const head = await p.login('duruan.head');
      const res = await p.request({
        method: 'POST',
        url: `/api/disclosure/tasks/${task.id}/publish`,
        cookie: head,
        body: { commandId: crypto.randomUUID() },
      });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('行政处罚法 第48条第2款: a revoked decision still public 3 working days after the change', async () => {
    const published = await p.app.db
      .selectFrom('disclosure_renditions')
      .select(['id', 'case_id'])
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    // A change recorded round the platform (the command withdraws at once): two weeks ago, still public.
    const change = {
      ground: 'revoked',
      by: 'reconsideration',
      on: addDays(today, -14),
      reference: '复议决定书',
      seq: 999,
    };
    await sql`update cases set state = jsonb_set(state, '{decisionChanges}', ${JSON.stringify([change])}::jsonb)
      where id = ${published.case_id}`.execute(p.app.db);
    await story('withdrawalLate', published.id, async () => {
      const user = await p.login(await headOf(published.id));
      const res = await p.request({
        method: 'POST',
        url: `/api/disclosure/tasks/${published.id}/withdraw`,
        cookie: user,
        body: { commandId: crypto.randomUUID(), reason: '复议决定撤销原处罚决定' },
      });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  it('a run that finds an open alert again unchanged does not rewrite it, yet lists it as seen then; a changed finding is rewritten', async () => {
    const c = await runningCase();
    await p.app.db
      .insertInto('case_deadlines')
      .values({
        case_id: c.id,
        key: 'testUnchanged',
        agency_id: duruan,
        label: '复查用期限',
        due: addDays(today, -2),
        due_at: null,
        basis: '测试',
        party_facing: false,
      })
      .execute();
    const key = `${c.id}:testUnchanged`;
    const row = () =>
      p.app.db
        .selectFrom('alerts')
        .select(['id', 'status', 'details', 'last_seen_at', sql<string>`xmin::text`.as('version')])
        .where('rule', '=', 'deadlineOverdue')
        .where('subject_key', '=', key)
        .executeTakeFirstOrThrow();
    const supervisor = await p.login('supervisor');
    const listed = async (id: string) => {
      const res = await p.request({
        method: 'GET',
        url: `/api/alerts?rule=deadlineOverdue&caseId=${c.id}&limit=200`,
        cookie: supervisor,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json<{ items: { id: string; lastSeenAt: string; firstSeenAt: string }[] }>()
        .items.find((i) => i.id === id)!;
    };
    const first = await runAlertRules(p.app, { only: ['deadlineOverdue'] });
    expect(first.failed).toEqual([]);
    const before = await row();
    const seenFirst = await listed(before.id);
    expect(seenFirst.lastSeenAt).toBe(seenFirst.firstSeenAt);
    p.clock.advanceMinutes(30);
    await runAlertRules(p.app, { only: ['deadlineOverdue'] });
    const again = await row();
    expect(again.version).toBe(before.version);
    expect(new Date(again.last_seen_at).getTime()).toBe(new Date(before.last_seen_at).getTime());
    const seenAgain = await listed(before.id);
    expect(Date.parse(seenAgain.lastSeenAt)).toBeGreaterThan(Date.parse(seenFirst.lastSeenAt));
    // The deadline moved: the finding says something else, and the alert is rewritten.
    await p.app.db
      .updateTable('case_deadlines')
      .set({ due: addDays(today, -1) })
      .where('case_id', '=', c.id)
      .where('key', '=', 'testUnchanged')
      .execute();
    await runAlertRules(p.app, { only: ['deadlineOverdue'] });
    const changed = await row();
    expect(changed.id).toBe(before.id);
    expect(changed.status).toBe('open');
    expect(changed.version).not.toBe(before.version);
    expect((changed.details as { due: string }).due).toBe(addDays(today, -1));
    await p.app.db
      .deleteFrom('case_deadlines')
      .where('case_id', '=', c.id)
      .where('key', '=', 'testUnchanged')
      .execute();
    await runAlertRules(p.app, { only: ['deadlineOverdue'] });
    expect((await row()).status).toBe('resolved');
  });

  it('the alert reaches the agency head’s notification centre once, however often the rules run', async () => {
    const head = await p.login('duruan.head');
    const list = await p.request({ method: 'GET', url: '/api/notifications?limit=200', cookie: head });
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { title: string }[] }>().items;
    const overdue = items.filter((n) => n.title.includes('测试期限'));
    expect(overdue).toHaveLength(1);
  });
});
