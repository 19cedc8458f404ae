// The documents (文书) an action issues. Numbers the decision itself must carry (告, 罚, 当罚,
// 封/扣/冻, archive) are issued before decide() and read back from the payload; the others are
// issued here, after the action passed, in the same transaction.
import { caseParties, type CaseState } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { writeOrBatch, type BatchedWrite } from '../../platform/write-batch';
import { issueDocumentNumber, type NumberingAgency } from '../../shared/numbers';

interface DocSpec {
  kind: string;
  title: string;
  /** Class to number it under after the action passed. */
  docClass?: string;
  /** Where the pre-issued number sits in the payload. */
  numberFrom?: (p: Record<string, any>) => unknown;
  when?: (p: Record<string, any>) => boolean;
}

const DOCS: Partial<Record<string, DocSpec[]>> = {
  fileCase: [{ kind: 'leadRegistration', title: '案件来源登记表' }],
  addParty: [{ kind: 'addPartyApproval', title: '追加当事人审批表' }],
  approveFiling: [{ kind: 'filingApproval', title: '立案审批表', docClass: '立' }],
  refuseFiling: [{ kind: 'filingRefusal', title: '不予立案审批表', docClass: '不立' }],
  recordSiteInspection: [{ kind: 'siteInspectionRecord', title: '现场检查（勘验）笔录' }],
  recordInterview: [{ kind: 'interviewRecord', title: '询问笔录' }],
  orderCorrection: [{ kind: 'correctionOrder', title: '责令（限期）改正通知书', numberFrom: (p) => p.orderNumber }],
  recordFollowUpInspection: [{ kind: 'followUpRecord', title: '复查笔录' }],
  preserveEvidence: [{ kind: 'preservationNotice', title: '先行登记保存证据通知书', docClass: '保' }],
  handlePreservedEvidence: [{ kind: 'preservationHandling', title: '先行登记保存物品处理通知书' }],
  applyCoerciveMeasure: [
    { kind: 'coerciveDecision', title: '实施行政强制措施决定书', numberFrom: (p) => p.decision?.number },
  ],
  releaseCoerciveMeasure: [{ kind: 'coerciveRelease', title: '解除行政强制措施决定书' }],
  transferCase: [{ kind: 'transferLetter', title: '案件移送函', docClass: '移' }],
  referCriminal: [
    { kind: 'criminalTransfer', title: '涉嫌犯罪案件移送书', docClass: '刑移', when: (p) => p.approved === true },
  ],
  finishInvestigation: [{ kind: 'investigationReport', title: '案件调查终结报告' }],
  issueNotice: [{ kind: 'penaltyNotice', title: '行政处罚事先告知书', numberFrom: (p) => p.noticeNumber }],
  recordNoticeService: [{ kind: 'serviceReceipt', title: '送达回证（事先告知书）' }],
  recordStatement: [{ kind: 'statementRecord', title: '陈述（申辩）笔录' }],
  answerStatement: [{ kind: 'statementReview', title: '陈述申辩复核意见' }],
  scheduleHearing: [{ kind: 'hearingNotice', title: '听证通知书', docClass: '听' }],
  recordHearing: [
    { kind: 'hearingTranscript', title: '听证笔录' },
    { kind: 'hearingReport', title: '听证报告', when: (p) => typeof p.report === 'string' && p.report.length > 0 },
  ],
  recordReview: [{ kind: 'legalReviewOpinion', title: '法制审核意见书' }],
  recordDeliberation: [{ kind: 'deliberationRecord', title: '重大案件集体讨论记录' }],
  decide: [
    {
      kind: 'penaltyDecision',
      title: '行政处罚决定书',
      numberFrom: (p) => p.decisionNumber,
      when: (p) => p.outcome !== 'noPenalty',
    },
    {
      kind: 'noPenaltyDecision',
      title: '不予行政处罚决定书',
      numberFrom: (p) => p.decisionNumber,
      when: (p) => p.outcome === 'noPenalty',
    },
  ],
  serveDecision: [{ kind: 'serviceReceipt', title: '送达回证（处罚决定书）' }],
  issueDemand: [{ kind: 'demand', title: '催告书', docClass: '催' }],
  applyCourtEnforcement: [{ kind: 'courtApplication', title: '强制执行申请书' }],
  recordPayment: [{ kind: 'paymentVoucher', title: '罚没款缴纳凭证' }],
  decideOnTheSpot: [{ kind: 'onTheSpotDecision', title: '当场行政处罚决定书', numberFrom: (p) => p.formNumber }],
  fileSummaryRecord: [{ kind: 'summaryFiling', title: '当场处罚决定备案表' }],
  closeCase: [{ kind: 'closureReport', title: '结案报告（结案审批表）' }],
  archiveCase: [{ kind: 'caseFile', title: '案卷（卷内目录）', numberFrom: (p) => p.archiveNumber }],
};

export interface IssueDocumentsInput {
  tx: Tx;
  agency: NumberingAgency;
  caseId: string;
  caseNumber: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  state: CaseState;
  today: string;
  now: Date;
  /** Extra content for the document body (e.g. the assembled case file). */
  extra?: Record<string, unknown>;
  /** Add the inserts to the command's batch (write-batch.ts) instead of running them. */
  batch?: BatchedWrite[];
}

/** The party a document is addressed to: a joint case's decision names its own party. */
function partyNameOf(s: CaseState, payload: Record<string, unknown>): string | null {
  if (typeof payload.partyId === 'string') return caseParties(s).find((p) => p.id === payload.partyId)?.name ?? null;
  if (payload.party && typeof payload.party === 'object') {
    const name = (payload.party as { name?: unknown }).name;
    return typeof name === 'string' && name ? name : null;
  }
  return s.party?.name ?? null;
}

export async function issueDocuments(i: IssueDocumentsInput): Promise<{ kind: string; number: string | null }[]> {
  const out: { kind: string; number: string | null }[] = [];
  for (const spec of DOCS[i.type] ?? []) {
    if (spec.when && !spec.when(i.payload)) continue;
    const pre = spec.numberFrom?.(i.payload);
    const number =
      typeof pre === 'string'
        ? pre
        : spec.docClass
          ? await issueDocumentNumber(i.tx, i.agency, Number(i.today.slice(0, 4)), spec.docClass)
          : null;
    const insert: BatchedWrite = (db) =>
      db.insertInto('documents').values({
        case_id: i.caseId,
        agency_id: i.agency.id,
        kind: spec.kind,
        number,
        title: spec.title,
        action_seq: i.seq,
        issued_on: i.today,
        issued_at: i.now,
        payload: JSON.stringify({
          caseNumber: i.caseNumber,
          partyName: partyNameOf(i.state, i.payload),
          action: i.type,
          content: i.payload,
          ...i.extra,
        }),
      });
    await writeOrBatch(i.tx, i.batch, insert);
    out.push({ kind: spec.kind, number });
  }
  return out;
}
