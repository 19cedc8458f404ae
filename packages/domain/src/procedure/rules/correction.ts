// 责令（限期）改正 (行政处罚法 第28条) with its period and 复查. Where the provision reads
// 「责令限期改正；逾期不改正的，处……罚款」 the fine's condition is the party's failure to correct
// within the period, established by a follow-up inspection after the period has ended: only that
// finding opens the penalty, and it is the decision's stated ground. A correction in time leaves
// nothing to fine, so the case closes without a penalty.
import { ART } from '../articles';
import { type CaseCalendar, addCalendarDays, addMonths, compareDates } from '../calendar-port';
import type { PenaltySpec } from '../../libraries/enforcement-item';
import type { CorrectionPeriod } from '../payloads/correction';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState, CorrectionOrderState } from '../state';

/**
 * Last day of the correction period. The service day is not counted and a last day that is a rest
 * day moves to the next working day (民事诉讼法 第85条); months end on the corresponding day, or the
 * month's last day (民法典 第202条). An order to correct at once (no period) is due on service.
 */
export function correctionDue(
  servedOn: string,
  period: CorrectionPeriod | null | undefined,
  calendar: CaseCalendar,
): string {
  if (!period) return servedOn;
  return period.unit === 'days'
    ? addCalendarDays(servedOn, period.value, calendar, { rollToWorkingDay: true })
    : addMonths(servedOn, period.value, calendar, { rollToWorkingDay: true });
}

export function describeCorrectionPeriod(period: CorrectionPeriod | null | undefined): string {
  if (!period) return '立即改正';
  return `${period.value}${period.unit === 'days' ? '日' : '个月'}内改正`;
}

/** 复查 may find "not corrected" only once the period is over; "corrected" at any time after service. */
export function checkFollowUpFinding(
  order: CorrectionOrderState,
  inspectedOn: string,
  outcome: 'corrected' | 'notCorrected',
): CaseRefusal[] {
  if (compareDates(inspectedOn, order.servedOn) < 0) {
    return [
      refusal('followUpBeforeOrder', `复查日期不能早于责令改正通知书送达日期（${order.servedOn}）`, ART.correction),
    ];
  }
  if (outcome === 'notCorrected' && order.period !== null && compareDates(inspectedOn, order.dueOn) <= 0) {
    return [
      refusal(
        'correctionPeriodRunning',
        `改正期限至 ${order.dueOn} 届满，期限届满前不能认定当事人逾期未改正（${describeCorrectionPeriod(order.period)}）`,
        ART.correction,
      ),
    ];
  }
  return [];
}

const conditional = (s: CaseState) => (s.correctionOrders ?? []).filter((c) => c.penaltyOnlyIfUncorrected);

/**
 * A penalty where an order's provision fines only non-correction: the decision must rest on a
 * follow-up that found the party did not correct in time, and cite that order. Cited orders must
 * all carry that finding (an unconditional order may be cited too, as a fact of the case).
 */
export function checkPenaltyAfterCorrection(
  s: CaseState,
  cited: readonly string[] | undefined,
  today: string,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const orders = s.correctionOrders ?? [];
  for (const id of cited ?? []) {
    const order = orders.find((c) => c.id === id);
    if (!order) out.push(refusal('correctionUnknown', `责令改正 ${id} 不存在`, ART.correction));
    else if (order.followUp?.outcome !== 'notCorrected') {
      out.push(
        refusal(
          'nonCorrectionNotFound',
          `责令改正 ${order.number} 未经复查认定逾期未改正，不能作为处罚的事实依据`,
          ART.correction,
        ),
      );
    }
  }
  const pending = conditional(s);
  if (pending.length === 0) return out;
  const grounded = pending.some((c) => c.followUp?.outcome === 'notCorrected' && (cited ?? []).includes(c.id));
  if (grounded) return out;
  const running = pending.find((c) => !c.followUp && compareDates(today, c.dueOn) <= 0);
  const unchecked = pending.find((c) => !c.followUp);
  const uncited = pending.find((c) => c.followUp?.outcome === 'notCorrected');
  if (running) {
    out.push(
      refusal(
        'correctionPeriodRunning',
        `责令改正 ${running.number} 的改正期限至 ${running.dueOn} 届满；依据的规定为「逾期不改正的」方予处罚，期限内不得处罚`,
        ART.correction,
      ),
    );
  } else if (unchecked) {
    out.push(
      refusal(
        'followUpMissing',
        `责令改正 ${unchecked.number} 的改正期限已届满，应当先行复查并记录当事人是否改正`,
        ART.correction,
      ),
    );
  } else if (uncited) {
    out.push(
      refusal(
        'nonCorrectionNotCited',
        `处罚决定应当载明当事人逾期不改正的事实（责令改正 ${uncited.number} 的复查结论）`,
        ART.correction,
      ),
    );
  } else {
    out.push(
      refusal(
        'correctedInTime',
        '当事人已在责令期限内改正，依据的规定对逾期不改正的方予处罚，不得处罚，可以结案',
        ART.correction,
      ),
    );
  }
  return out;
}

/** 结案 without a penalty: every order's provision fines only non-correction, and every order was corrected. */
export function closableAsCorrected(s: CaseState): boolean {
  const orders = s.correctionOrders ?? [];
  return (
    s.decision === null &&
    orders.length > 0 &&
    orders.every((c) => c.penaltyOnlyIfUncorrected && c.followUp?.outcome === 'corrected')
  );
}

export function checkCorrectedClosure(s: CaseState): CaseRefusal[] {
  const orders = s.correctionOrders ?? [];
  if (s.decision !== null)
    return [refusal('closureReasonMismatch', '已作出处理决定的案件不能以“当事人已改正”结案', ART.processRecord)];
  if (orders.length === 0)
    return [refusal('noCorrectionOrder', '案件没有责令改正记录，不能以“当事人已改正”结案', ART.correction)];
  const out: CaseRefusal[] = [];
  for (const c of orders) {
    if (!c.penaltyOnlyIfUncorrected) {
      out.push(
        refusal(
          'correctionNotCondition',
          `责令改正 ${c.number} 所依据的规定不以逾期不改正为处罚条件，改正不免除处罚`,
          ART.correction,
        ),
      );
    } else if (!c.followUp) {
      out.push(refusal('followUpMissing', `责令改正 ${c.number} 尚未复查`, ART.correction));
    } else if (c.followUp.outcome !== 'corrected') {
      out.push(refusal('notCorrected', `责令改正 ${c.number} 经复查逾期未改正，应当依法处罚`, ART.correction));
    }
  }
  if (s.filing?.approvedOn === undefined)
    out.push(refusal('processRecordIncomplete', '结案前须有立案审批记录', ART.processRecord));
  return out;
}

/** The party's correction periods, for the case's deadlines: met once followed up or the case is closed. */
export function correctionDeadlines(
  s: CaseState,
): { key: string; label: string; due: string; article: string; met: boolean }[] {
  return (s.correctionOrders ?? []).map((c) => ({
    key: `correction:${c.id}`,
    label: `责令改正期限（${c.number}，${describeCorrectionPeriod(c.period)}），届满后复查`,
    due: c.dueOn,
    article: ART.correction,
    met: c.followUp !== undefined || s.closure !== null,
  }));
}

const ONLY_IF_UNCORRECTED = /逾期不改正|逾期未改正|拒不改正|逾期不(?:拆除|恢复|退还|处置|补种|履行)/u;

/**
 * What an item's catalogue entry says about correction: the order's wording, and whether every
 * fine it provides is conditioned on non-correction (「逾期不改正的，处……」), as a form default.
 */
export function correctionFromItem(penalties: readonly PenaltySpec[]): {
  requirement: string | null;
  penaltyOnlyIfUncorrected: boolean;
} {
  const order = penalties.find((p) => p.kind === 'orderToCorrect');
  const fines = penalties.filter((p) => p.kind === 'fine');
  return {
    requirement: order?.note ?? null,
    penaltyOnlyIfUncorrected: fines.length > 0 && fines.every((f) => ONLY_IF_UNCORRECTED.test(f.note ?? '')),
  };
}
