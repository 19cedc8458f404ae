// 执法全过程记录 (第47条; 国办发〔2018〕118号).
import { ART } from '../articles';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';

export type AvActivity =
  | 'seizure'
  | 'demolition'
  | 'caseHandlingPremises'
  | 'onSiteEnforcement'
  | 'investigation'
  | 'hearing'
  | 'serviceByLeaving'
  | 'serviceByPublicNotice'
  | 'preservation';

const MANDATORY: AvActivity[] = ['seizure', 'demolition', 'caseHandlingPremises'];

export function avRequirement(activity: AvActivity): 'mandatory' | 'recommended' {
  return MANDATORY.includes(activity) ? 'mandatory' : 'recommended';
}

export interface AvCheck {
  refusals: CaseRefusal[];
  warnings: CaseRefusal[];
}

const AV_LABEL: Record<AvActivity, string> = {
  seizure: '查封、扣押财产',
  demolition: '强制拆除',
  caseHandlingPremises: '执法办案场所活动',
  onSiteEnforcement: '现场执法',
  investigation: '调查取证',
  hearing: '举行听证',
  serviceByLeaving: '留置送达',
  serviceByPublicNotice: '公告送达',
  preservation: '先行登记保存',
};

/** Mandatory activities are refused without audio-video; the others only warn. */
export function checkAvRecord(activity: AvActivity, avEvidenceId: string | undefined): AvCheck {
  if (avEvidenceId) return { refusals: [], warnings: [] };
  if (avRequirement(activity) === 'mandatory') {
    return {
      refusals: [refusal('avRecordMissing', `${AV_LABEL[activity]}应当进行全程音像记录`, ART.threeSystems)],
      warnings: [],
    };
  }
  return {
    refusals: [],
    warnings: [
      refusal(
        'avRecordRecommended',
        `${AV_LABEL[activity]}宜进行音像记录，未记录的请确认文字记录能完整反映过程`,
        ART.threeSystems,
      ),
    ],
  };
}

export type ProcessStage = 'start' | 'investigation' | 'review' | 'decision' | 'service' | 'execution';

export const PROCESS_STAGE_LABELS: Record<ProcessStage, string> = {
  start: '启动',
  investigation: '调查取证',
  review: '审核',
  decision: '决定',
  service: '送达',
  execution: '执行',
};

/** Which stages of 第47条 have a record in the case (transferred cases end at their transfer). */
export function recordedStages(s: CaseState): Record<ProcessStage, boolean> {
  if (s.procedure === 'summary') {
    const fineDue = s.decision?.penalty?.lines.some((l) => l.kind === 'fine') ?? false;
    return {
      start: s.summary !== null,
      investigation: s.summary !== null,
      review: s.summary?.filedOn !== undefined,
      decision: s.decision !== null,
      service: s.summary?.service !== undefined,
      execution: !fineDue || s.payments.length > 0 || s.courtApplication !== null,
    };
  }
  const ended = s.transfer !== null || s.criminal.decision?.approved === true;
  const reviewed = s.reviews.some((r) => r.result) || s.investigation !== null;
  const executed =
    s.status === 'executed' ||
    s.courtApplication !== null ||
    s.decision?.outcome === 'noPenalty' ||
    (s.decision?.outcome === 'penalty' && s.service !== null && s.paymentDue === null);
  return {
    start: s.filing?.approvedOn !== undefined,
    investigation: s.records.length > 0 || s.evidence.length > 0,
    review: ended || reviewed,
    decision: ended || s.decision !== null,
    service: ended || s.service !== null,
    execution: ended || executed,
  };
}

/** 第47条: a case closes only when every stage from start to execution is on record. */
export function checkClosureRecords(s: CaseState): CaseRefusal[] {
  const stages = recordedStages(s);
  const missing = (Object.keys(stages) as ProcessStage[]).filter((k) => !stages[k]);
  if (missing.length === 0) return [];
  return [
    refusal(
      'processRecordIncomplete',
      `结案前须有以下环节的记录：${missing.map((m) => PROCESS_STAGE_LABELS[m]).join('、')}`,
      ART.processRecord,
    ),
  ];
}
