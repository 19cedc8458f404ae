// 处理决定 and its service.
import { ART } from '../articles';
import { decisionReducers } from '../fold/decision';
import { jointAwareServe } from '../fold/parties';
import { disclosureRule, DEFAULT_DISCLOSURE_CONFIG } from '../../disclosure/eligibility';
import { ageAtAct, decidePrecondition, decisionGuards, decisionOnPaper } from '../guards/decision';
import { jointAwareServeDecision } from '../guards/parties';
import * as decision from '../payloads/decision';
import * as service from '../payloads/service';
import { SERVICE_METHOD_LABELS } from '../payloads/service';
import { describeCorrectionPeriod } from '../rules/correction';
import { checkNoticeBeforeDecision } from '../rules/notice';
import type { CaseState } from '../state';
import type { CaseStatus } from '../status';
import { labelOf, penaltyText } from './helpers';
import type { DecisionAction } from './phases';
import { DECIDABLE } from './statuses';
import type { ClientInput, PhaseDefinitions } from './types';

const DECISION_READY: CaseStatus[] = ['reviewPassed', 'deliberated'];

/** The timeline's words for statement 72 (市场监督管理行政处罚信息公示规定 第8条, 行政处罚法 第48条). */
export const PUBLICATION_NOTICE_SERVED = '决定书载明将依法公开，公开告知随决定书一并送达';

/** The orders whose follow-up found no correction, which a penalty then rests on (第28条). */
function uncorrectedOrderIds(p: ClientInput, s: CaseState): string[] | undefined {
  if (p.outcome !== 'penalty') return undefined;
  const found = (s.correctionOrders ?? []).filter((c) => c.followUp?.outcome === 'notCorrected').map((c) => c.id);
  return found.length ? found : undefined;
}

/** The decision states the non-correction it rests on: which order, its period, the 复查 that found it. */
function uncorrectedGroundContent(s: CaseState): Record<string, unknown> | undefined {
  if (!s.decision?.uncorrectedOrders) return undefined;
  return {
    uncorrectedOrders: s.decision.uncorrectedOrders.map((u) => {
      const order = s.correctionOrders.find((c) => c.id === u.orderId);
      return {
        ...u,
        requirement: order?.requirement ?? '',
        period: describeCorrectionPeriod(order?.period),
        findings: order?.followUp?.findings ?? '',
      };
    }),
  };
}

/**
 * Statement 72: a decision that will be published says so when it is served. Whether it will is
 * the disclosure rule's (a minor's never, statement 71), read off the case as decided.
 */
function willBePublished(s: CaseState, d: CaseState['decision']): boolean {
  const outcome = d?.outcome === 'noPenalty' ? 'noPenalty' : 'penalty';
  return disclosureRule(
    {
      procedure: s.procedure,
      outcome,
      penaltyKinds: (d?.penalty?.lines ?? []).map((l) => l.kind),
      partyAgeAtAct: ageAtAct(s, d?.partyId),
      sector: null,
    },
    DEFAULT_DISCLOSURE_CONFIG,
  ).publish;
}

function publicationContent(s: CaseState): Record<string, unknown> {
  return { publication: willBePublished(s, s.decision) };
}

/**
 * Statement 72: the decision served carries the publication notice (the sentence above), and the
 * case records that it went with it: the service of a decision that will be published says so.
 */
function publicationNoticeServed(p: ClientInput, s: CaseState): true | undefined {
  const d = (typeof p.partyId === 'string' && s.decisions.find((x) => x.partyId === p.partyId)) || s.decision;
  return d && willBePublished(s, d) ? true : undefined;
}

export const decisionActions = {
  decide: {
    label: '作出处理决定',
    procedure: 'ordinary',
    from: DECIDABLE,
    to: 'decided',
    alsoTo: ['noPenaltyDecided'],
    roles: ['agencyHead'],
    duty: 'decide',
    basis: ART.decisionByHead,
    needs: ['fines', 'benchmarks'],
    schemas: decision.decide,
    guard: decisionGuards.decide,
    reduce: decisionReducers.decide,
    precondition: decidePrecondition,
    derives: true,
    serverFills: [
      { fill: 'agencyName', path: ['agencyName'] },
      { fill: 'remedies', path: ['remedies'], onTheSpot: false, shape: 'bodies' },
      // 「逾期不改正的，处……」: a penalty states the follow-ups that found no correction as its ground.
      { fill: 'fromCase', path: ['uncorrectedOrderIds'], value: uncorrectedOrderIds },
      { fill: 'documentNumber', path: ['decisionNumber'], series: (p) => (p.outcome === 'noPenalty' ? '不罚' : '罚') },
    ],
    documents: [
      {
        kind: 'penaltyDecision',
        title: '行政处罚决定书',
        numberAt: ['decisionNumber'],
        when: (p) => p.outcome !== 'noPenalty',
        content: (s) => ({ ...uncorrectedGroundContent(s), ...publicationContent(s) }),
        disclosed: true,
      },
      {
        kind: 'noPenaltyDecision',
        title: '不予行政处罚决定书',
        numberAt: ['decisionNumber'],
        when: (p) => p.outcome === 'noPenalty',
        content: uncorrectedGroundContent,
      },
    ],
    summary: (p) =>
      `${p.partyId ? `当事人${p.partyId}：` : ''}${p.decisionNumber ?? ''}；${p.outcome === 'noPenalty' ? '不予行政处罚' : penaltyText(p.penalty)}${Array.isArray(p.uncorrectedOrderIds) && p.uncorrectedOrderIds.length ? `；当事人逾期未改正（责令改正 ${p.uncorrectedOrderIds.join('、')} 经复查）` : ''}`,
    queue: {
      queue: 'approval',
      label: '处理决定签发',
      pending: (s, today) =>
        DECISION_READY.includes(s.status) ||
        // The representation and hearing windows are the domain's (第62–64条): waived in writing or run out.
        (s.status === 'noticeServed' && checkNoticeBeforeDecision(s, today).length === 0),
      dueKey: 'decisionLimit',
    },
  },
  serveDecision: {
    label: '决定书送达',
    procedure: 'ordinary',
    from: ['decided', 'noPenaltyDecided'],
    to: 'served',
    alsoTo: ['executed'],
    roles: ['officer', 'auxiliary'],
    duty: 'none',
    basis: ART.service,
    needs: ['documentsOnPaper'],
    schemas: service.decisionService,
    guard: decisionOnPaper(jointAwareServeDecision(decisionGuards.serveDecision)),
    reduce: jointAwareServe(decisionReducers.serveDecision),
    derives: true,
    serverFills: [{ fill: 'fromCase', path: ['publicationNotice'], value: publicationNoticeServed }],
    documents: [{ kind: 'serviceReceipt', title: '送达回证（处罚决定书）' }],
    summary: (p) =>
      `${labelOf(SERVICE_METHOD_LABELS, p.method)}，受送达人：${p.recipient ?? ''}${p.publicationNotice ? `；${PUBLICATION_NOTICE_SERVED}` : ''}`,
  },
} satisfies PhaseDefinitions<DecisionAction>;
