import type { CertificateSummary, Post, ReminderTier } from '@zhifa/contract';

export const POST_LABELS: Record<Post, string> = { establishment: '在编执法人员', auxiliary: '执法辅助人员' };

export const CERTIFICATE_STATUS: Record<CertificateSummary, { label: string; color: string }> = {
  valid: { label: '有效', color: 'green' },
  notYetValid: { label: '尚未生效', color: 'blue' },
  suspended: { label: '已暂扣', color: 'orange' },
  expired: { label: '已过期', color: 'red' },
  revoked: { label: '已吊销', color: 'magenta' },
  none: { label: '无执法证', color: 'default' },
};

export const TIER_LABELS: Record<ReminderTier, { label: string; color: string }> = {
  30: { label: '30 天内到期', color: 'red' },
  60: { label: '60 天内到期', color: 'gold' },
};

/** Domains offered in the certificate form; others may be typed in. */
export const COMMON_DOMAINS = [
  '城市管理',
  '市场监管',
  '自然资源',
  '生态环境',
  '农业农村',
  '卫生健康',
  '应急管理',
  '文化旅游',
  '交通运输',
  '水利',
  '住房城乡建设',
  '消防',
];

export function formatHours(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}
