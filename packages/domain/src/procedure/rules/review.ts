// 集体讨论 (第57条第2款) and 法制审核 (第58条; 国办发〔2018〕118号).
import { ART } from '../articles';
import type { CaseConfig } from '../config';
import type { ReviewerQualification } from '../context';
import type { CasePartyKind } from '../party';
import { REVIEW_ITEMS, REVIEW_ITEM_LABELS, type RecordReviewPayload, type ReviewTrigger } from '../payloads/review';
import { type PenaltyProposal, fineTotal, proposalKinds } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';

/** 第57条第2款: 情节复杂 or 重大违法 cases are decided collectively by the heads. */
export function deliberationRequired(flags: Pick<CaseState['flags'], 'complex' | 'majorViolation'>): boolean {
  return flags.complex || flags.majorViolation;
}

export function checkDeliberation(s: CaseState): CaseRefusal[] {
  if (!deliberationRequired(s.flags) || s.deliberations.length > 0) return [];
  return [
    refusal(
      'deliberationMissing',
      '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定',
      ART.deliberation,
    ),
  ];
}

/** 第58条 and the local 法制审核目录: why this decision needs legal review (empty = not required). */
export function reviewTriggers(
  s: CaseState,
  penalty: PenaltyProposal | null,
  partyKind: CasePartyKind | null,
  config: CaseConfig,
  /** Grounds found outside the state, e.g. a fine departing from the stored benchmark. */
  extra: readonly ReviewTrigger[] = [],
): ReviewTrigger[] {
  const t = new Set<ReviewTrigger>(extra);
  if (s.flags.majorPublicInterest) t.add('majorPublicInterest');
  if (s.hearing?.status === 'held') t.add('hearingMajorRights');
  if (s.flags.complex || s.flags.multipleLegalRelations) t.add('complex');
  if (s.flags.lawRequiresReview) t.add('lawRequires');
  const list = config.majorDecisionList;
  if (s.items.some((i) => list.itemCodes.includes(i.code))) t.add('majorList');
  if (penalty) {
    if (proposalKinds(penalty).some((k) => list.penaltyKinds.includes(k))) t.add('majorList');
    const limit = partyKind === 'person' ? list.personFineAtLeast : list.organisationFineAtLeast;
    if (limit !== null && fineTotal(penalty) >= limit) t.add('majorList');
  }
  if (s.flags.requiresReview && t.size === 0) t.add('majorList');
  return [...t];
}

/**
 * 第58条: the last completed review passed and none is pending; after a hearing the review must
 * come after it (第58条(二) reviews the hearing's outcome).
 */
export function checkReviewPassed(s: CaseState): CaseRefusal[] {
  const done = s.reviews.filter((r) => r.result);
  const last = done.at(-1);
  if (s.reviews.some((r) => !r.result)) {
    return [refusal('reviewPending', '法制审核尚未完成，不得作出决定', ART.review)];
  }
  if (!last?.result || last.result.outcome !== 'pass') {
    return [refusal('reviewNotPassed', '本案应当进行法制审核；未经法制审核或者审核未通过的，不得作出决定', ART.review)];
  }
  const heldSeq = s.hearing?.status === 'held' ? s.hearing.held?.seq : undefined;
  if (heldSeq !== undefined && last.result.seq < heldSeq) {
    return [refusal('reviewBeforeHearing', '听证后应当重新进行法制审核', ART.review)];
  }
  return [];
}

/** 第58条第2款: a first-time reviewer must hold legal-profession qualification. */
/**
 * 第57条第2款: 行政机关负责人应当集体讨论决定 — the participants are the agency's heads (the
 * principal and deputies), and the one who records it took part. `heads` unknown: only the latter.
 */
export function checkDeliberationParticipants(
  participantIds: readonly string[],
  recorderId: string,
  heads: readonly string[] | undefined,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (!participantIds.includes(recorderId))
    out.push(refusal('chairNotParticipant', '集体讨论记录应当由参加讨论的负责人登记', ART.deliberation));
  const notHeads = heads ? participantIds.filter((id) => !heads.includes(id)) : [];
  if (notHeads.length > 0) {
    out.push(
      refusal(
        'participantNotHead',
        `集体讨论应当由本机关负责人参加，${notHeads.join('、')}不是本机关负责人`,
        ART.deliberation,
      ),
    );
  }
  return out;
}

export function checkReviewerQualification(
  reviewerId: string,
  reviewers: readonly ReviewerQualification[] | undefined,
): CaseRefusal[] {
  const r = reviewers?.find((x) => x.id === reviewerId);
  if (!r)
    return [
      refusal(
        'reviewerQualificationUnknown',
        '未提供法制审核人员资格信息，无法核对初次审核人员的法律职业资格',
        ART.reviewerQualification,
      ),
    ];
  if (r.priorReviews === 0 && !r.legalProfessionQualified) {
    return [refusal('reviewerNotQualified', '初次从事法制审核的人员应当取得法律职业资格', ART.reviewerQualification)];
  }
  return [];
}

/** 国办发〔2018〕118号: all nine headings are examined; the conclusion matches the findings. */
export function checkReviewChecklist(p: Pick<RecordReviewPayload, 'outcome' | 'checklist'>): CaseRefusal[] {
  const missing = REVIEW_ITEMS.filter((i) => !p.checklist[i]);
  if (missing.length) {
    return [
      refusal(
        'reviewChecklistIncomplete',
        `法制审核未涵盖：${missing.map((m) => REVIEW_ITEM_LABELS[m]).join('；')}`,
        ART.reviewChecklist,
      ),
    ];
  }
  const problems = REVIEW_ITEMS.filter((i) => p.checklist[i]?.ok === false);
  if (p.outcome === 'pass' && problems.length) {
    return [
      refusal(
        'reviewPassWithProblems',
        `审核发现问题（${problems.map((m) => REVIEW_ITEM_LABELS[m]).join('；')}），不能出具通过意见`,
        ART.reviewChecklist,
      ),
    ];
  }
  if (p.outcome === 'return' && problems.length === 0) {
    return [refusal('reviewReturnWithoutProblem', '退回的审核意见应当指出存在的问题', ART.reviewChecklist)];
  }
  return [];
}
