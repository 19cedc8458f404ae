// Filing, officers, jurisdiction and transfer payloads.
import type * as z from 'zod';
import { PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS } from '../penalty';
import { bool, clientOnly, date, list, obj, oneOf, opt, req, text } from './fields';
import { ids, items, party } from './common';

export const fileCase = clientOnly(
  obj({
    party: req('当事人', party),
    items: req('执法事项', items),
    leadId: opt('案源编号', text(100)),
    // 案源 description (inspection, complaint, 12345, transfer, monitoring).
    source: req('案件来源', text(2000)),
    facts: req('简要案情', text(5000)),
    violationDate: req('违法行为发生日期', date()),
    // End of a continuing or continuous act (第36条第2款).
    actEndedOn: opt('违法行为终了日期', date()),
    discoveredOn: req('发现日期', date()),
    // Violation concerns life/health or financial safety and caused harm (第36条: 5 years).
    lifeOrFinancialSafetyHarm: opt('涉及生命健康或金融安全且有危害后果', bool()),
    officerIds: req('承办执法人员', ids(2)),
    // The penalty kinds sought, when known at filing (a county-reserved kind is refused, 第24条).
    intendedPenaltyKinds: opt(
      '拟给予的处罚种类',
      list(oneOf(PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS), 1, PENALTY_PROPOSAL_KINDS.length),
    ),
  }),
);
export type FileCasePayload = z.infer<typeof fileCase.payload>;

export const approveFiling = clientOnly(obj({ opinion: opt('审批意见', text(2000)) }));
export type ApproveFilingPayload = z.infer<typeof approveFiling.payload>;

export const refuseFiling = clientOnly(obj({ reason: req('不予立案理由', text(2000)) }));
export type RefuseFilingPayload = z.infer<typeof refuseFiling.payload>;

export const assignOfficers = clientOnly(
  obj({
    officerIds: req('承办执法人员', ids(2)),
    reason: req('调整理由', text(2000)),
  }),
);
export type AssignOfficersPayload = z.infer<typeof assignOfficers.payload>;

export const requestRecusal = clientOnly(
  obj({
    applicant: req('申请人', oneOf(['party', 'officer'], { party: '当事人', officer: '执法人员自行回避' })),
    officerId: req('被申请回避人员', text(100)),
    reason: req('回避理由', text(2000)),
    receivedOn: req('收到申请日期', date()),
  }),
);
export type RequestRecusalPayload = z.infer<typeof requestRecusal.payload>;
export type RecusalApplicant = RequestRecusalPayload['applicant'];

export const decideRecusal = clientOnly(
  obj({
    officerId: req('被申请回避人员', text(100)),
    granted: req('是否回避', bool()),
    reason: req('决定理由', text(2000)),
  }),
);
export type DecideRecusalPayload = z.infer<typeof decideRecusal.payload>;

export const transferCase = clientOnly(
  obj({
    toAgency: req('移送机关', text(300)),
    reason: req('移送理由', text(2000)),
    evidenceList: req('移送证据清单', list(text(500), 1, 500)),
  }),
);
export type TransferCasePayload = z.infer<typeof transferCase.payload>;

export const requestJurisdictionRuling = clientOnly(
  obj({
    otherAgency: req('争议机关', text(300)),
    negotiationFailedOn: req('协商不成日期', date()),
    superior: req('共同上一级行政机关', text(300)),
    // 立案 date of the other agency, for the 最先立案 comparison.
    otherFiledOn: opt('对方立案日期', date()),
  }),
);
export type RequestJurisdictionRulingPayload = z.infer<typeof requestJurisdictionRuling.payload>;

export const recordJurisdictionRuling = clientOnly(
  obj({
    designated: req('指定结果', oneOf(['this', 'other'], { this: '由本机关管辖', other: '由其他机关管辖' })),
    rulingBody: req('指定机关', text(300)),
    ruledOn: req('指定日期', date()),
    otherAgency: opt('被指定机关', text(300)),
  }),
);
export type RecordJurisdictionRulingPayload = z.infer<typeof recordJurisdictionRuling.payload>;
