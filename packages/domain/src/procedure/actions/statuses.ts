// Groups of statuses several definitions share.
import type { CaseStatus } from '../status';

export const PRE_DECISION: CaseStatus[] = [
  'investigating',
  'awaitingJurisdictionRuling',
  'investigated',
  'noticeIssued',
  'noticeServed',
  'hearingRequested',
  'hearingScheduled',
  'hearingHeld',
  'underReview',
  'reviewPassed',
  'deliberated',
];
export const AFTER_DECISION: CaseStatus[] = [
  'decided',
  'noPenaltyDecided',
  'served',
  'executing',
  'overdue',
  'courtEnforcement',
  'executed',
];
export const ORDINARY_OPEN: CaseStatus[] = [
  'filingRequested',
  ...PRE_DECISION,
  ...AFTER_DECISION,
  'transferred',
  'referredCriminal',
];
export const SUMMARY_OPEN: CaseStatus[] = ['summaryDecided', 'summaryServed', 'summaryFiled'];
export const EXECUTION: CaseStatus[] = [
  'served',
  'executing',
  'overdue',
  'courtEnforcement',
  'summaryServed',
  'summaryFiled',
];
export const STATEMENT_PHASE: CaseStatus[] = ['noticeServed', 'hearingRequested', 'hearingScheduled', 'hearingHeld'];
export const DECIDABLE: CaseStatus[] = ['investigated', 'noticeServed', 'hearingHeld', 'reviewPassed', 'deliberated'];
