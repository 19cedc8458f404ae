// 结案 and 立卷归档.
import { ART } from '../articles';
import { summaryAndClosureReducers } from '../fold/summary';
import { closureGuards } from '../guards/closure';
import { closableBeforeDecision } from '../guards/preconditions';
import * as closure from '../payloads/closure';
import { CLOSURE_REASON_LABELS } from '../payloads/closure';
import { assembleCaseFile } from '../rules/archive';
import { closableAsCorrected } from '../rules/correction';
import type { CaseStatus } from '../status';
import { labelOf } from './helpers';
import type { ClosureAction } from './phases';
import type { PhaseDefinitions } from './types';

const CLOSABLE: CaseStatus[] = [
  'executed',
  'served',
  'courtEnforcement',
  'transferred',
  'referredCriminal',
  'summaryFiled',
];

export const closureActions = {
  closeCase: {
    label: '结案',
    procedure: 'both',
    from: [
      'investigating',
      'investigated',
      'served',
      'executed',
      'courtEnforcement',
      'transferred',
      'referredCriminal',
      'summaryFiled',
    ],
    to: 'closed',
    roles: ['agencyHead'],
    duty: 'approve',
    basis: ART.processRecord,
    schemas: closure.closeCase,
    guard: closureGuards.closeCase,
    reduce: summaryAndClosureReducers.closeCase,
    precondition: closableBeforeDecision,
    documents: [{ kind: 'closureReport', title: '结案报告（结案审批表）' }],
    summary: (p) => labelOf(CLOSURE_REASON_LABELS, p.reason),
    queue: {
      queue: 'approval',
      label: '结案审批',
      pending: (s) =>
        (CLOSABLE.includes(s.status) && (s.status !== 'served' || s.paymentDue === null)) || closableAsCorrected(s),
    },
  },
  archiveCase: {
    label: '立卷归档',
    procedure: 'both',
    from: ['closed'],
    to: 'archived',
    roles: ['officer', 'agencyHead'],
    duty: 'none',
    basis: ART.archiving,
    schemas: closure.archiveCase,
    guard: closureGuards.archiveCase,
    reduce: summaryAndClosureReducers.archiveCase,
    serverFills: [{ fill: 'archiveNumber', path: ['archiveNumber'] }],
    documents: [
      {
        kind: 'caseFile',
        title: '案卷（卷内目录）',
        numberAt: ['archiveNumber'],
        content: (s) => ({ caseFile: assembleCaseFile(s) }),
      },
    ],
    summary: (p) => `档案号 ${p.archiveNumber ?? ''}`,
  },
} satisfies PhaseDefinitions<ClosureAction>;
