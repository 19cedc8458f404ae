export const LEAD_SOURCES = ['inspection', 'complaint', 'hotline', 'transfer', 'patrol', 'monitoring'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  inspection: '日常检查',
  complaint: '投诉举报',
  hotline: '12345 热线',
  transfer: '其他机关移送',
  patrol: '巡查发现',
  monitoring: '非现场监测',
};

export type LeadStatus = 'pending' | 'filed' | 'closed' | 'merged';

export const LEAD_STATUS: Record<LeadStatus, { label: string; color: string }> = {
  pending: { label: '待核查', color: 'orange' },
  filed: { label: '已立案', color: 'green' },
  closed: { label: '不予立案', color: 'default' },
  merged: { label: '已合并', color: 'purple' },
};
