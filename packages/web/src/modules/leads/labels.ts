import type { LeadSource, LeadStatus } from '@zhifa/contract';

export type { LeadSource, LeadStatus };

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  inspection: '日常检查',
  complaint: '投诉举报',
  hotline: '12345 热线',
  transfer: '其他机关移送',
  patrol: '巡查发现',
  monitoring: '非现场监测',
};

/** Every source of the contract (the labels' keys), in the order the forms offer them. */
export const LEAD_SOURCES = Object.keys(LEAD_SOURCE_LABELS) as LeadSource[];

export const LEAD_STATUS: Record<LeadStatus, { label: string; color: string }> = {
  pending: { label: '待核查', color: 'orange' },
  filed: { label: '已立案', color: 'green' },
  closed: { label: '不予立案', color: 'default' },
  merged: { label: '已合并', color: 'purple' },
};

/** The vetting window's state as the domain judges it (第54条第2款: 15 working days, +15 if approved). */
export const VETTING_TAGS: Record<string, { label: string; color: string } | undefined> = {
  dueSoon: { label: '核查即将到期', color: 'orange' },
  escalate: { label: '核查超期，须报批延长', color: 'red' },
  overdue: { label: '核查逾期', color: 'red' },
};
