// Demo cases: summary and ordinary cases at every stage across the townships, with deadlines due
// soon and one overdue. They are made the way real ones are — each step through the case command
// pipeline (decide() included), dated back from the seeding day — so they are lawful folds with
// gapless numbers. A step the procedure refuses (e.g. a holiday year not yet loaded) ends that
// case at the last step that passed; the demo never fails the seed.
import { addDays, idNumberCheckChar, REVIEW_ITEMS, type PenaltySpec } from '@zhifa/domain';
import { sql } from 'kysely';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { businessRoles, type CaseActorInfo } from '../modules/cases/case-actor';
import { createCase } from '../modules/cases/commands/create-case';
import { executeCaseCommand } from '../modules/cases/commands/execute-command';
import { UnitOfWork } from '../platform/unit-of-work';
import { loadDocument } from '../modules/documents/document-queries';
import { printFirstVersionIn } from '../modules/documents/render-document';
import { exercisableItems } from '../modules/delegation/exercisable';
import type { DemoLibraryContext } from './library-context';
import { DEMO_BENCHMARKS } from './benchmarks';

// The domains every demo township officer's certificate covers (county.ts).
const OFFICER_DOMAINS = ['城市管理', '自然资源', '生态环境', '市场监管', '农业农村'];
const BASIS = [{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第八十四条' }];
const NO_FLAGS = {
  complex: false,
  majorViolation: false,
  majorPublicInterest: false,
  multipleLegalRelations: false,
  lawRequiresReview: false,
};
const NO_CIRCUMSTANCES = {
  mentalCapacity: 'full',
  mitigating: [],
  minorPromptlyCorrectedNoHarm: false,
  firstOffenceMinorHarmCorrected: false,
  noFaultProven: false,
};

interface Item {
  code: string;
  name: string;
}

interface Party {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  address: string;
}

interface Ctx {
  date: string;
  item: Item;
  /** A fine within the item's range for the party (行政处罚法 第29–32条). */
  fine: number;
  party: Party;
  officers: [string, string];
  reviewer: string;
  /** The facts the decision states, where a plan sets its own. */
  decisionFacts?: string | undefined;
}

type Payload = (c: Ctx) => Record<string, unknown>;
interface Step {
  by: 'officer1' | 'officer2' | 'head' | 'reviewer' | 'aux';
  type: string;
  payload: Payload;
  /** The document printed (first print) before the step: a decision is handed over on paper (第52条, 第61条). */
  prints?: string;
}

const fine = (amount: number) => ({ lines: [{ kind: 'fine', amount }] });

const ORDINARY: Step[] = [
  {
    by: 'officer1',
    type: 'fileCase',
    payload: (c) => ({
      party: c.party,
      items: [c.item],
      source: '日常巡查发现',
      facts: `当事人涉嫌${c.item.name}`,
      violationDate: addDays(c.date, -3),
      discoveredOn: c.date,
      officerIds: c.officers,
    }),
  },
  { by: 'head', type: 'approveFiling', payload: () => ({ opinion: '同意立案，由承办人员依法调查' }) },
  {
    by: 'officer1',
    type: 'recordSiteInspection',
    payload: (c) => ({
      recordId: 'XC-1',
      officerIds: c.officers,
      startedAt: `${c.date}T10:00`,
      place: c.party.address,
      certificatesShown: true,
      signature: { partySigned: true },
      partyPresent: true,
      findings: `现场检查发现当事人${c.item.name}`,
      avEvidenceId: 'DEMO-AV-1',
    }),
  },
  {
    by: 'officer1',
    type: 'addEvidence',
    payload: (c) => ({
      evidenceId: 'DEMO-E1',
      kind: 'audioVisual',
      title: '现场照片及执法记录仪视频',
      source: 'onSite',
      capturedBy: c.officers,
      capturedAt: `${c.date}T10:10`,
    }),
  },
  {
    by: 'officer1',
    type: 'recordInterview',
    payload: (c) => ({
      recordId: 'XW-1',
      officerIds: c.officers,
      startedAt: `${c.date}T09:30`,
      place: '综合行政执法办公室',
      certificatesShown: true,
      signature: { partySigned: true },
      interviewee: c.party.name,
      summary: '当事人对违法事实无异议',
      avEvidenceId: 'DEMO-AV-1',
    }),
  },
  {
    by: 'officer1',
    type: 'finishInvestigation',
    payload: () => ({ report: '违法事实清楚，证据确凿，建议给予罚款', proposedOutcome: 'penalty', flags: NO_FLAGS }),
  },
  {
    by: 'officer1',
    type: 'issueNotice',
    payload: (c) => ({
      intendedPenalty: fine(c.fine),
      facts: `当事人${c.item.name}`,
      reasons: '违反有关规定',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: false },
    }),
  },
  {
    by: 'aux',
    type: 'recordNoticeService',
    payload: (c) => ({ method: 'direct', recipient: c.party.name, signedOn: c.date }),
  },
  {
    by: 'officer1',
    type: 'waiveRights',
    payload: (c) => ({ rights: ['statement', 'defence'], signedByParty: true, signedOn: c.date }),
  },
  { by: 'officer1', type: 'submitForReview', payload: () => ({ triggers: ['voluntary'], materials: '案卷全部材料' }) },
  {
    by: 'reviewer',
    type: 'recordReview',
    payload: () => ({
      outcome: 'pass',
      opinion: '主体合法，事实清楚，证据充分，程序合法，同意',
      checklist: Object.fromEntries(REVIEW_ITEMS.map((i) => [i, { ok: true }])),
    }),
  },
  {
    by: 'head',
    type: 'decide',
    payload: (c) => ({
      outcome: 'penalty',
      penalty: fine(c.fine),
      partyAddress: c.party.address,
      facts: c.decisionFacts ?? `当事人${c.item.name}`,
      evidenceIds: ['DEMO-E1'],
      basis: BASIS,
      circumstances: NO_CIRCUMSTANCES,
      discretion: { tier: 'standard', reasoning: '情节一般，按一般阶次处罚' },
      performance: { method: '到指定银行或通过电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
      surchargeStandardStated: true,
      handedOverOnSpot: false,
    }),
  },
  {
    by: 'aux',
    type: 'serveDecision',
    prints: 'penaltyDecision',
    payload: (c) => ({ method: 'direct', recipient: c.party.name, signedOn: c.date, sealed: true }),
  },
  {
    by: 'officer1',
    type: 'recordPayment',
    payload: (c) => ({
      amount: c.fine,
      paidOn: c.date,
      channel: 'bank',
      receiptNo: `粤财罚${c.date.replaceAll('-', '')}01`,
    }),
  },
  { by: 'head', type: 'closeCase', payload: () => ({ reason: 'executed', report: '罚款已缴清，案件办结' }) },
  { by: 'officer1', type: 'archiveCase', payload: () => ({ retention: 'thirtyYears' }) },
];

/** Index of the last ordinary step for each demo stage. */
const STAGE = {
  filingRequested: 0,
  investigating: 4,
  noticeServed: 7,
  underReview: 9,
  reviewPassed: 10,
  decided: 11,
  served: 12,
  archived: 15,
} as const;

const SUMMARY: Step[] = [
  {
    by: 'officer1',
    type: 'decideOnTheSpot',
    payload: (c) => ({
      party: c.party,
      items: [c.item],
      violation: `当事人${c.item.name}`,
      place: c.party.address,
      occurredAt: `${c.date}T09:30`,
      discoveredOn: c.date,
      penalty: fine(c.fine),
      basis: BASIS,
      officerIds: c.officers,
      certificatesShown: true,
      partyHeard: true,
    }),
  },
  {
    by: 'officer1',
    type: 'recordSummaryService',
    prints: 'onTheSpotDecision',
    payload: (c) => ({ handedOverOn: c.date, partySigned: true, officersSigned: true }),
  },
  { by: 'officer1', type: 'fileSummaryRecord', payload: () => ({ filedWith: '本机关' }) },
  {
    by: 'officer1',
    type: 'recordPayment',
    payload: (c) => ({
      amount: c.fine,
      paidOn: c.date,
      channel: 'electronic',
      receiptNo: `粤财罚${c.date.replaceAll('-', '')}09`,
    }),
  },
  { by: 'head', type: 'closeCase', payload: () => ({ reason: 'executed', report: '当场处罚已执行完毕' }) },
];

interface Plan {
  township: string;
  procedure: 'ordinary' | 'summary';
  /** How many steps to take. */
  steps: number;
  /** Days before the seeding day of the last step; earlier steps are spread `spacing` days apart. */
  lastDaysAgo: number;
  spacing: number;
  party: Party;
  /** The facts the decision states (default: the item's name). */
  decisionFacts?: string;
}

function idNumber(birth: string, seq: number): string {
  const base = `440703${birth}${String(seq).padStart(3, '0')}`;
  return base + idNumberCheckChar(base)!;
}

const person = (name: string, birth: string, seq: number, address: string): Party => ({
  kind: 'person',
  name,
  idNumber: idNumber(birth, seq),
  address,
});
const company = (name: string, address: string): Party => ({ kind: 'organisation', name, address });

const PLANS: Plan[] = [
  {
    township: 'duruan',
    procedure: 'summary',
    steps: 5,
    lastDaysAgo: 20,
    spacing: 0,
    party: person('梁国华', '19780304', 201, '杜阮镇杜阮南路18号'),
  },
  {
    township: 'duruan',
    procedure: 'summary',
    steps: 2,
    lastDaysAgo: 1,
    spacing: 0,
    party: person('何晓东', '19910707', 202, '杜阮镇井根村'),
  },
  {
    township: 'hetang',
    procedure: 'summary',
    steps: 2,
    lastDaysAgo: 12,
    spacing: 0,
    party: company('江门市荷塘某某五金加工厂', '荷塘镇篁湾村工业区'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.filingRequested + 1,
    lastDaysAgo: 0,
    spacing: 1,
    party: person('陈伟强', '19850519', 203, '杜阮镇杜阮北路6号'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.investigating + 1,
    lastDaysAgo: 3,
    spacing: 1,
    party: company('江门市杜阮某某餐饮店', '杜阮镇龙榜村'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.noticeServed + 1,
    lastDaysAgo: 2,
    spacing: 1,
    party: person('黄丽珍', '19690911', 204, '杜阮镇松园村'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.underReview + 1,
    lastDaysAgo: 2,
    spacing: 1,
    party: person('罗志明', '19820101', 205, '杜阮镇杜阮中路22号'),
  },
  {
    township: 'hetang',
    procedure: 'ordinary',
    steps: STAGE.reviewPassed + 1,
    lastDaysAgo: 1,
    spacing: 1,
    party: company('江门市荷塘某某建材经营部', '荷塘镇三丫村'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.decided + 1,
    lastDaysAgo: 6,
    spacing: 1,
    party: person('区文辉', '19750823', 206, '杜阮镇北芦村'),
  },
  {
    township: 'hetang',
    procedure: 'ordinary',
    steps: STAGE.served + 1,
    lastDaysAgo: 5,
    spacing: 1,
    party: person('冯淑贞', '19880216', 207, '荷塘镇禾岗村'),
  },
  {
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.archived + 1,
    lastDaysAgo: 10,
    spacing: 2,
    party: company('江门市杜阮某某汽车维修店', '杜阮镇长乔村'),
  },
  {
    // 事后公示: the facts carry health information the redaction leaves, so the detector holds it.
    township: 'duruan',
    procedure: 'ordinary',
    steps: STAGE.decided + 1,
    lastDaysAgo: 4,
    spacing: 1,
    party: person('林永康', '19720305', 211, '杜阮镇杜阮南路30号'),
    decisionFacts: '当事人在杜阮南路占道经营，自述患有腰椎疾病需就近摆卖',
  },
  {
    township: 'huanshi',
    procedure: 'summary',
    steps: 5,
    lastDaysAgo: 8,
    spacing: 0,
    party: person('谭子健', '19930612', 208, '环市街道建设路'),
  },
  {
    township: 'baisha',
    procedure: 'ordinary',
    steps: STAGE.investigating + 1,
    lastDaysAgo: 4,
    spacing: 1,
    party: person('钟美玲', '19860430', 209, '白沙街道白沙大道'),
  },
  {
    township: 'chaolian',
    procedure: 'summary',
    steps: 2,
    lastDaysAgo: 2,
    spacing: 0,
    party: person('许德明', '19700208', 210, '潮连街道芝山路'),
  },
  {
    township: 'tangxia',
    procedure: 'ordinary',
    steps: STAGE.filingRequested + 1,
    lastDaysAgo: 1,
    spacing: 1,
    party: company('江门市棠下某某塑料制品厂', '棠下镇堡棠路'),
  },
];

async function demoActors(tx: Tx): Promise<Map<string, CaseActorInfo>> {
  const rows = await tx
    .selectFrom('users')
    .leftJoin('persons', 'persons.id', 'users.person_id')
    .select(['users.id', 'users.username', 'users.name', 'users.roles', 'users.agency_id', 'users.person_id'])
    .execute();
  return new Map(
    rows.map((r) => {
      const roles = businessRoles(r.roles);
      return [
        r.username,
        {
          userId: r.id,
          personId: r.person_id,
          domainId: r.person_id ?? r.id,
          name: r.name,
          roles,
          primaryRole: r.roles[0] ?? '',
          agencyId: r.agency_id,
        },
      ];
    }),
  );
}

/**
 * The fine a demo case imposes under an item: near the amount a township typically imposes,
 * moved into the item's range for the party on the day, and small enough for the procedure
 * (第51条 on the spot; no hearing threshold in the ordinary demo path). Null if none fits.
 */
function demoFine(
  specs: PenaltySpec[],
  party: Party['kind'],
  date: string,
  procedure: 'summary' | 'ordinary',
): number | null {
  const want = procedure === 'summary' ? (party === 'person' ? 100 : 1000) : 3000;
  const cap = procedure === 'summary' ? (party === 'person' ? 200 : 3000) : 5000;
  for (const s of specs) {
    if (s.kind !== 'fine' || s.perUnit || s.multipleOf || (s.fineMin === undefined && s.fineMax === undefined))
      continue;
    if (s.appliesTo && s.appliesTo !== party) continue;
    if ((s.effectiveFrom && date < s.effectiveFrom) || (s.effectiveTo && date > s.effectiveTo)) continue;
    const amount = Math.min(Math.max(want, s.fineMin ?? 0), s.fineMax ?? Infinity);
    if (amount > 0 && amount <= cap) return amount;
  }
  return null;
}

/** A penalty item delegated to the township on the day, in a domain its officers hold certificates for, with a fine that fits. */
const BENCHMARKED = new Set(DEMO_BENCHMARKS.map((b) => b.itemCode));

async function delegatedItem(
  tx: Tx,
  agencyId: string,
  date: string,
  party: Party['kind'],
  procedure: 'summary' | 'ordinary',
): Promise<(Item & { fine: number }) | null> {
  const codes = [...(await exercisableItems(tx, agencyId, date))];
  if (codes.length === 0) return null;
  const rows = await tx
    .selectFrom('enforcement_items')
    .select(['code', 'name', 'penalties'])
    .where('code', 'in', codes)
    .where('kind', '=', 'penalty')
    .where('active', '=', true)
    .where('domain', 'in', OFFICER_DOMAINS)
    .orderBy('code')
    .execute();
  for (const r of rows) {
    // The demo's decisions state no benchmark application: ordinary cases use items without one.
    if (procedure === 'ordinary' && BENCHMARKED.has(r.code)) continue;
    const amount = demoFine(r.penalties, party, date, procedure);
    if (amount !== null) return { code: r.code, name: r.name, fine: amount };
  }
  return null;
}

async function savepoint<T>(tx: Tx, name: string, fn: () => Promise<T>): Promise<T | null> {
  await sql.raw(`savepoint ${name}`).execute(tx);
  try {
    const out = await fn();
    await sql.raw(`release savepoint ${name}`).execute(tx);
    return out;
  } catch {
    await sql.raw(`rollback to savepoint ${name}`).execute(tx);
    return null;
  }
}

/** The first print of the case's latest document of the kind, as the print route records it. */
async function printDemoDocument(
  tx: Tx,
  app: AppContext,
  caseId: string,
  kind: string,
  actor: CaseActorInfo,
  at: Date,
): Promise<void> {
  const row = await tx
    .selectFrom('documents')
    .select('id')
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .orderBy('action_seq', 'desc')
    .executeTakeFirstOrThrow();
  const doc = await loadDocument(tx, row.id);
  await printFirstVersionIn(app, tx, doc, actor, { ip: '127.0.0.1', requestId: `demo-print-${row.id}` }, at);
}

async function runPlan(
  tx: Tx,
  app: AppContext,
  plan: Plan,
  today: string,
  actors: Map<string, CaseActorInfo>,
  agencyIds: Map<string, string>,
): Promise<void> {
  const steps = (plan.procedure === 'summary' ? SUMMARY : ORDINARY).slice(0, plan.steps);
  const first = addDays(today, -(plan.lastDaysAgo + (steps.length - 1) * plan.spacing));
  const agencyId = agencyIds.get(plan.township);
  if (!agencyId) return;
  const found = await delegatedItem(tx, agencyId, first, plan.party.kind, plan.procedure);
  const who = (by: Step['by']) => actors.get(`${plan.township}.${by}`);
  const o1 = who('officer1');
  const o2 = who('officer2');
  const rv = who('reviewer');
  if (!found || !o1?.personId || !o2?.personId || !rv?.personId) return;
  const { fine: amount, ...item } = found;
  const base = {
    item,
    fine: amount,
    party: plan.party,
    officers: [o1.personId, o2.personId] as [string, string],
    reviewer: rv.personId,
    decisionFacts: plan.decisionFacts,
  };

  let caseId: string | null = null;
  for (const [i, step] of steps.entries()) {
    const date = addDays(today, -(plan.lastDaysAgo + (steps.length - 1 - i) * plan.spacing));
    const actor = who(step.by);
    if (!actor) return;
    // A unit of work per step over the demo's transaction, flushed at once: the next step reads it.
    const uow = new UnitOfWork(app, tx, null, new Date(`${date}T10:00:00+08:00`));
    const payload = step.payload({ ...base, date });
    const done: boolean | null = await savepoint(tx, 'demo_case_step', async () => {
      if (caseId === null) {
        caseId = (await createCase(uow, actor, { procedure: plan.procedure, payload })).caseId;
      } else {
        if (step.prints) await printDemoDocument(tx, app, caseId, step.prints, actor, uow.now);
        await executeCaseCommand(uow, actor, caseId, { type: step.type, payload, expectedVersion: null });
      }
      await uow.flush();
      return true;
    });
    if (!done) return;
  }
}

/** Seeds the demo cases inside the demo county's transaction, after the catalogue and people. */
export async function seedCaseDemo(tx: Tx, app: AppContext, ctx: DemoLibraryContext): Promise<void> {
  const today = app.today();
  const actors = await demoActors(tx);
  for (const plan of PLANS) await runPlan(tx, app, plan, today, actors, ctx.agencyIds);
}
