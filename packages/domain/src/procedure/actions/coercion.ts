// 行政强制措施 (查封、扣押、冻结) and periods not counted.
import { ART } from '../articles';
import { coercionReducers } from '../fold/coercion';
import { coercionGuards } from '../guards/coercion';
import * as coercion from '../payloads/coercion';
import type { DocumentSeries } from './documents';
import type { CoercionAction } from './phases';
import { ORDINARY_OPEN } from './statuses';
import type { PhaseDefinitions } from './types';

/** Each kind of measure has its own decision series: 封 (查封), 扣 (扣押), 冻 (冻结). */
const MEASURE_SERIES: Record<string, DocumentSeries> = { seal: '封', seize: '扣', freeze: '冻' };
const measureSeries = (kind: unknown): DocumentSeries | null =>
  typeof kind === 'string' && Object.prototype.hasOwnProperty.call(MEASURE_SERIES, kind) ? MEASURE_SERIES[kind] : null;

export const coercionActions = {
  applyCoerciveMeasure: {
    label: '实施行政强制措施（查封、扣押、冻结）',
    procedure: 'ordinary',
    from: ['filingRequested', 'investigating'],
    to: 'same',
    roles: ['agencyHead', 'officer'],
    duty: 'none',
    basis: ART.coerciveProcedure,
    schemas: coercion.applyCoerciveMeasure,
    guard: coercionGuards.applyCoerciveMeasure,
    reduce: coercionReducers.applyCoerciveMeasure,
    occasional: true,
    derives: true,
    serverFills: [
      { fill: 'documentNumber', path: ['decision', 'number'], series: (p) => measureSeries(p.kind) },
      { fill: 'agencyName', path: ['decision', 'agencyName'] },
    ],
    documents: [{ kind: 'coerciveDecision', title: '实施行政强制措施决定书', numberAt: ['decision', 'number'] }],
  },
  confirmUrgentMeasure: {
    label: '当场实施强制措施补办批准',
    procedure: 'ordinary',
    from: ORDINARY_OPEN,
    to: 'same',
    roles: ['agencyHead'],
    duty: 'approve',
    basis: ART.urgentMeasure,
    schemas: coercion.confirmUrgentMeasure,
    guard: coercionGuards.confirmUrgentMeasure,
    reduce: coercionReducers.confirmUrgentMeasure,
    occasional: true,
    queue: {
      queue: 'approval',
      label: '当场强制措施补办批准',
      pending: (s) => s.coerciveMeasures.some((m) => m.urgent && !m.urgentApproval),
    },
  },
  extendCoerciveMeasure: {
    label: '延长强制措施期限',
    procedure: 'ordinary',
    from: ORDINARY_OPEN,
    to: 'same',
    roles: ['agencyHead'],
    duty: 'approve',
    basis: ART.seizureDuration,
    schemas: coercion.extendCoerciveMeasure,
    guard: coercionGuards.extendCoerciveMeasure,
    reduce: coercionReducers.extendCoerciveMeasure,
    occasional: true,
    derives: true,
  },
  releaseCoerciveMeasure: {
    label: '解除强制措施',
    procedure: 'ordinary',
    from: ORDINARY_OPEN,
    to: 'same',
    roles: ['agencyHead', 'officer'],
    duty: 'none',
    basis: ART.seizureHandling,
    schemas: coercion.releaseCoerciveMeasure,
    guard: coercionGuards.releaseCoerciveMeasure,
    reduce: coercionReducers.releaseCoerciveMeasure,
    occasional: true,
    documents: [{ kind: 'coerciveRelease', title: '解除行政强制措施决定书' }],
  },
  excludePeriod: {
    label: '登记不计入期限的期间',
    procedure: 'ordinary',
    from: ORDINARY_OPEN,
    to: 'same',
    roles: ['agencyHead'],
    duty: 'approve',
    basis: ART.decisionLimit,
    schemas: coercion.excludePeriod,
    guard: coercionGuards.excludePeriod,
    reduce: coercionReducers.excludePeriod,
    occasional: true,
  },
} satisfies PhaseDefinitions<CoercionAction>;
