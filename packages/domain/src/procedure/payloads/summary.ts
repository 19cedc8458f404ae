// 简易程序 payloads (第51–53条).
import { CASE_DISCRETION_TIERS, CASE_DISCRETION_TIER_LABELS, type PenaltyTier } from '../rules/circumstances';
import { type Validator, bool, date, dateTime, list, obj, oneOf, opt, req, text } from '../validate';
import {
  type CaseItemRef,
  type CaseParty,
  type LegalBasisRef,
  type PenaltyProposal,
  validateBasis,
  validateIds,
  validateItems,
  validateParty,
  validatePenalty,
} from './common';

export interface DecideOnTheSpotPayload {
  /** 第52条: the pre-printed, pre-numbered form's number. */
  formNumber: string;
  party: CaseParty;
  items: CaseItemRef[];
  violation: string;
  place: string;
  occurredAt: string;
  discoveredOn: string;
  penalty: PenaltyProposal;
  basis: LegalBasisRef[];
  officerIds: string[];
  certificatesShown: boolean;
  /** 第44–45条 apply on the spot too: the party was told and heard. */
  partyHeard: boolean;
  remediesText: string;
  agencyName: string;
  officersSigned: boolean;
  evidenceIds?: string[];
  /** 第30条: the tier, required (从轻 or 减轻) when the party was 14–18 at the act. */
  tier?: PenaltyTier;
}
export const validateDecideOnTheSpot: Validator = obj({
  formNumber: req('决定书编号', text(100)),
  party: req('当事人', validateParty),
  items: req('执法事项', validateItems),
  violation: req('违法行为', text(5000)),
  place: req('地点', text(500)),
  occurredAt: req('时间', dateTime()),
  discoveredOn: req('发现日期', date()),
  penalty: req('行政处罚', validatePenalty),
  basis: req('依据', validateBasis(0)),
  officerIds: req('执法人员', validateIds(1)),
  certificatesShown: req('已出示执法证件', bool()),
  partyHeard: req('已告知并听取陈述申辩', bool()),
  remediesText: req('复议、诉讼途径和期限', text(2000)),
  agencyName: req('行政机关名称', text(200)),
  officersSigned: req('执法人员已签名或盖章', bool()),
  evidenceIds: opt('证据', list(text(100), 0, 100)),
  tier: opt(
    '裁量阶次',
    oneOf(
      CASE_DISCRETION_TIERS.filter((t) => t !== 'noPenalty'),
      CASE_DISCRETION_TIER_LABELS,
    ),
  ),
});

export interface RecordSummaryServicePayload {
  handedOverOn: string;
  partySigned: boolean;
  refusalNote?: string;
}
export const validateRecordSummaryService: Validator = obj({
  handedOverOn: req('交付日期', date()),
  partySigned: req('当事人签收', bool()),
  refusalNote: opt('拒绝签收情况', text(1000)),
});

export interface FileSummaryRecordPayload {
  filedWith: string;
}
export const validateFileSummaryRecord: Validator = obj({ filedWith: req('备案机关', text(200)) });
