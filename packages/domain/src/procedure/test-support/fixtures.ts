// Shared test fixtures: people, context, sample payloads and a command runner. Not exported
// from the package.
import { defaultCalendar } from '../../calendar/index';
import type { BusinessRole } from '../../access/index';
import type { AnyCaseActionRecord, CaseActionRecord, CaseActor, CaseHeader } from '../case';
import { DEFAULT_CASE_CONFIG } from '../config';
import type { CaseContext, DocumentOnPaper, OfficerQualification, ReviewerQualification } from '../context';
import type { ItemFineProvisions } from '../rules/fines';
import { decide } from '../decide';
import { applyCaseAction, foldCase } from '../fold';
import { initialCaseState } from '../fold/initial';
import type { CaseActionType, CasePayloads } from '../payloads/index';
import type { CaseState } from '../state';
import { REVIEW_ITEMS } from '../payloads/review';
import { NO_CIRCUMSTANCES } from '../rules/circumstances';

export const calendar = defaultCalendar();
export const config = DEFAULT_CASE_CONFIG;

const actor = (userId: string, ...roles: BusinessRole[]): CaseActor => ({ userId, roles });
export const PEOPLE = {
  officerA: actor('o1', 'officer'),
  officerB: actor('o2', 'officer'),
  unqualified: actor('o3', 'officer'),
  officerD: actor('o4', 'officer'),
  auxiliary: actor('x1', 'auxiliary'),
  reviewer: actor('r1', 'legalReviewer'),
  newReviewer: actor('r2', 'legalReviewer'),
  head: actor('h1', 'agencyHead'),
  head2: actor('h2', 'agencyHead'),
  headOfficer: actor('h3', 'agencyHead', 'officer'),
} as const;

export const OFFICERS: OfficerQualification[] = [
  { id: 'o1', qualified: true },
  { id: 'o2', qualified: true },
  { id: 'o3', qualified: false, reason: '执法证已过期' },
  { id: 'o4', qualified: true },
  { id: 'x1', qualified: false, reason: '执法辅助人员' },
  { id: 'h3', qualified: true },
];

export const REVIEWERS: ReviewerQualification[] = [
  { id: 'r1', legalProfessionQualified: true, priorReviews: 12 },
  { id: 'r2', legalProfessionQualified: false, priorReviews: 0 },
  { id: 'h3', legalProfessionQualified: false, priorReviews: 3 },
];

/** The agency's heads (第57条第2款). */
export const HEADS = ['h1', 'h2', 'h3'];

/** The decisions printed (第59条, 第61条, 第52条), as the server supplies them once printed. */
export const DECISIONS_ON_PAPER: DocumentOnPaper[] = [
  { kind: 'penaltyDecision' },
  { kind: 'noPenaltyDecision' },
  { kind: 'onTheSpotDecision' },
];

/** The catalogue's fine provisions for the sample items, as the server supplies them. */
export const FINE_PROVISIONS: ItemFineProvisions[] = [
  {
    code: 'C-001',
    name: '擅自占道经营',
    basis: '城市市容和环境卫生管理条例 第36条',
    provisions: [{ fineMin: 1000, fineMax: 10_000 }],
  },
  { code: 'C-002', name: '乱张贴', basis: '城市市容和环境卫生管理条例 第34条', provisions: [{ fineMax: 200 }] },
];

export function ctx(today: string, extra: Partial<CaseContext> = {}): CaseContext {
  return {
    calendar,
    config,
    today,
    officers: OFFICERS,
    reviewers: REVIEWERS,
    heads: HEADS,
    exercisable: true,
    fineProvisions: FINE_PROVISIONS,
    documentsOnPaper: DECISIONS_ON_PAPER,
    ...extra,
  };
}

export function header(procedure: 'ordinary' | 'summary' = 'ordinary'): CaseHeader {
  return { caseId: 'case-1', agencyId: 'agency-1', procedure, createdAt: '2025-03-03', createdBy: 'o1' };
}

const ALL_OK = Object.fromEntries(REVIEW_ITEMS.map((i) => [i, { ok: true }]));
const basis = [
  { level: 'administrativeRegulation' as const, title: '城市市容和环境卫生管理条例', article: '第三十六条' },
];
const fine = (amount: number) => ({ lines: [{ kind: 'fine' as const, amount }] });

/** One valid payload per action type, consistent with the happy-path case below. */
export const SAMPLE: CasePayloads = {
  fileCase: {
    party: {
      kind: 'person',
      name: '张三',
      idNumber: '11010519491231002X',
      address: '某镇某村1号',
      birthDate: '1949-12-31',
    },
    items: [{ code: 'C-001', name: '擅自占道经营', domain: '城市管理' }],
    source: '日常巡查发现',
    facts: '当事人在镇主干道占道经营',
    violationDate: '2025-03-01',
    discoveredOn: '2025-03-02',
    officerIds: ['o1', 'o2'],
  },
  approveFiling: { opinion: '同意立案' },
  refuseFiling: { reason: '违法事实不存在' },
  assignOfficers: { officerIds: ['o1', 'o4'], reason: '原承办人回避' },
  addParty: {
    partyId: 'P2',
    party: {
      kind: 'person',
      name: '李四',
      idNumber: '440703198005011231',
      address: '某镇某村2号',
      birthDate: '1980-05-01',
    },
    jointFacts: '与张三共同占道经营，分工看管摊位',
  },
  requestRecusal: { applicant: 'party', officerId: 'o2', reason: '与当事人有亲属关系', receivedOn: '2025-03-04' },
  decideRecusal: { officerId: 'o2', granted: true, reason: '情况属实' },
  transferCase: { toAgency: '某县市场监督管理局', reason: '不属于本机关管辖', evidenceList: ['现场检查笔录'] },
  requestJurisdictionRuling: {
    otherAgency: '某镇人民政府',
    negotiationFailedOn: '2025-03-05',
    superior: '某县人民政府',
  },
  recordJurisdictionRuling: { designated: 'this', rulingBody: '某县人民政府', ruledOn: '2025-03-10' },
  recordInterview: {
    recordId: 'R-2',
    officerIds: ['o1', 'o2'],
    startedAt: '2025-03-04T10:00',
    place: '镇执法办',
    certificatesShown: true,
    signature: { partySigned: true },
    avEvidenceId: 'AV-2',
    interviewee: '张三',
    summary: '当事人承认占道经营',
  },
  requestAssistance: {
    toAgency: '某县自然资源局某自然资源所',
    matters: '出具涉案地块的土地利用现状证明',
    reason: '认定占用土地的性质',
    replyBy: '2025-03-20',
    agencyContact: '李四 0750-1234567',
    letterNumber: '某综执协〔2025〕1号',
  },
  recordSiteInspection: {
    recordId: 'R-1',
    officerIds: ['o1', 'o2'],
    startedAt: '2025-03-04T09:00',
    place: '镇主干道',
    certificatesShown: true,
    signature: { partySigned: true },
    avEvidenceId: 'AV-1',
    partyPresent: true,
    findings: '占道约10平方米',
  },
  addEvidence: {
    evidenceId: 'E-1',
    kind: 'audioVisual',
    title: '现场照片',
    source: 'onSite',
    capturedBy: ['o1'],
    capturedAt: '2025-03-04T09:10',
  },
  markEvidenceIllegal: { evidenceId: 'E-1', reason: '偷拍取得' },
  preserveEvidence: {
    preservationId: 'P-1',
    items: ['摊位推车一辆'],
    officerIds: ['o1', 'o2'],
    reason: '证据可能灭失',
    place: '现场',
    avEvidenceId: 'AV-3',
  },
  handlePreservedEvidence: { preservationId: 'P-1', handling: 'return' },
  applyCoerciveMeasure: {
    measureId: 'M-1',
    kind: 'seize',
    officerIds: ['o1', 'o2'],
    items: [{ name: '推车', quantity: '1辆' }],
    decision: {
      number: '某综执扣〔2025〕1号',
      partyName: '张三',
      partyAddress: '某镇某村1号',
      reason: '占道经营',
      basis,
      periodDays: 30,
      remediesStated: true,
      agencyName: '某镇人民政府',
      sealed: true,
    },
    urgent: false,
    takenAt: '2025-03-05T10:00',
    handedOverOnSpot: true,
    inventoryCopies: 2,
    onSiteRecord: { partySigned: true },
    avEvidenceId: 'AV-4',
  },
  confirmUrgentMeasure: {
    measureId: 'M-1',
    approved: true,
    reportedAt: '2025-03-05T11:00',
    approvedAt: '2025-03-05T15:00',
  },
  extendCoerciveMeasure: { measureId: 'M-1', extensionDays: 30, reason: '案情复杂', notifiedInWritingOn: '2025-03-30' },
  releaseCoerciveMeasure: { measureId: 'M-1', reason: 'decided' },
  excludePeriod: { target: 'decisionLimit', from: '2025-03-20', to: '2025-03-29', reason: 'appraisal' },
  markSuspectedCrime: { reportOn: '2025-03-06', reportSummary: '数额巨大', officerIds: ['o1', 'o2'] },
  referCriminal: {
    approved: true,
    recipient: '某县公安局',
    approvedAt: '2025-03-07T10:00',
    attachments: ['transferLetter', 'investigationReport', 'itemList'],
    noExpertReports: true,
  },
  recordReferralResponse: { response: 'policeAccepted', on: '2025-03-10' },
  orderCorrection: {
    orderId: 'ZG-1',
    orderNumber: '某综执改〔2025〕1号',
    basis,
    requirement: '立即停止占道经营，清理占道物品',
    period: { unit: 'days', value: 15 },
    penaltyOnlyIfUncorrected: true,
    servedOn: '2025-03-04',
  },
  recordFollowUpInspection: {
    recordId: 'FC-1',
    orderId: 'ZG-1',
    officerIds: ['o1', 'o2'],
    startedAt: '2025-03-20T10:00',
    place: '镇主干道',
    certificatesShown: true,
    signature: { partySigned: true },
    partyPresent: true,
    findings: '占道物品仍未清理',
    outcome: 'notCorrected',
    avEvidenceId: 'AV-4',
  },
  finishInvestigation: {
    report: '调查终结',
    proposedOutcome: 'penalty',
    flags: {
      complex: false,
      majorViolation: false,
      majorPublicInterest: false,
      multipleLegalRelations: false,
      lawRequiresReview: false,
    },
  },
  issueNotice: {
    noticeNumber: '某综执告〔2025〕1号',
    intendedPenalty: fine(3000),
    facts: '占道经营',
    reasons: '违反条例',
    basis,
    rights: { statement: true, defence: true, hearing: false },
  },
  recordNoticeService: { method: 'direct', recipient: '张三', signedOn: '2025-03-12' },
  recordStatement: { receivedOn: '2025-03-13', form: 'written', content: '请求从轻' },
  answerStatement: { adopted: 'partial', reasoning: '当事人积极整改', revisedPenalty: fine(2000) },
  waiveRights: { rights: ['statement', 'defence'], signedByParty: true, signedOn: '2025-03-12' },
  requestHearing: { requestedOn: '2025-03-13', form: 'written' },
  scheduleHearing: {
    hearingDate: '2025-03-28',
    noticeDate: '2025-03-14',
    place: '镇会议室',
    presiderId: 'r1',
    public: true,
    agents: [{ name: '李律师' }],
  },
  recordHearing: {
    heldOn: '2025-03-28',
    attendance: 'attended',
    transcript: { signedByParty: true },
    feeCharged: 0,
    avEvidenceId: 'AV-5',
  },
  submitForReview: { triggers: ['voluntary'], materials: '全部案卷' },
  recordReview: { outcome: 'pass', opinion: '同意', checklist: ALL_OK },
  recordDeliberation: { heldOn: '2025-03-19', participantIds: ['h1', 'h2'], conclusion: '同意处罚' },
  extendDeadline: { days: 30, reason: '案情复杂', approval: 'head' },
  decide: {
    outcome: 'penalty',
    decisionNumber: '某综执罚〔2025〕1号',
    penalty: fine(3000),
    partyAddress: '某镇某村1号',
    facts: '占道经营',
    evidenceIds: ['E-1'],
    basis,
    circumstances: NO_CIRCUMSTANCES,
    discretion: { tier: 'standard', reasoning: '占道面积中等' },
    performance: { method: '到指定银行或电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
    remedies: { reconsiderationBody: '某县人民政府', court: '某县人民法院', text: '如不服本决定……' },
    agencyName: '某镇人民政府',
    surchargeStandardStated: true,
    handedOverOnSpot: false,
  },
  serveDecision: { method: 'direct', recipient: '张三', signedOn: '2025-03-21', sealed: true },
  recordPayment: { amount: 3000, paidOn: '2025-03-25', channel: 'bank' },
  approveDeferral: { until: '2025-06-30', reason: '经营困难' },
  approveInstalments: {
    instalments: [
      { due: '2025-05-01', amount: 1500 },
      { due: '2025-06-01', amount: 1500 },
    ],
    reason: '经营困难',
  },
  issueDemand: {
    servedOn: '2025-04-10',
    performBy: '2025-04-20',
    amount: 3000,
    method: '银行缴纳',
    representationRightStated: true,
  },
  applyCourtEnforcement: {
    court: '某县人民法院',
    materials: ['application', 'decision', 'partyOpinions', 'demand', 'subject'],
    signedByHead: true,
  },
  enforceDecision: { method: '划拨存款', scheduledDate: '2025-05-06', startTime: '10:00', urgent: false },
  recordRemedyProceeding: { kind: 'reconsideration', from: '2025-04-01', to: '2025-04-20' },
  recordDecisionChange: {
    ground: 'revoked',
    by: 'reconsideration',
    on: '2025-04-21',
    reference: '某复决字〔2025〕1号',
  },
  collectOnTheSpot: {
    amount: 50,
    ground: 'smallAmount',
    receiptNo: 'CZ-0001',
    collectedAt: '2025-03-03T10:00',
    onWater: false,
  },
  recordCashHandling: { step: 'handIn', on: '2025-03-04' },
  decideOnTheSpot: {
    formNumber: 'JY-0001',
    party: { kind: 'person', name: '王五', birthDate: '1990-01-01' },
    items: [{ code: 'C-002', name: '乱张贴' }],
    violation: '乱张贴小广告',
    place: '镇文化广场',
    occurredAt: '2025-03-03T09:30',
    discoveredOn: '2025-03-03',
    penalty: fine(50),
    basis,
    officerIds: ['o1', 'o2'],
    certificatesShown: true,
    partyHeard: true,
    remediesText:
      '如不服本决定，应当先在收到本决定书之日起六十日内向某县人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向某县人民法院提起行政诉讼。',
    agencyName: '某镇人民政府',
  },
  recordSummaryService: { handedOverOn: '2025-03-03', partySigned: true, officersSigned: true },
  fileSummaryRecord: { filedWith: '某镇人民政府' },
  closeCase: { reason: 'executed', report: '处罚决定已执行完毕' },
  archiveCase: { archiveNumber: '20250001', retention: 'thirtyYears' },
};

export interface Step {
  type: CaseActionType;
  by: CaseActor;
  at: string;
  payload?: unknown;
}

export class Refused extends Error {
  constructor(
    readonly step: Step,
    readonly refusals: { code: string; message: string; article: string }[],
  ) {
    super(`${step.type} refused: ${refusals.map((r) => `${r.code} ${r.message}`).join('; ')}`);
  }
}

/**
 * Runs steps through decide() and the fold, as the server would; throws on the first refusal.
 * `start` continues an earlier run: its actions are re-folded, so the earlier state is untouched.
 */
export function run(
  h: CaseHeader,
  steps: Step[],
  extra: Partial<CaseContext> = {},
  start?: { actions: AnyCaseActionRecord[] },
) {
  const state = start ? foldCase(h, start.actions) : initialCaseState(h);
  const actions: AnyCaseActionRecord[] = start ? [...start.actions] : [];
  for (const step of steps) {
    const r = decide(
      state,
      { type: step.type, payload: step.payload ?? SAMPLE[step.type], actor: step.by, at: step.at },
      ctx(step.at, extra),
    );
    if (!r.ok) throw new Refused(step, r.refusals);
    const record = { ...r.action, seq: state.lastSeq + 1 } as CaseActionRecord as AnyCaseActionRecord;
    actions.push(record);
    applyCaseAction(state, record);
  }
  return { state, actions };
}

/** The ordinary case from filing to service of a 3,000-yuan fine (no hearing right, no review list hit). */
export function servedOrdinaryCase(extraSteps: Step[] = []) {
  const { officerA, head } = PEOPLE;
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    { type: 'decide', by: head, at: '2025-03-20' },
    { type: 'serveDecision', by: officerA, at: '2025-03-21' },
    ...extraSteps,
  ]);
}

/** Expects decide() to refuse with the given code; returns the refusals. */
export function refusalCodes(state: CaseState, step: Step, extra: Partial<CaseContext> = {}): string[] {
  const r = decide(
    state,
    { type: step.type, payload: step.payload ?? SAMPLE[step.type], actor: step.by, at: step.at },
    ctx(step.at, extra),
  );
  return r.ok ? [] : r.refusals.map((x) => x.code);
}

export { fine, basis };
