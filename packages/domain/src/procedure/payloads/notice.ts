// 告知, 陈述申辩, 放弃, 听证 payloads (第44–45条, 第62–65条).
import type * as z from 'zod';
import { bool, clientOnly, date, list, literal, money, obj, oneOf, opt, req, serverFilled, text, time } from './fields';
import { basis, penalty } from './common';
import { appliedBenchmark, benchmarkFacts } from './decision';

const noticeRights = obj({
  statement: req('陈述权', bool()),
  defence: req('申辩权', bool()),
  hearing: req('听证权', bool()),
});
export type NoticeRights = z.infer<typeof noticeRights>;

export const issueNotice = serverFilled(
  obj({
    intendedPenalty: req('拟作出的行政处罚', penalty),
    facts: req('违法事实', text(20000)),
    reasons: req('理由', text(20000)),
    basis: req('依据', basis(1)),
    rights: req('告知的权利', noticeRights),
    // 第34条: the intended fine is the penalty proposed; the facts the benchmark read, its result,
    // and the written reason when the fine leaves its range (the decision then needs legal review).
    benchmarkFacts: opt('裁量事实', benchmarkFacts),
    applied: opt('适用的裁量基准', appliedBenchmark),
    deviationReason: opt('偏离基准的理由', text(5000)),
  }),
  // 告知书 number, issued by the server.
  { noticeNumber: req('告知书文号', text(100)) },
);
export type IssueNoticePayload = z.infer<typeof issueNotice.payload>;

export const recordStatement = clientOnly(
  obj({
    receivedOn: req('收到日期', date()),
    form: req('形式', oneOf(['written', 'oral'], { written: '书面', oral: '口头（已制作笔录）' })),
    content: req('陈述申辩内容', text(50000)),
  }),
);
export type RecordStatementPayload = z.infer<typeof recordStatement.payload>;

export const answerStatement = clientOnly(
  obj({
    adopted: req(
      '复核结论',
      oneOf(['full', 'partial', 'none'], { full: '全部采纳', partial: '部分采纳', none: '不予采纳' }),
    ),
    reasoning: req('复核理由', text(20000)),
    revisedPenalty: opt('调整后的拟处罚', penalty),
  }),
);
export type AnswerStatementPayload = z.infer<typeof answerStatement.payload>;

export const WAIVABLE_RIGHTS = ['statement', 'defence', 'hearing'] as const;
export type WaivableRight = (typeof WAIVABLE_RIGHTS)[number];

export const waiveRights = clientOnly(
  obj({
    rights: req(
      '放弃的权利',
      list(oneOf(WAIVABLE_RIGHTS, { statement: '陈述权', defence: '申辩权', hearing: '听证权' }), 1, 3),
    ),
    // 第62条: the waiver must be express, i.e. signed by the party.
    signedByParty: req('当事人签名确认', literal(true)),
    signedOn: req('签署日期', date()),
    evidenceId: opt('放弃声明', text(100)),
  }),
);
export type WaiveRightsPayload = z.infer<typeof waiveRights.payload>;

export const requestHearing = clientOnly(
  obj({
    requestedOn: req('收到申请日期', date()),
    // Posted requests are in time if posted within the window (民事诉讼法 第85条第4款).
    postedOn: opt('交邮日期', date()),
    form: req('形式', oneOf(['written', 'oral'], { written: '书面', oral: '口头' })),
  }),
);
export type RequestHearingPayload = z.infer<typeof requestHearing.payload>;

const hearingAgent = obj({ name: req('姓名', text(100)), idNumber: opt('证件号码', text(40)) });
export type HearingAgent = z.infer<typeof hearingAgent>;

export const scheduleHearing = clientOnly(
  obj({
    hearingDate: req('听证日期', date()),
    hearingTime: opt('听证时间', time()),
    noticeDate: req('听证通知日期', date()),
    place: req('听证地点', text(500)),
    presiderId: req('听证主持人', text(100)),
    clerkId: opt('记录员', text(100)),
    public: req('公开举行', bool()),
    confidentialReason: opt('不公开理由', text(2000)),
    agents: req('委托代理人', list(hearingAgent, 0, 20)),
  }),
);
export type ScheduleHearingPayload = z.infer<typeof scheduleHearing.payload>;

export const HEARING_ATTENDANCE = ['attended', 'absentWithoutReason', 'leftWithoutPermission'] as const;
export type HearingAttendance = (typeof HEARING_ATTENDANCE)[number];
export const HEARING_ATTENDANCE_LABELS: Record<HearingAttendance, string> = {
  attended: '当事人或代理人出席',
  absentWithoutReason: '无正当理由拒不出席',
  leftWithoutPermission: '未经许可中途退出',
};

export const recordHearing = clientOnly(
  obj({
    heldOn: req('听证日期', date()),
    attendance: req('出席情况', oneOf(HEARING_ATTENDANCE, HEARING_ATTENDANCE_LABELS)),
    transcript: opt(
      '听证笔录',
      obj({ signedByParty: req('当事人签名', bool()), presiderRefusalNote: opt('主持人注明拒签情况', text(1000)) }),
    ),
    report: opt('听证报告', text(50000)),
    // 第63条第2款: always 0; recorded so a charge can be detected and refused.
    feeCharged: req('向当事人收取的费用', money()),
    avEvidenceId: opt('音像记录', text(100)),
  }),
);
export type RecordHearingPayload = z.infer<typeof recordHearing.payload>;
