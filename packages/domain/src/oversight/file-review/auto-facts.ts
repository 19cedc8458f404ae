// What the platform can check of a closed file by itself (pre-scored review items).
import type { AutoFacts } from './score';

export const DECISION_DOCUMENTS = ['penaltyDecision', 'noPenaltyDecision', 'onTheSpotDecision'] as const;

export interface FileRecord {
  procedure: 'summary' | 'ordinary';
  decided: boolean;
  /** Kinds of the documents issued in the case. */
  documentKinds: readonly string[];
  /** The case's own (not the party's) deadlines that were overdue when it closed. */
  overdueSteps: number;
  /** Officers handling the case, and how many held a certificate valid on the filing day. */
  officers: number;
  certifiedOfficers: number;
  /** The decision needed 法制审核 (行政处罚法 第58条), and a review passed before it. */
  requiresReview: boolean;
  reviewPassed: boolean;
}

export function fileAutoFacts(r: FileRecord): AutoFacts {
  const hasDecision = r.documentKinds.some((k) => (DECISION_DOCUMENTS as readonly string[]).includes(k));
  return {
    // 行政处罚法 第59条, 第61条: a decision is written and served (送达回证 in the ordinary procedure).
    documentsPresent:
      !r.decided || (hasDecision && (r.procedure === 'summary' || r.documentKinds.includes('serviceReceipt'))),
    deadlinesKept: r.overdueSteps === 0,
    // 行政处罚法 第42条: at least two officers holding enforcement certificates.
    officersCertified: r.officers >= 2 && r.certifiedOfficers === r.officers,
    reviewDone: !r.requiresReview || r.reviewPassed,
  };
}
