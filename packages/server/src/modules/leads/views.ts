// A lead as the pages show it, with its vetting window (第54条第2款; configurable 15 + 15
// working days) judged by the domain's leadVettingStatus().
import { leadVettingStatus, type Calendar, type CaseConfig } from '@zhifa/domain';
import type { LeadSource, LeadStatus } from '../../db/tables/cases';

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  inspection: '日常检查发现',
  complaint: '投诉举报',
  hotline: '12345 热线转办',
  transfer: '其他机关移送',
  patrol: '巡查发现',
  monitoring: '电子技术监控',
};

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  pending: '待核查',
  filed: '已立案',
  closed: '不予立案（已办结）',
  merged: '已合并',
};

export const LEAD_EVENT_LABELS: Record<string, string> = {
  received: '登记案源',
  filed: '申请立案',
  closed: '核查后办结',
  merged: '并入其他案源',
  mergedIn: '合并重复案源',
};

export interface LeadRow {
  id: string;
  agency_id: string;
  number: string;
  source: LeadSource;
  received_on: string;
  summary: string;
  location: string | null;
  party_name: string | null;
  item_code: string | null;
  item_name: string | null;
  status: LeadStatus;
  vet_due: string | null;
  merged_into: string | null;
  case_id: string | null;
  close_reason: string | null;
  vetted_on: string | null;
  updated_at: Date;
}

export function vetting(
  row: Pick<LeadRow, 'received_on' | 'vetted_on' | 'status'>,
  today: string,
  calendar: Calendar,
  config: CaseConfig,
) {
  try {
    const r = leadVettingStatus(
      {
        receivedOn: row.received_on,
        ...(row.status !== 'pending' ? { vettedOn: row.vetted_on ?? row.received_on } : {}),
      },
      today,
      calendar,
      config,
    );
    return {
      due: r.due as string | null,
      status: r.status as string,
      overdue: row.status === 'pending' && (r.status === 'escalate' || r.status === 'overdue'),
    };
  } catch {
    // The holiday notice for the year is not loaded: no due date rather than a guessed one.
    return { due: null, status: 'unknown', overdue: false };
  }
}

export function leadView(row: LeadRow, today: string, calendar: Calendar, config: CaseConfig) {
  const v = vetting(row, today, calendar, config);
  return {
    id: row.id,
    number: row.number,
    source: row.source,
    sourceLabel: LEAD_SOURCE_LABELS[row.source],
    receivedAt: row.received_on,
    summary: row.summary,
    location: row.location,
    partyName: row.party_name,
    itemCode: row.item_code,
    itemName: row.item_name,
    status: row.status,
    statusLabel: LEAD_STATUS_LABELS[row.status],
    vetDue: v.due ?? row.vet_due,
    vettingStatus: v.status,
    overdue: v.overdue,
    caseId: row.case_id,
    mergedInto: row.merged_into,
    closeReason: row.close_reason,
    agencyId: row.agency_id,
    updatedAt: row.updated_at.toISOString(),
  };
}

export const LEAD_COLUMNS = [
  'leads.id',
  'leads.agency_id',
  'leads.number',
  'leads.source',
  'leads.received_on',
  'leads.summary',
  'leads.location',
  'leads.party_name',
  'leads.item_code',
  'leads.item_name',
  'leads.status',
  'leads.vet_due',
  'leads.merged_into',
  'leads.case_id',
  'leads.close_reason',
  'leads.vetted_on',
  'leads.updated_at',
] as const;
