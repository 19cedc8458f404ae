// Investigation payloads: records, evidence, preservation, end of investigation.
import type * as z from 'zod';
import {
  EVIDENCE_KINDS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_SOURCE_LABELS,
  type EvidenceSource,
  type MonitoringDeviceRecord,
} from '../evidence';
import {
  type StrictObject,
  bool,
  clientOnly,
  date,
  dateTime,
  list,
  obj,
  oneOf,
  opt,
  req,
  serverFilled,
  text,
} from './fields';
import { ids, signature } from './common';

/** The fields every 笔录 shares. */
export const recordBase = {
  recordId: req('笔录编号', text(100)),
  officerIds: req('执法人员', ids(1)),
  startedAt: req('开始时间', dateTime()),
  endedAt: opt('结束时间', dateTime()),
  place: req('地点', text(500)),
  // 第55条: certificates shown on the officers' own initiative.
  certificatesShown: req('已出示执法证件', bool()),
  signature: req('签名情况', signature),
  avEvidenceId: opt('音像记录', text(100)),
};
export type RecordBase = z.infer<StrictObject<typeof recordBase>>;

export const recordInterview = clientOnly(
  obj({
    ...recordBase,
    interviewee: req('被询问人', text(200)),
    summary: req('询问内容摘要', text(20000)),
  }),
);
export type RecordInterviewPayload = z.infer<typeof recordInterview.payload>;

export const recordSiteInspection = clientOnly(
  obj({
    ...recordBase,
    partyPresent: req('当事人在场', bool()),
    findings: req('检查情况', text(20000)),
  }),
);
export type RecordSiteInspectionPayload = z.infer<typeof recordSiteInspection.payload>;

const EVIDENCE_SOURCES = Object.keys(EVIDENCE_SOURCE_LABELS) as EvidenceSource[];

const device = obj({
  deviceId: req('设备编号', text(100)),
  // Date of the device's 法制和技术审核; absent means never reviewed.
  legalAndTechnicalReviewOn: opt('法制和技术审核日期', date()),
  locationPublished: req('设置地点已公布', bool()),
  // The agency's check of this particular record.
  recordReviewedOn: opt('记录审核日期', date()),
  recordReviewedBy: opt('记录审核人', text(100)),
  recordConforms: opt('记录符合要求', bool()),
}) satisfies z.ZodType<MonitoringDeviceRecord>;

export const addEvidence = clientOnly(
  obj({
    evidenceId: req('证据编号', text(100)),
    kind: req('证据种类', oneOf(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)),
    title: req('证据名称', text(500)),
    source: req('证据来源', oneOf(EVIDENCE_SOURCES, EVIDENCE_SOURCE_LABELS)),
    capturedBy: req('取证人员', ids(1)),
    capturedAt: req('取证时间', dateTime()),
    place: opt('取证地点', text(500)),
    contentHash: opt('内容摘要值', text(200)),
    device: opt('监控设备', device),
  }),
);
export type AddEvidencePayload = z.infer<typeof addEvidence.payload>;

export const markEvidenceIllegal = clientOnly(
  obj({
    evidenceId: req('证据编号', text(100)),
    reason: req('非法取得情形', text(2000)),
  }),
);
export type MarkEvidenceIllegalPayload = z.infer<typeof markEvidenceIllegal.payload>;

export const preserveEvidence = clientOnly(
  obj({
    preservationId: req('保存编号', text(100)),
    items: req('保存物品', list(text(500), 1, 500)),
    officerIds: req('执法人员', ids(1)),
    reason: req('证据可能灭失或难以取得的情形', text(2000)),
    place: req('保存地点', text(500)),
    avEvidenceId: opt('音像记录', text(100)),
  }),
);
export type PreserveEvidencePayload = z.infer<typeof preserveEvidence.payload>;

export const PRESERVATION_HANDLINGS = ['return', 'seize', 'testing', 'transfer', 'confiscate'] as const;
export type PreservationHandling = (typeof PRESERVATION_HANDLINGS)[number];
export const PRESERVATION_HANDLING_LABELS: Record<PreservationHandling, string> = {
  return: '解除保存并退还',
  seize: '依法查封、扣押',
  testing: '送检测、检验、鉴定',
  transfer: '移送有关机关',
  confiscate: '依法予以没收',
};

export const handlePreservedEvidence = clientOnly(
  obj({
    preservationId: req('保存编号', text(100)),
    handling: req('处理决定', oneOf(PRESERVATION_HANDLINGS, PRESERVATION_HANDLING_LABELS)),
    note: opt('说明', text(2000)),
  }),
);
export type HandlePreservedEvidencePayload = z.infer<typeof handlePreservedEvidence.payload>;

export const PROPOSED_OUTCOMES = ['penalty', 'noPenalty', 'criminalReferral', 'transfer'] as const;
export type ProposedOutcome = (typeof PROPOSED_OUTCOMES)[number];

const complexityFlags = obj({
  complex: req('情节复杂', bool()),
  majorViolation: req('重大违法行为', bool()),
  majorPublicInterest: req('涉及重大公共利益', bool()),
  multipleLegalRelations: req('疑难复杂、涉及多个法律关系', bool()),
  lawRequiresReview: req('法律法规规定应当法制审核', bool()),
});
export type CaseComplexityFlags = z.infer<typeof complexityFlags>;

export const finishInvestigation = clientOnly(
  obj({
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
    flags: req('案件情形', complexityFlags),
  }),
);
export type FinishInvestigationPayload = z.infer<typeof finishInvestigation.payload>;

/**
 * 协助函 (行政处罚法 第26条): a request to another body for help the case needs (a registration
 * record, a survey, a test) within that body's own powers.
 */
export const requestAssistance = serverFilled(
  obj({
    // The body asked (自然资源所, 市场监管所, 公安派出所…).
    toAgency: req('被请求协助单位', text(200)),
    matters: req('请求协助事项', text(5000)),
    reason: req('请求协助的理由和依据', text(2000)),
    replyBy: opt('请于此日期前回复', date()),
    agencyContact: opt('本机关联系人及电话', text(200)),
  }),
  // The letter's number, issued by the server.
  { letterNumber: req('协助函文号', text(100)) },
);
export type RequestAssistancePayload = z.infer<typeof requestAssistance.payload>;
