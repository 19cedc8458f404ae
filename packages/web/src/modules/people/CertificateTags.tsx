import { Tag, Tooltip } from 'antd';
import { CERTIFICATE_STATUS, TIER_LABELS } from './labels';
import type { CertificateSummary, ReminderTier } from '@zhifa/contract';

export function CertificateStatusTag({ status }: { status: CertificateSummary }) {
  const s = CERTIFICATE_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export function ExpiringTag({ tier, daysLeft }: { tier: ReminderTier | null; daysLeft?: number }) {
  if (tier === null) return null;
  const t = TIER_LABELS[tier];
  const tag = (
    <Tag color={t.color}>{daysLeft === undefined ? t.label : daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期`}</Tag>
  );
  return daysLeft === undefined ? tag : <Tooltip title={t.label}>{tag}</Tooltip>;
}
