// The rule registry: one query per rule of the domain's ALERT_RULES; the `satisfies` below
// insists on every one.
import type { ActiveAlertRuleId } from '@zhifa/domain';
import { auditChainBroken } from './audit-chain-broken';
import { caseOver90Days } from './case-over-90-days';
import { correctionOverdue } from './correction-overdue';
import { deadlineOverdue } from './deadline-overdue';
import { decisionWithoutReview } from './decision-without-review';
import { disclosureLate } from './disclosure-late';
import { evidenceHashMismatch } from './evidence-hash-mismatch';
import { fineOutsideBenchmark } from './fine-outside-benchmark';
import { idleItem } from './idle-item';
import { inspectionCap } from './inspection-cap';
import { itemNotHeld } from './item-not-held';
import { officerUncertified } from './officer-uncertified';
import { rectificationOverdue } from './rectification-overdue';
import type { AlertRule } from './rule';
import { reviewerRatioLow } from './reviewer-ratio-low';
import { sameHandlerReviewer } from './same-handler-reviewer';
import { trainingShort } from './training-short';
import { withdrawalLate } from './withdrawal-late';

export const RULES = {
  deadlineOverdue,
  decisionWithoutReview,
  fineOutsideBenchmark,
  officerUncertified,
  sameHandlerReviewer,
  caseOver90Days,
  itemNotHeld,
  inspectionCap,
  idleItem,
  trainingShort,
  reviewerRatioLow,
  evidenceHashMismatch,
  auditChainBroken,
  correctionOverdue,
  rectificationOverdue,
  disclosureLate,
  withdrawalLate,
} satisfies Record<ActiveAlertRuleId, AlertRule>;

export const RULE_LIST: AlertRule[] = Object.values(RULES);

export type { AlertRule, Finding } from './rule';
