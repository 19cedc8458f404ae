// Investigation payloads: records, evidence, preservation, end of investigation.
import {
  EVIDENCE_KINDS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_SOURCE_LABELS,
  type EvidenceKind,
  type EvidenceSource,
  type MonitoringDeviceRecord,
} from '../evidence';
import { type Validator, bool, date, dateTime, list, obj, oneOf, opt, req, text } from '../validate';
import { type SignatureRecord, validateIds, validateSignature } from './common';

export interface RecordBase {
  recordId: string;
  officerIds: string[];
  startedAt: string;
  endedAt?: string;
  place: string;
  /** 第55条: certificates shown on the officers' own initiative. */
  certificatesShown: boolean;
  signature: SignatureRecord;
  avEvidenceId?: string;
}

export interface RecordInterviewPayload extends RecordBase {
  interviewee: string;
  summary: string;
}

export interface RecordSiteInspectionPayload extends RecordBase {
  partyPresent: boolean;
  findings: string;
}

export const recordBase = {
  recordId: req('笔录编号', text(100)),
  officerIds: req('执法人员', validateIds(1)),
  startedAt: req('开始时间', dateTime()),
  endedAt: opt('结束时间', dateTime()),
  place: req('地点', text(500)),
  certificatesShown: req('已出示执法证件', bool()),
  signature: req('签名情况', validateSignature),
  avEvidenceId: opt('音像记录', text(100)),
};

export const validateRecordInterview: Validator = obj({
  ...recordBase,
  interviewee: req('被询问人', text(200)),
  summary: req('询问内容摘要', text(20000)),
});

export const validateRecordSiteInspection: Validator = obj({
  ...recordBase,
  partyPresent: req('当事人在场', bool()),
  findings: req('检查情况', text(20000)),
});

export interface AddEvidencePayload {
  evidenceId: string;
  kind: EvidenceKind;
  title: string;
  source: EvidenceSource;
  capturedBy: string[];
  capturedAt: string;
  place?: string;
  contentHash?: string;
  device?: MonitoringDeviceRecord;
}

export const validateAddEvidence: Validator = obj({
  evidenceId: req('证据编号', text(100)),
  kind: req('证据种类', oneOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)),
  title: req('证据名称', text(500)),
  source: req('证据来源', oneOf(Object.keys(EVIDENCE_SOURCE_LABELS), EVIDENCE_SOURCE_LABELS)),
  capturedBy: req('取证人员', validateIds(1)),
  capturedAt: req('取证时间', dateTime()),
  place: opt('取证地点', text(500)),
  contentHash: opt('内容摘要值', text(200)),
  device: opt(
    '监控设备',
    obj({
      deviceId: req('设备编号', text(100)),
      legalAndTechnicalReviewOn: opt('法制和技术审核日期', date()),
      locationPublished: req('设置地点已公布', bool()),
      recordReviewedOn: opt('记录审核日期', date()),
      recordReviewedBy: opt('记录审核人', text(100)),
      recordConforms: opt('记录符合要求', bool()),
    }),
  ),
});

export interface MarkEvidenceIllegalPayload {
  evidenceId: string;
  reason: string;
}
export const validateMarkEvidenceIllegal: Validator = obj({
  evidenceId: req('证据编号', text(100)),
  reason: req('非法取得情形', text(2000)),
});

export interface PreserveEvidencePayload {
  preservationId: string;
  items: string[];
  officerIds: string[];
  reason: string;
  place: string;
  avEvidenceId?: string;
}
export const validatePreserveEvidence: Validator = obj({
  preservationId: req('保存编号', text(100)),
  items: req('保存物品', list(text(500), 1, 500)),
  officerIds: req('执法人员', validateIds(1)),
  reason: req('证据可能灭失或难以取得的情形', text(2000)),
  place: req('保存地点', text(500)),
  avEvidenceId: opt('音像记录', text(100)),
});

export const PRESERVATION_HANDLINGS = ['return', 'seize', 'testing', 'transfer', 'confiscate'] as const;
export type PreservationHandling = (typeof PRESERVATION_HANDLINGS)[number];
export const PRESERVATION_HANDLING_LABELS: Record<PreservationHandling, string> = {
  return: '解除保存并退还',
  seize: '依法查封、扣押',
  testing: '送检测、检验、鉴定',
  transfer: '移送有关机关',
  confiscate: '依法予以没收',
};

export interface HandlePreservedEvidencePayload {
  preservationId: string;
  handling: PreservationHandling;
  note?: string;
}
export const validateHandlePreservedEvidence: Validator = obj({
  preservationId: req('保存编号', text(100)),
  handling: req('处理决定', oneOf(PRESERVATION_HANDLINGS, PRESERVATION_HANDLING_LABELS)),
  note: opt('说明', text(2000)),
});

export interface CaseComplexityFlags {
  complex: boolean;
  majorViolation: boolean;
  majorPublicInterest: boolean;
  multipleLegalRelations: boolean;
  lawRequiresReview: boolean;
}

export const PROPOSED_OUTCOMES = ['penalty', 'noPenalty', 'criminalReferral', 'transfer'] as const;
export type ProposedOutcome = (typeof PROPOSED_OUTCOMES)[number];

export interface FinishInvestigationPayload {
  report: string;
  proposedOutcome: ProposedOutcome;
  flags: CaseComplexityFlags;
}
export const validateFinishInvestigation: Validator = obj({
  report: req('调查终结报告', text(50000)),
  proposedOutcome: req(
    '处理建议',
    oneOf(PROPOSED_OUTCOMES, {
      penalty: '给予行政处罚',
      noPenalty: '不予行政处罚',
      criminalReferral: '移送司法机关',
      transfer: '移送有管辖权机关',
    }),
  ),
  flags: req(
    '案件情形',
    obj({
      complex: req('情节复杂', bool()),
      majorViolation: req('重大违法行为', bool()),
      majorPublicInterest: req('涉及重大公共利益', bool()),
      multipleLegalRelations: req('疑难复杂、涉及多个法律关系', bool()),
      lawRequiresReview: req('法律法规规定应当法制审核', bool()),
    }),
  ),
});
