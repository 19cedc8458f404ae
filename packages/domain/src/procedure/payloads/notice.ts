// 告知, 陈述申辩, 放弃, 听证 payloads (第44–45条, 第62–65条).
import { type Validator, bool, date, list, literal, money, obj, oneOf, opt, req, text, time } from '../validate';
import { type LegalBasisRef, type PenaltyProposal, validateBasis, validatePenalty } from './common';

export interface NoticeRights {
  statement: boolean;
  defence: boolean;
  hearing: boolean;
}

export interface IssueNoticePayload {
  noticeNumber: string;
  intendedPenalty: PenaltyProposal;
  facts: string;
  reasons: string;
  basis: LegalBasisRef[];
  rights: NoticeRights;
}
export const validateIssueNotice: Validator = obj({
  noticeNumber: req('告知书文号', text(100)),
  intendedPenalty: req('拟作出的行政处罚', validatePenalty),
  facts: req('违法事实', text(20000)),
  reasons: req('理由', text(20000)),
  basis: req('依据', validateBasis(1)),
  rights: req(
    '告知的权利',
    obj({ statement: req('陈述权', bool()), defence: req('申辩权', bool()), hearing: req('听证权', bool()) }),
  ),
});

export interface RecordStatementPayload {
  receivedOn: string;
  form: 'written' | 'oral';
  content: string;
}
export const validateRecordStatement: Validator = obj({
  receivedOn: req('收到日期', date()),
  form: req('形式', oneOf(['written', 'oral'], { written: '书面', oral: '口头（已制作笔录）' })),
  content: req('陈述申辩内容', text(50000)),
});

export interface AnswerStatementPayload {
  adopted: 'full' | 'partial' | 'none';
  reasoning: string;
  revisedPenalty?: PenaltyProposal;
}
export const validateAnswerStatement: Validator = obj({
  adopted: req(
    '复核结论',
    oneOf(['full', 'partial', 'none'], { full: '全部采纳', partial: '部分采纳', none: '不予采纳' }),
  ),
  reasoning: req('复核理由', text(20000)),
  revisedPenalty: opt('调整后的拟处罚', validatePenalty),
});

export type WaivableRight = 'statement' | 'defence' | 'hearing';

export interface WaiveRightsPayload {
  rights: WaivableRight[];
  /** 第62条: the waiver must be express, i.e. signed by the party. */
  signedByParty: true;
  signedOn: string;
  evidenceId?: string;
}
export const validateWaiveRights: Validator = obj({
  rights: req(
    '放弃的权利',
    list(
      oneOf(['statement', 'defence', 'hearing'], { statement: '陈述权', defence: '申辩权', hearing: '听证权' }),
      1,
      3,
    ),
  ),
  signedByParty: req('当事人签名确认', literal(true)),
  signedOn: req('签署日期', date()),
  evidenceId: opt('放弃声明', text(100)),
});

export interface RequestHearingPayload {
  requestedOn: string;
  /** Posted requests are in time if posted within the window (民事诉讼法 第85条第4款). */
  postedOn?: string;
  form: 'written' | 'oral';
}
export const validateRequestHearing: Validator = obj({
  requestedOn: req('收到申请日期', date()),
  postedOn: opt('交邮日期', date()),
  form: req('形式', oneOf(['written', 'oral'], { written: '书面', oral: '口头' })),
});

export interface HearingAgent {
  name: string;
  idNumber?: string;
}

export interface ScheduleHearingPayload {
  hearingDate: string;
  hearingTime?: string;
  noticeDate: string;
  place: string;
  presiderId: string;
  clerkId?: string;
  public: boolean;
  confidentialReason?: string;
  agents: HearingAgent[];
}
export const validateScheduleHearing: Validator = obj({
  hearingDate: req('听证日期', date()),
  hearingTime: opt('听证时间', time()),
  noticeDate: req('听证通知日期', date()),
  place: req('听证地点', text(500)),
  presiderId: req('听证主持人', text(100)),
  clerkId: opt('记录员', text(100)),
  public: req('公开举行', bool()),
  confidentialReason: opt('不公开理由', text(2000)),
  agents: req('委托代理人', list(obj({ name: req('姓名', text(100)), idNumber: opt('证件号码', text(40)) }), 0, 20)),
});

export const HEARING_ATTENDANCE = ['attended', 'absentWithoutReason', 'leftWithoutPermission'] as const;
export type HearingAttendance = (typeof HEARING_ATTENDANCE)[number];
export const HEARING_ATTENDANCE_LABELS: Record<HearingAttendance, string> = {
  attended: '当事人或代理人出席',
  absentWithoutReason: '无正当理由拒不出席',
  leftWithoutPermission: '未经许可中途退出',
};

export interface RecordHearingPayload {
  heldOn: string;
  attendance: HearingAttendance;
  transcript?: { signedByParty: boolean; presiderRefusalNote?: string };
  report?: string;
  /** 第63条第2款: always 0; recorded so a charge can be detected and refused. */
  feeCharged: number;
  avEvidenceId?: string;
}
export const validateRecordHearing: Validator = obj({
  heldOn: req('听证日期', date()),
  attendance: req('出席情况', oneOf(HEARING_ATTENDANCE, HEARING_ATTENDANCE_LABELS)),
  transcript: opt(
    '听证笔录',
    obj({ signedByParty: req('当事人签名', bool()), presiderRefusalNote: opt('主持人注明拒签情况', text(1000)) }),
  ),
  report: opt('听证报告', text(50000)),
  feeCharged: req('向当事人收取的费用', money()),
  avEvidenceId: opt('音像记录', text(100)),
});
