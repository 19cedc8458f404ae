// Filing, officers, jurisdiction and transfer payloads.
import { PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposalKind } from '../penalty';
import { type Validator, bool, date, list, obj, oneOf, opt, req, text } from '../validate';
import { type CaseItemRef, type CaseParty, validateIds, validateItems, validateParty } from './common';

export interface FileCasePayload {
  party: CaseParty;
  items: CaseItemRef[];
  leadId?: string;
  /** 案源 description (inspection, complaint, 12345, transfer, monitoring). */
  source: string;
  facts: string;
  violationDate: string;
  /** End of a continuing or continuous act (第36条第2款). */
  actEndedOn?: string;
  discoveredOn: string;
  /** Violation concerns life/health or financial safety and caused harm (第36条: 5 years). */
  lifeOrFinancialSafetyHarm?: boolean;
  officerIds: string[];
  /** The penalty kinds sought, when known at filing (a county-reserved kind is refused, 第24条). */
  intendedPenaltyKinds?: PenaltyProposalKind[];
}

export const validateFileCase: Validator = obj({
  party: req('当事人', validateParty),
  items: req('执法事项', validateItems),
  leadId: opt('案源编号', text(100)),
  source: req('案件来源', text(2000)),
  facts: req('简要案情', text(5000)),
  violationDate: req('违法行为发生日期', date()),
  actEndedOn: opt('违法行为终了日期', date()),
  discoveredOn: req('发现日期', date()),
  lifeOrFinancialSafetyHarm: opt('涉及生命健康或金融安全且有危害后果', bool()),
  officerIds: req('承办执法人员', validateIds(2)),
  intendedPenaltyKinds: opt(
    '拟给予的处罚种类',
    list(oneOf(PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS), 1, PENALTY_PROPOSAL_KINDS.length),
  ),
});

export interface ApproveFilingPayload {
  opinion?: string;
}
export const validateApproveFiling: Validator = obj({ opinion: opt('审批意见', text(2000)) });

export interface RefuseFilingPayload {
  reason: string;
}
export const validateRefuseFiling: Validator = obj({ reason: req('不予立案理由', text(2000)) });

export interface AssignOfficersPayload {
  officerIds: string[];
  reason: string;
}
export const validateAssignOfficers: Validator = obj({
  officerIds: req('承办执法人员', validateIds(2)),
  reason: req('调整理由', text(2000)),
});

export type RecusalApplicant = 'party' | 'officer';

export interface RequestRecusalPayload {
  applicant: RecusalApplicant;
  officerId: string;
  reason: string;
  receivedOn: string;
}
export const validateRequestRecusal: Validator = obj({
  applicant: req('申请人', oneOf(['party', 'officer'], { party: '当事人', officer: '执法人员自行回避' })),
  officerId: req('被申请回避人员', text(100)),
  reason: req('回避理由', text(2000)),
  receivedOn: req('收到申请日期', date()),
});

export interface DecideRecusalPayload {
  officerId: string;
  granted: boolean;
  reason: string;
}
export const validateDecideRecusal: Validator = obj({
  officerId: req('被申请回避人员', text(100)),
  granted: req('是否回避', bool()),
  reason: req('决定理由', text(2000)),
});

export interface TransferCasePayload {
  toAgency: string;
  reason: string;
  evidenceList: string[];
}
export const validateTransferCase: Validator = obj({
  toAgency: req('移送机关', text(300)),
  reason: req('移送理由', text(2000)),
  evidenceList: req('移送证据清单', list(text(500), 1, 500)),
});

export interface RequestJurisdictionRulingPayload {
  otherAgency: string;
  negotiationFailedOn: string;
  superior: string;
  /** 立案 date of the other agency, for the 最先立案 comparison. */
  otherFiledOn?: string;
}
export const validateRequestJurisdictionRuling: Validator = obj({
  otherAgency: req('争议机关', text(300)),
  negotiationFailedOn: req('协商不成日期', date()),
  superior: req('共同上一级行政机关', text(300)),
  otherFiledOn: opt('对方立案日期', date()),
});

export interface RecordJurisdictionRulingPayload {
  designated: 'this' | 'other';
  rulingBody: string;
  ruledOn: string;
  otherAgency?: string;
}
export const validateRecordJurisdictionRuling: Validator = obj({
  designated: req('指定结果', oneOf(['this', 'other'], { this: '由本机关管辖', other: '由其他机关管辖' })),
  rulingBody: req('指定机关', text(300)),
  ruledOn: req('指定日期', date()),
  otherAgency: opt('被指定机关', text(300)),
});
