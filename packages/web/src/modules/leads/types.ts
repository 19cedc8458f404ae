import type { LeadSource, LeadStatus } from './labels';

export interface Lead {
  id: string;
  number: string;
  source: LeadSource;
  sourceLabel: string;
  receivedAt: string;
  summary: string;
  location: string | null;
  partyName: string | null;
  itemCode: string | null;
  itemName: string | null;
  status: LeadStatus;
  statusLabel?: string;
  vetDue: string | null;
  /** leadVettingStatus(): 'open' | 'dueSoon' | 'escalate' | 'overdue' | 'vetted' | 'unknown'. */
  vettingStatus?: string;
  overdue: boolean;
  caseId: string | null;
  mergedInto?: string | null;
  closeReason?: string | null;
  agencyId: string;
}

export interface LeadDetail extends Lead {
  history: {
    seq: number;
    at: string;
    actorName: string | null;
    event: string;
    eventLabel: string;
    details?: unknown;
  }[];
}

export interface LeadInput {
  source: LeadSource;
  receivedAt: string;
  summary: string;
  location?: string;
  partyName?: string;
  itemCode?: string;
  reporter?: string;
}
