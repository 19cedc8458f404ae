// The three libraries: enforcement items and their delegation, officers, and training.
export {
  COUNTY_RESERVED_KINDS,
  ITEM_DOMAINS,
  ITEM_KINDS,
  ITEM_KIND_LABELS,
  ITEM_LEVELS,
  PENALTY_KINDS,
  STATUTORY_PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  PENALTY_MULTIPLE_BASES,
  PENALTY_PARTIES,
  PENALTY_PARTY_LABELS,
  PENALTY_UNITS,
  isActualPenalty,
  isCountyReservedItem,
  isCountyReservedPenalty,
  mayManageItemOf,
  parseItemKind,
  parseItemLevel,
  parsePenaltyKind,
  parsePenaltyParty,
} from './enforcement-item';
export type {
  CountyReservationOptions,
  ItemDomain,
  ItemKind,
  ItemLevel,
  PenaltyKind,
  StatutoryPenaltyKind,
  PenaltyMultipleBase,
  PenaltyParty,
  PenaltySpec,
  PenaltyUnit,
} from './enforcement-item';
export {
  ENFORCEMENT_ITEM_COLUMNS,
  ITEM_CODE_PATTERN,
  PENALTY_SPEC_COLUMNS,
  validateEnforcementItemRow,
} from './enforcement-item-row';
export type {
  EnforcementItem,
  EnforcementItemField,
  EnforcementItemRow,
  EnforcementItemRowOptions,
  PenaltySpecField,
} from './enforcement-item-row';
export type { ImportRowError, ImportRowResult } from './row-errors';
export { formatPenalties, formatPenaltySpec, formatYuan, versionText } from './penalty-text';
export { buildDelegationIndex, delegationHistory, exercisableItems, orderDelegationEvents } from './delegation';
export type { DelegationEvent, DelegationIndex, DelegationInterval } from './delegation';
export {
  DEVOLVED_POWER_AGENCY_KINDS,
  exercisesDevolvedPowers,
  mayActInCase,
  mayExerciseItem,
  mayExerciseItems,
} from './powers';
export type { CatalogueItemHolder, ExercisingAgency } from './powers';
export { checkTownshipConsistency, idleItems } from './township';
export type { CatalogueEntry, IdleItemsInput, TownshipViolation, TownshipViolationCode } from './township';
export {
  CERTIFICATE_REMINDER_TIERS,
  CERTIFICATE_STATUSES,
  canActAsEnforcingOfficer,
  certificateReminders,
  certificateStatusOn,
  checkTwoOfficers,
} from './officers';
export type {
  CertificateReminder,
  CertificateReminderTier,
  CertificateStatus,
  CertificateStatusOn,
  EnforcementActContext,
  EnforcementPerson,
  OfficerCertificate,
  OfficerCheck,
  OfficerRefusalCode,
  PersonPost,
  TwoOfficersCheck,
} from './officers';
export {
  DEFAULT_YEARLY_TRAINING_HOURS,
  MINUTES_PER_TRAINING_HOUR,
  TRAINING_COLUMNS,
  trainingHours,
  validateTrainingRow,
  yearlyShortfall,
} from './training';
export type {
  TrainingDuration,
  TrainingField,
  TrainingRecordImport,
  TrainingRow,
  TrainingRowOptions,
  TrainingShortfall,
} from './training';
export { DEFAULT_LEGAL_REVIEWER_RATIO, legalReviewerRatio } from './legal-review';
export type { LegalReviewerRatio } from './legal-review';
export * from './benchmarks/index';
