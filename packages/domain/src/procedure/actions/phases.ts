// The actions of each phase of the procedure, named once: the definitions (actions/<phase>.ts), the
// guards (guards/<phase>.ts) and the reducers (fold/<phase>.ts) of a phase are typed by these unions.
export type FilingAction =
  | 'fileCase'
  | 'approveFiling'
  | 'refuseFiling'
  | 'assignOfficers'
  | 'requestRecusal'
  | 'decideRecusal'
  | 'transferCase'
  | 'requestJurisdictionRuling'
  | 'recordJurisdictionRuling';

export type PartyAction = 'addParty';

export type InvestigationAction =
  | 'recordInterview'
  | 'recordSiteInspection'
  | 'addEvidence'
  | 'markEvidenceIllegal'
  | 'preserveEvidence'
  | 'handlePreservedEvidence'
  | 'markSuspectedCrime'
  | 'referCriminal'
  | 'recordReferralResponse'
  | 'finishInvestigation'
  | 'requestAssistance';

export type CorrectionAction = 'orderCorrection' | 'recordFollowUpInspection';

export type CoercionAction =
  | 'applyCoerciveMeasure'
  | 'confirmUrgentMeasure'
  | 'extendCoerciveMeasure'
  | 'releaseCoerciveMeasure'
  | 'excludePeriod';

export type NoticeAction =
  | 'issueNotice'
  | 'recordNoticeService'
  | 'recordStatement'
  | 'answerStatement'
  | 'waiveRights'
  | 'requestHearing'
  | 'scheduleHearing'
  | 'recordHearing';

export type ReviewAction = 'submitForReview' | 'recordReview' | 'recordDeliberation' | 'extendDeadline';

export type DecisionAction = 'decide' | 'serveDecision';

export type ExecutionAction =
  | 'recordPayment'
  | 'approveDeferral'
  | 'approveInstalments'
  | 'issueDemand'
  | 'applyCourtEnforcement'
  | 'enforceDecision'
  | 'recordRemedyProceeding'
  | 'recordDecisionChange'
  | 'collectOnTheSpot'
  | 'recordCashHandling';

export type SummaryAction = 'decideOnTheSpot' | 'recordSummaryService' | 'fileSummaryRecord';

export type ClosureAction = 'closeCase' | 'archiveCase';
