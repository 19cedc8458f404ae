// Case statuses: one table, so labels, phases and the diagram in README.md cannot drift apart.
export type CaseProcedure = 'summary' | 'ordinary';

export const CASE_PROCEDURE_LABELS: Record<CaseProcedure, string> = {
  summary: '简易程序',
  ordinary: '普通程序',
};

export type CasePhase =
  'filing' | 'investigation' | 'notice' | 'hearing' | 'review' | 'decision' | 'service' | 'execution' | 'closure';

export interface CaseStatusSpec {
  label: string;
  procedure: CaseProcedure | 'both';
  phase: CasePhase;
  /** No action leads out of it. */
  terminal: boolean;
}

export const CASE_STATUSES = {
  draft: { label: '待立案申请', procedure: 'both', phase: 'filing', terminal: false },
  filingRequested: { label: '立案待审批', procedure: 'ordinary', phase: 'filing', terminal: false },
  filingRefused: { label: '不予立案', procedure: 'ordinary', phase: 'filing', terminal: true },
  investigating: { label: '调查取证中', procedure: 'ordinary', phase: 'investigation', terminal: false },
  awaitingJurisdictionRuling: { label: '待指定管辖', procedure: 'ordinary', phase: 'investigation', terminal: false },
  investigated: { label: '调查终结', procedure: 'ordinary', phase: 'investigation', terminal: false },
  noticeIssued: { label: '已制作告知书待送达', procedure: 'ordinary', phase: 'notice', terminal: false },
  noticeServed: { label: '已告知（陈述申辩期）', procedure: 'ordinary', phase: 'notice', terminal: false },
  hearingRequested: { label: '已申请听证', procedure: 'ordinary', phase: 'hearing', terminal: false },
  hearingScheduled: { label: '听证已安排', procedure: 'ordinary', phase: 'hearing', terminal: false },
  hearingHeld: { label: '听证已举行', procedure: 'ordinary', phase: 'hearing', terminal: false },
  underReview: { label: '法制审核中', procedure: 'ordinary', phase: 'review', terminal: false },
  reviewPassed: { label: '法制审核通过', procedure: 'ordinary', phase: 'review', terminal: false },
  deliberated: { label: '已集体讨论', procedure: 'ordinary', phase: 'decision', terminal: false },
  decided: { label: '已作出处罚决定', procedure: 'ordinary', phase: 'decision', terminal: false },
  noPenaltyDecided: { label: '已作出不予处罚决定', procedure: 'ordinary', phase: 'decision', terminal: false },
  served: { label: '决定书已送达', procedure: 'ordinary', phase: 'service', terminal: false },
  executing: { label: '执行中', procedure: 'both', phase: 'execution', terminal: false },
  overdue: { label: '逾期未履行（已催告）', procedure: 'both', phase: 'execution', terminal: false },
  courtEnforcement: { label: '已申请法院强制执行', procedure: 'both', phase: 'execution', terminal: false },
  executed: { label: '执行完毕', procedure: 'both', phase: 'execution', terminal: false },
  transferred: { label: '已移送有管辖权机关', procedure: 'ordinary', phase: 'closure', terminal: false },
  referredCriminal: { label: '已移送司法机关', procedure: 'ordinary', phase: 'closure', terminal: false },
  summaryDecided: { label: '当场处罚决定已作出', procedure: 'summary', phase: 'decision', terminal: false },
  summaryServed: { label: '当场处罚决定已交付', procedure: 'summary', phase: 'service', terminal: false },
  summaryFiled: { label: '已报所属机关备案', procedure: 'summary', phase: 'execution', terminal: false },
  closed: { label: '已结案', procedure: 'both', phase: 'closure', terminal: false },
  archived: { label: '已归档', procedure: 'both', phase: 'closure', terminal: true },
} as const satisfies Record<string, CaseStatusSpec>;

export type CaseStatus = keyof typeof CASE_STATUSES;

export const CASE_STATUS_LIST = Object.keys(CASE_STATUSES) as CaseStatus[];

export function statusLabel(status: CaseStatus): string {
  return CASE_STATUSES[status].label;
}
