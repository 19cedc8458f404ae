// 简易程序: the decision on the spot, its handing over and its filing (第51–52条).
import { ART } from '../articles';
import { summaryAndClosureReducers } from '../fold/summary';
import { summaryGuards } from '../guards/summary';
import * as summary from '../payloads/summary';
import { CASE_DISCRETION_TIER_LABELS } from '../rules/circumstances';
import { cut, labelOf, penaltyText } from './helpers';
import type { SummaryAction } from './phases';
import type { PhaseDefinitions } from './types';

export const summaryActions = {
  decideOnTheSpot: {
    label: '当场作出行政处罚决定',
    procedure: 'summary',
    from: ['draft'],
    to: 'summaryDecided',
    roles: ['officer'],
    duty: 'none',
    basis: ART.summary,
    needs: ['fines', 'benchmarks'],
    schemas: summary.decideOnTheSpot,
    guard: summaryGuards.decideOnTheSpot,
    reduce: summaryAndClosureReducers.decideOnTheSpot,
    derives: true,
    usesItems: true,
    serverFills: [
      { fill: 'partyIdentity', path: ['party'], keep: 'caseRow' },
      { fill: 'agencyName', path: ['agencyName'] },
      { fill: 'remedies', path: ['remediesText'], onTheSpot: true, shape: 'text' },
      { fill: 'documentNumber', path: ['formNumber'], series: '当罚' },
    ],
    documents: [{ kind: 'onTheSpotDecision', title: '当场行政处罚决定书', numberAt: ['formNumber'] }],
    summary: (p) =>
      `${p.formNumber ?? ''}；${penaltyText(p.penalty)}${labelOf(CASE_DISCRETION_TIER_LABELS, p.tier) ? `（${labelOf(CASE_DISCRETION_TIER_LABELS, p.tier)}）` : ''}`,
  },
  recordSummaryService: {
    label: '当场交付决定书',
    procedure: 'summary',
    from: ['summaryDecided'],
    to: 'summaryServed',
    roles: ['officer'],
    duty: 'handle',
    basis: ART.summaryRefusal,
    needs: ['documentsOnPaper'],
    schemas: summary.recordSummaryService,
    guard: summaryGuards.recordSummaryService,
    reduce: summaryAndClosureReducers.recordSummaryService,
    derives: true,
    summary: (p) => (p.partySigned ? '当事人已签收' : `当事人拒绝签收：${cut(p.refusalNote)}`),
  },
  fileSummaryRecord: {
    label: '报所属行政机关备案',
    procedure: 'summary',
    from: ['summaryServed'],
    to: 'summaryFiled',
    roles: ['officer', 'agencyHead'],
    duty: 'none',
    basis: ART.summaryFiling,
    schemas: summary.fileSummaryRecord,
    guard: summaryGuards.fileSummaryRecord,
    reduce: summaryAndClosureReducers.fileSummaryRecord,
    documents: [{ kind: 'summaryFiling', title: '当场处罚决定备案表' }],
    summary: (p) => `报${p.filedWith ?? ''}备案`,
    queue: {
      queue: 'approval',
      label: '当场处罚决定备案',
      pending: (s) => s.status === 'summaryServed',
      dueKey: 'summaryFiling',
    },
  },
} satisfies PhaseDefinitions<SummaryAction>;
