// Competing jurisdiction (第25条).
import { ART } from '../articles';
import type { CaseStatus } from '../status';

export interface CompetingFiling {
  agencyId: string;
  /** 立案 time: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; ISO strings of one form order correctly. */
  filedAt: string;
}

export interface FirstToFileResult {
  handler: string | null;
  /** Agencies to flag: they filed later and must yield. */
  flagged: string[];
  /** Two or more filed at the same moment: no first filer, the dispute goes to the superior. */
  tie: boolean;
  article: string;
}

/** 第25条第1款: the agency that filed first handles the case; the others are flagged. */
export function resolveFirstToFile(filings: readonly CompetingFiling[]): FirstToFileResult {
  const sorted = [...filings].sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : 0));
  if (sorted.length === 0) return { handler: null, flagged: [], tie: false, article: ART.firstToFile };
  const tie = sorted.length > 1 && sorted[0].filedAt === sorted[1].filedAt;
  if (tie) return { handler: null, flagged: [], tie: true, article: ART.jurisdictionRuling };
  return {
    handler: sorted[0].agencyId,
    flagged: sorted.slice(1).map((f) => f.agencyId),
    tie: false,
    article: ART.firstToFile,
  };
}

/** 第25条第2款: once negotiation fails, the case waits for the common superior's designation. */
export function statusAfterNegotiation(negotiationFailed: boolean, current: CaseStatus): CaseStatus {
  return negotiationFailed ? 'awaitingJurisdictionRuling' : current;
}
