// Refusals through the API: each answers 422 PROCEDURE_REFUSED with every refusal and its
// article, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/passwords';
import { DEMO_PASSWORD } from '../helpers';
import {
  BASIS,
  createHarness,
  fine,
  ITEM,
  ITEM_NOT_DELEGATED,
  NO_CIRCUMSTANCES,
  PARTY,
  REVIEW_PASS,
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

type Refusal = { code: string; message: string; article: string };
function refusals(res: { statusCode: number; json(): any }): Refusal[] {
  expect(res.statusCode).toBe(422);
  expect(res.json().code).toBe('PROCEDURE_REFUSED');
  return res.json().details.refusals;
}

const FLAGS = {
  complex: false,
  majorViolation: false,
  majorPublicInterest: false,
  multipleLegalRelations: false,
  lawRequiresReview: false,
};

async function filing(extra: Record<string, unknown> = {}) {
  return {
    party: PARTY,
    items: [{ code: ITEM.code, name: ITEM.name }],
    source: '日常巡查发现',
    facts: '当事人占道摆卖',
    violationDate: '2026-02-26',
    discoveredOn: T0,
    officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
    ...extra,
  };
}

const decision = (evidenceIds: string[] = ['E-1']) => ({
  outcome: 'penalty',
  penalty: fine(3000),
  partyAddress: PARTY.address,
  facts: '当事人占道摆卖',
  evidenceIds,
  basis: BASIS,
  circumstances: NO_CIRCUMSTANCES,
  discretion: { tier: 'standard', reasoning: '情节一般' },
  performance: { method: '银行缴纳', deadline: '收到本决定书之日起十五日内' },
  surchargeStandardStated: true,
  handedOverOnSpot: false,
});

const notice = {
  intendedPenalty: fine(3000),
  facts: '当事人占道摆卖',
  reasons: '违反条例',
  basis: BASIS,
  rights: { statement: true, defence: true, hearing: false },
};

const evidence = (by: string) => ({
  evidenceId: 'E-1',
  kind: 'audioVisual',
  title: '现场照片',
  source: 'onSite',
  capturedBy: [by],
  capturedAt: `${T0}T10:00`,
});

/** Investigated case with a served notice whose party waived statement and defence. */
async function noticeServedCase(flags = FLAGS, filingExtra: Record<string, unknown> = {}): Promise<string> {
  const id = await h.investigatingCase(undefined, filingExtra);
  h.ok(await h.cmd(id, 'duruan.officer1', 'addEvidence', evidence(await h.person('duruan.officer1'))));
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'finishInvestigation', {
      report: '调查终结',
      proposedOutcome: 'penalty',
      flags,
    }),
  );
  h.ok(await h.cmd(id, 'duruan.officer1', 'issueNotice', notice));
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'recordNoticeService', { method: 'direct', recipient: '张三', signedOn: T0 }),
  );
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'waiveRights', {
      rights: ['statement', 'defence'],
      signedByParty: true,
      signedOn: T0,
    }),
  );
  return id;
}

async function counter(docClass: string): Promise<number> {
  const r = await h.p.app.db
    .selectFrom('document_counters')
    .select('last_serial')
    .where('agency_id', '=', await h.agency('杜阮镇'))
    .where('year', '=', 2026)
    .where('doc_class', '=', docClass)
    .executeTakeFirst();
  return r?.last_serial ?? 0;
}

describe('filing', () => {
  it('行政处罚法 第24条: filing under an item not delegated to the township is refused, and nothing is stored', async () => {
    const before = {
      cases: (await h.p.app.db.selectFrom('cases').select('id').execute()).length,
      serial: await counter('案'),
    };
    const res = await h.fileCase(
      'duruan.officer1',
      await filing({ items: [{ code: ITEM_NOT_DELEGATED.code, name: ITEM_NOT_DELEGATED.name }] }),
    );
    const r = refusals(res);
    expect(r.map((x) => x.code)).toContain('itemNotExercisable');
    expect(r.find((x) => x.code === 'itemNotExercisable')!.article).toBe('行政处罚法 第24条');
    expect((await h.p.app.db.selectFrom('cases').select('id').execute()).length).toBe(before.cases);
    expect(await counter('案')).toBe(before.serial);
  });

  it('行政处罚法 第24条: a penalty the county keeps is refused at filing, and the refusal says to transfer', async () => {
    const r = refusals(
      await h.fileCase('duruan.officer1', await filing({ intendedPenaltyKinds: ['fine', 'stopProduction'] })),
    );
    expect(r).toEqual([expect.objectContaining({ code: 'countyReservedPenalty', article: '行政处罚法 第24条' })]);
    expect(r[0].message).toContain('责令停产停业');
    expect(r[0].message).toContain('移送县级主管部门');
  });

  it('行政处罚法 第36条: an act more than two years before discovery cannot be filed; the head records 不予立案 instead', async () => {
    const created = h.ok(
      await h.fileCase('duruan.officer1', await filing({ violationDate: '2023-06-01', facts: '群众举报的陈年占道' })),
      201,
    );
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${created.id}`, cookie: await h.cookie('duruan.head') }),
    );
    expect(detail.state.limitation).toEqual({ expiresOn: '2025-06-01', expired: true });
    const r = refusals(await h.cmd(created.id, 'duruan.head', 'approveFiling', { opinion: '同意' }));
    expect(r).toEqual([expect.objectContaining({ code: 'limitationExpired', article: '行政处罚法 第36条' })]);
    const refused = h.ok(await h.cmd(created.id, 'duruan.head', 'refuseFiling', { reason: '超过追责时效' }));
    expect(refused.status).toBe('filingRefused');
  });

  it('行政处罚法 第42条: filing with an auxiliary as the second officer is refused', async () => {
    const r = refusals(
      await h.fileCase(
        'duruan.officer1',
        await filing({ officerIds: [await h.person('duruan.officer1'), await h.person('duruan.aux')] }),
      ),
    );
    expect(r).toEqual([expect.objectContaining({ code: 'officerNotQualified', article: '行政处罚法 第42条' })]);
    expect(r[0].message).toContain('执法辅助人员');
  });
});

describe('investigation records', () => {
  it('行政处罚法 第55条: an interview record made by one officer, or with an auxiliary, is refused', async () => {
    const id = await h.investigatingCase();
    const base = {
      recordId: 'XW-9',
      startedAt: `${T0}T08:30`,
      place: '执法办',
      certificatesShown: true,
      signature: { partySigned: true },
      interviewee: '张三',
      summary: '询问',
    };
    const one = refusals(
      await h.cmd(id, 'duruan.officer1', 'recordInterview', {
        ...base,
        officerIds: [await h.person('duruan.officer1')],
      }),
    );
    expect(one).toEqual([expect.objectContaining({ code: 'fewerThanTwoOfficers', article: '行政处罚法 第55条' })]);
    const aux = refusals(
      await h.cmd(id, 'duruan.officer1', 'recordInterview', {
        ...base,
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.aux')],
      }),
    );
    expect(aux.map((x) => x.code)).toEqual(expect.arrayContaining(['officerNotQualified', 'officerNotOnCase']));
    // An auxiliary cannot record it either.
    const byAux = refusals(
      await h.cmd(id, 'duruan.aux', 'recordInterview', {
        ...base,
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      }),
    );
    expect(byAux).toEqual([expect.objectContaining({ code: 'auxiliaryNotAllowed', article: '行政处罚法 第42条' })]);
    expect(await h.version(id)).toBe(3);
  });
});

describe('decisions', () => {
  it('行政处罚法 第62条: no decision before the prior notice is served', async () => {
    const id = await h.investigatingCase();
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'finishInvestigation', {
        report: '调查终结',
        proposedOutcome: 'penalty',
        flags: FLAGS,
      }),
    );
    const serial = await counter('罚');
    const r = refusals(await h.cmd(id, 'duruan.head', 'decide', decision()));
    expect(r.map((x) => x.code)).toContain('noticeNotServed');
    expect(r.find((x) => x.code === 'noticeNotServed')!.article).toBe('行政处罚法 第62条');
    // The number drawn for the refused decision went back: the series has no gap.
    expect(await counter('罚')).toBe(serial);
  });

  it('行政处罚法 第63–64条: a notice offering a hearing keeps the decision closed for 5 working days after service, even once 陈述 and 申辩 are waived; the head is asked to decide only then', async () => {
    const id = await h.investigatingCase();
    h.ok(await h.cmd(id, 'duruan.officer1', 'addEvidence', evidence(await h.person('duruan.officer1'))));
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'finishInvestigation', {
        report: '调查终结',
        proposedOutcome: 'penalty',
        flags: FLAGS,
      }),
    );
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'issueNotice', {
        ...notice,
        rights: { statement: true, defence: true, hearing: true },
      }),
    );
    // Served Monday 2026-03-02: the request period runs to Monday 2026-03-09.
    const served = h.ok(
      await h.cmd(id, 'duruan.officer1', 'recordNoticeService', { method: 'direct', recipient: '张三', signedOn: T0 }),
    );
    expect(served.status).toBe('noticeServed');
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'waiveRights', {
        rights: ['statement', 'defence'],
        signedByParty: true,
        signedOn: T0,
      }),
    );
    const inQueue = async () => {
      const q = h.ok(
        await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
      );
      return q.items.some((x: { caseId: string; kind: string }) => x.caseId === id && x.kind === 'decide');
    };
    try {
      for (const day of [T0, '2026-03-09']) {
        h.setDay(day);
        const r = refusals(await h.cmd(id, 'duruan.head', 'decide', decision()));
        expect(r).toEqual([expect.objectContaining({ code: 'hearingWindowOpen', article: '行政处罚法 第64条(一)' })]);
        expect(r[0].message).toContain('2026-03-09');
        expect(await inQueue()).toBe(false);
      }
      h.setDay('2026-03-10');
      expect(await inQueue()).toBe(true);
      expect(h.ok(await h.cmd(id, 'duruan.head', 'decide', decision())).status).toBe('decided');
    } finally {
      h.setDay(T0);
    }
  });

  it('行政处罚法 第58条: a case the law requires to be reviewed cannot be decided before the review passes', async () => {
    const id = await noticeServedCase({ ...FLAGS, lawRequiresReview: true });
    const r = refusals(await h.cmd(id, 'duruan.head', 'decide', decision()));
    expect(r).toEqual([expect.objectContaining({ code: 'reviewNotPassed', article: '行政处罚法 第58条' })]);
    h.ok(await h.cmd(id, 'duruan.officer1', 'submitForReview', { triggers: ['lawRequires'], materials: '案卷' }));
    h.ok(await h.cmd(id, 'duruan.reviewer', 'recordReview', REVIEW_PASS));
    expect(h.ok(await h.cmd(id, 'duruan.head', 'decide', decision())).status).toBe('decided');
  });

  it('行政处罚法 第57条第2款: a complex case is deliberated by the agency’s heads only; a reviewer named as a participant is refused by name', async () => {
    const id = await noticeServedCase({ ...FLAGS, complex: true });
    const [head, deputy, reviewer] = [
      await h.person('duruan.head'),
      await h.person('duruan.deputy'),
      await h.person('duruan.reviewer'),
    ];
    const record = (participantIds: string[]) => ({
      heldOn: T0,
      participantIds,
      conclusion: '经集体讨论，同意给予罚款',
    });
    const before = await h.version(id);
    const r = refusals(await h.cmd(id, 'duruan.head', 'recordDeliberation', record([head, reviewer])));
    expect(r).toEqual([expect.objectContaining({ code: 'participantNotHead', article: '行政处罚法 第57条第2款' })]);
    const reviewerName = (
      await h.p.app.db.selectFrom('persons').select('name').where('id', '=', reviewer).executeTakeFirstOrThrow()
    ).name;
    expect(r[0].message).toContain(reviewerName);
    expect(await h.version(id)).toBe(before);
    expect(h.ok(await h.cmd(id, 'duruan.head', 'recordDeliberation', record([head, deputy]))).status).toBe(
      'deliberated',
    );
  });

  it('行政处罚法 第32条: a fine above the item maximum for the party (城市道路管理条例 第42条: 2万元以下) is refused; the maximum itself passes', async () => {
    const id = await noticeServedCase(FLAGS, { violationDate: '2025-11-03' });
    const above = refusals(await h.cmd(id, 'duruan.head', 'decide', { ...decision(), penalty: fine(20_000.01) }));
    expect(above.map((r) => r.code)).toContain('fineAboveMaximum');
    expect(above.find((r) => r.code === 'fineAboveMaximum')!.message).toContain('20000');
  });

  it('行政处罚法 第29条, 第32条: a per-㎡ fine in parts (classes of land) is one fine, checked part by part against the recorded area', async () => {
    const db = h.p.app.db;
    const before = await db
      .selectFrom('enforcement_items')
      .select('penalties')
      .where('code', '=', ITEM.code)
      .executeTakeFirstOrThrow();
    const perSqm = {
      kind: 'fine',
      fineMin: 100,
      fineMax: 1000,
      perUnit: '元/平方米',
      basis: '土地管理法实施条例 第57条',
    };
    await db
      .updateTable('enforcement_items')
      .set({ penalties: JSON.stringify([perSqm]) })
      .where('code', '=', ITEM.code)
      .execute();
    try {
      const id = await noticeServedCase(FLAGS, { violationDate: '2025-11-06' });
      const parts = [
        { label: '耕地', quantity: 2, unit: '元/平方米', rate: 1000 },
        { label: '其他农用地', quantity: 10, unit: '元/平方米', rate: 100 },
      ];
      const noArea = refusals(await h.cmd(id, 'duruan.head', 'decide', decision()));
      expect(noArea.map((r) => r.code)).toEqual(['fineBaseMissing']);
      const over = refusals(
        await h.cmd(id, 'duruan.head', 'decide', {
          ...decision(),
          penalty: { lines: [{ kind: 'fine', amount: 3000.02, parts: [{ ...parts[0], rate: 1000.01 }, parts[1]] }] },
        }),
      );
      // (Also heavier than the notice's 3000 yuan, 第45条.)
      expect(over).toContainEqual({
        code: 'fineAboveMaximum',
        message:
          '第1项罚款第1部分（耕地）的标准1000.01元/平方米超过土地管理法实施条例 第57条规定的最高标准1000元/平方米',
        article: '土地管理法实施条例 第57条',
      });
      // 2 ㎡ × 1000 + 10 ㎡ × 100 = 3000: the notice's 3000 yuan, one fine for one act.
      const ok = h.ok(
        await h.cmd(id, 'duruan.head', 'decide', {
          ...decision(),
          penalty: { lines: [{ kind: 'fine', amount: 3000, parts }] },
        }),
      );
      expect(ok.status).toBe('decided');
    } finally {
      await db
        .updateTable('enforcement_items')
        .set({ penalties: JSON.stringify(before.penalties) })
        .where('code', '=', ITEM.code)
        .execute();
    }
  });

  it('行政处罚法 第29条: the same act of the same party, fined in one case, is not fined again in another', async () => {
    const first = await noticeServedCase(FLAGS, { violationDate: '2025-11-04' });
    const decided = h.ok(await h.cmd(first, 'duruan.head', 'decide', decision()));
    const number = decided.documents[0].number as string;
    const second = await noticeServedCase(FLAGS, { violationDate: '2025-11-04' });
    const again = refusals(await h.cmd(second, 'duruan.head', 'decide', decision()));
    expect(again).toEqual([
      {
        code: 'alreadyFined',
        message: `该违法行为已由${number}（${T0}）处以罚款，不得再次罚款`,
        article: '行政处罚法 第29条',
      },
    ]);
    // The same kind of act on another day is another act.
    const other = await noticeServedCase(FLAGS, { violationDate: '2025-11-05' });
    h.ok(await h.cmd(other, 'duruan.head', 'decide', decision()));
  });

  it('行政处罚法 第47条: a case cannot be closed before its execution is on record', async () => {
    const id = await noticeServedCase();
    h.ok(await h.cmd(id, 'duruan.head', 'decide', decision()));
    await h.print(id, 'duruan.aux', 'penaltyDecision');
    h.ok(
      await h.cmd(id, 'duruan.aux', 'serveDecision', {
        method: 'direct',
        recipient: '张三',
        signedOn: T0,
        sealed: true,
      }),
    );
    const r = refusals(await h.cmd(id, 'duruan.head', 'closeCase', { reason: 'executed', report: '结案' }));
    const incomplete = r.find((x) => x.code === 'processRecordIncomplete');
    expect(incomplete).toMatchObject({ article: '行政处罚法 第47条' });
    expect(incomplete!.message).toContain('执行');
  });
});

describe('separation of duties (办、审、定三分离) through the API', () => {
  it('行政处罚法 第57–58条: a head who investigates the case may not approve its filing', async () => {
    const created = h.ok(
      await h.fileCase(
        'duruan.officer1',
        await filing({ officerIds: [await h.person('duruan.officer1'), await h.person('duruan.head')] }),
      ),
      201,
    );
    const r = refusals(await h.cmd(created.id, 'duruan.head', 'approveFiling', {}));
    expect(r).toEqual([expect.objectContaining({ code: 'investigatorApproving' })]);
    expect(r[0].article).toContain('办、审、定三分离');
  });

  it('行政处罚法 第57–58条: a reviewer who investigated the case may not review it', async () => {
    const o1 = await h.person('duruan.officer1');
    const rv = await h.person('duruan.reviewer');
    const id = await h.investigatingCase(['duruan.officer1', 'duruan.reviewer']);
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'recordInterview', {
        recordId: 'XW-R',
        officerIds: [o1, rv],
        startedAt: `${T0}T08:30`,
        place: '执法办',
        certificatesShown: true,
        signature: { partySigned: true },
        interviewee: '张三',
        summary: '询问',
      }),
    );
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'finishInvestigation', {
        report: '调查终结',
        proposedOutcome: 'penalty',
        flags: FLAGS,
      }),
    );
    h.ok(await h.cmd(id, 'duruan.officer1', 'submitForReview', { triggers: ['voluntary'], materials: '案卷' }));
    const r = refusals(await h.cmd(id, 'duruan.reviewer', 'recordReview', REVIEW_PASS));
    expect(r).toEqual([expect.objectContaining({ code: 'investigatorReviewing' })]);
    const queue = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/review', cookie: await h.cookie('duruan.reviewer') }),
    );
    expect(queue.items.some((i: { caseId: string }) => i.caseId === id)).toBe(false);
  });

  it('行政处罚法 第57–58条: the reviewer of a case may not sign its decision, even from a head account; the investigator may not either', async () => {
    // The reviewer also holds a deputy-head account: the same person, so the same actor.
    await h.p.app.db
      .insertInto('users')
      .values({
        username: 'duruan.revhead',
        name: '副镇长',
        agency_id: await h.agency('杜阮镇'),
        person_id: await h.person('duruan.reviewer'),
        roles: ['agencyHead'],
        password_hash: await hashPassword(DEMO_PASSWORD),
      })
      .execute();
    const id = await noticeServedCase();
    h.ok(await h.cmd(id, 'duruan.officer1', 'submitForReview', { triggers: ['voluntary'], materials: '案卷' }));
    h.ok(await h.cmd(id, 'duruan.reviewer', 'recordReview', REVIEW_PASS));
    const byReviewer = refusals(await h.cmd(id, 'duruan.revhead', 'decide', decision()));
    expect(byReviewer).toEqual([expect.objectContaining({ code: 'reviewerDeciding' })]);
    const byOfficer = refusals(await h.cmd(id, 'duruan.officer1', 'decide', decision()));
    expect(byOfficer).toEqual([expect.objectContaining({ code: 'roleNotAllowed' })]);
    const approvals = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.revhead') }),
    );
    expect(approvals.items.some((i: { caseId: string; kind: string }) => i.caseId === id && i.kind === 'decide')).toBe(
      false,
    );
    expect(h.ok(await h.cmd(id, 'duruan.head', 'decide', decision())).status).toBe('decided');
  });
});

describe('what a refusal leaves behind', () => {
  it('a refused command appends nothing, keeps the version and writes no audit row', async () => {
    const id = await h.investigatingCase();
    const before = {
      version: await h.version(id),
      audits: (await h.p.app.db.selectFrom('audit_log').select('seq').execute()).length,
    };
    const r = await h.cmd(id, 'duruan.head', 'decide', decision());
    expect(r.statusCode).toBe(422);
    expect(r.json().message).toMatch(/^不能办理“作出处理决定”：/);
    expect(await h.version(id)).toBe(before.version);
    expect((await h.p.app.db.selectFrom('case_actions').select('seq').where('case_id', '=', id).execute()).length).toBe(
      before.version,
    );
    expect((await h.p.app.db.selectFrom('audit_log').select('seq').execute()).length).toBe(before.audits);
  });
});

describe('refusals name people, not ids', () => {
  it("行政处罚法 第43条第1款: putting a recused officer back on the case is refused, and the message gives the officer's name", async () => {
    const id = await h.investigatingCase();
    const officer2 = await h.person('duruan.officer2');
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'requestRecusal', {
        applicant: 'party',
        officerId: officer2,
        reason: '与当事人有亲属关系',
        receivedOn: T0,
      }),
    );
    h.ok(
      await h.cmd(id, 'duruan.head', 'decideRecusal', { officerId: officer2, granted: true, reason: '确有亲属关系' }),
    );
    const res = await h.cmd(id, 'duruan.head', 'assignOfficers', {
      officerIds: [await h.person('duruan.officer1'), officer2],
      reason: '调整承办人员',
    });
    const recused = refusals(res).find((r) => r.code === 'officerRecused');
    const name = (
      await h.p.app.db.selectFrom('persons').select('name').where('id', '=', officer2).executeTakeFirstOrThrow()
    ).name;
    expect(recused?.message).toContain(name);
    expect(recused?.message).not.toContain(officer2);
  });
});
