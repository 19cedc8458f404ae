// 责令（限期）改正 and its follow-up (第28条).
import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { correctionReducers } from '../fold/correction';
import { correctionGuards } from '../guards/correction';
import { openCorrectionOrder } from '../guards/preconditions';
import * as correction from '../payloads/correction';
import { describeCorrectionPeriod } from '../rules/correction';
import { cut, labelOf } from './helpers';
import type { CorrectionAction } from './phases';
import { AFTER_DECISION, PRE_DECISION } from './statuses';
import type { PhaseDefinitions } from './types';
import { FOLLOW_UP_OUTCOME_LABELS } from '../payloads/correction';

export const correctionActions = {
  orderCorrection: {
    label: '责令（限期）改正',
    procedure: 'ordinary',
    from: ['filingRequested', ...PRE_DECISION],
    to: 'same',
    roles: ['officer'],
    duty: 'handle',
    basis: ART.correction,
    schemas: correction.orderCorrection,
    guard: correctionGuards.orderCorrection,
    reduce: correctionReducers.orderCorrection,
    derives: true,
    serverFills: [{ fill: 'documentNumber', path: ['orderNumber'], series: '改' }],
    documents: [{ kind: 'correctionOrder', title: '责令（限期）改正通知书', numberAt: ['orderNumber'] }],
    summary: (p) =>
      `${p.orderNumber ?? ''}；${describeCorrectionPeriod(p.period)}：${cut(p.requirement, 60)}${p.penaltyOnlyIfUncorrected ? '；逾期不改正的，依法处罚' : ''}`,
  },
  recordFollowUpInspection: {
    label: '复查（责令改正情况）',
    procedure: 'ordinary',
    from: ['filingRequested', ...PRE_DECISION, ...AFTER_DECISION],
    to: 'same',
    roles: ['officer'],
    duty: 'handle',
    basis: ART.correction,
    schemas: correction.recordFollowUpInspection,
    guard: correctionGuards.recordFollowUpInspection,
    reduce: correctionReducers.recordFollowUpInspection,
    precondition: openCorrectionOrder,
    // 行政处罚法 第28条: an order whose period has ended waits for its follow-up inspection.
    reminder: (s, today) => {
      const lapsed = (s.correctionOrders ?? []).find((o) => !o.followUp && compareDates(o.dueOn, today) < 0);
      return lapsed
        ? { title: '复查责令改正情况', detail: `${lapsed.number}，期限 ${lapsed.dueOn} 已届满`, due: lapsed.dueOn }
        : null;
    },
    documents: [{ kind: 'followUpRecord', title: '复查笔录' }],
    summary: (p) => `${labelOf(FOLLOW_UP_OUTCOME_LABELS, p.outcome)}：${cut(p.findings, 60)}`,
  },
} satisfies PhaseDefinitions<CorrectionAction>;
