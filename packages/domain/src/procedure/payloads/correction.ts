// 责令（限期）改正 and its 复查 (行政处罚法 第28条). Most provisions a township enforces read
// 「责令限期改正；逾期不改正的，处……罚款」: the order then comes first, and only the follow-up
// inspection's finding that the party did not correct in time opens the fine.
import type * as z from 'zod';
import { bool, clientOnly, date, int, obj, oneOf, opt, req, serverFilled, text } from './fields';
import { recordBase } from './investigation';
import { basis } from './common';

export const CORRECTION_PERIOD_UNITS = ['days', 'months'] as const;
export type CorrectionPeriodUnit = (typeof CORRECTION_PERIOD_UNITS)[number];
export const CORRECTION_PERIOD_UNIT_LABELS: Record<CorrectionPeriodUnit, string> = { days: '日', months: '个月' };

/** "15 日内", "3 个月内": counted from the day after service (民事诉讼法 第85条). */
const period = obj({
  unit: req('期限单位', oneOf(CORRECTION_PERIOD_UNITS, CORRECTION_PERIOD_UNIT_LABELS)),
  value: req('期限', int(1, 3650)),
});
export type CorrectionPeriod = z.infer<typeof period>;

export const orderCorrection = serverFilled(
  obj({
    // The order's id within the case (ZG-1, …), chosen on the form.
    orderId: req('责令改正编号', text(100)),
    // The provision that orders correction (and, where it does, fines non-correction).
    basis: req('责令改正依据', basis(1)),
    // What the party must do: 退还非法占用的土地, 恢复原状, 拆除….
    requirement: req('改正内容', text(5000)),
    // Absent: 责令立即改正 (the order takes effect on service, with no period).
    period: opt('改正期限', period),
    // The provision fines only 「逾期不改正的」: a correction in time leaves nothing to fine.
    penaltyOnlyIfUncorrected: req('逾期不改正的方予处罚', bool()),
    // The day the notice was served on the party: the period runs from the next day.
    servedOn: req('送达日期', date()),
  }),
  // 责令（限期）改正通知书 number, issued by the server.
  { orderNumber: req('通知书文号', text(100)) },
);
export type OrderCorrectionPayload = z.infer<typeof orderCorrection.payload>;

export const FOLLOW_UP_OUTCOMES = ['corrected', 'notCorrected'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  corrected: '已按要求改正',
  notCorrected: '逾期未改正（或未完全改正）',
};

/** 复查笔录: a site inspection record made for one order, with its finding. */
export const recordFollowUpInspection = clientOnly(
  obj({
    ...recordBase,
    orderId: req('责令改正', text(100)),
    partyPresent: req('当事人在场', bool()),
    findings: req('复查情况', text(20000)),
    outcome: req('复查结论', oneOf(FOLLOW_UP_OUTCOMES, FOLLOW_UP_OUTCOME_LABELS)),
  }),
);
export type RecordFollowUpInspectionPayload = z.infer<typeof recordFollowUpInspection.payload>;
