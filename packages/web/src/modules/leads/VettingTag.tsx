import { Tag } from 'antd';
import { VETTING_TAGS } from './labels';
import type { Lead } from '@zhifa/contract';

/** A pending lead's vetting window when it warns: the domain's status, else the server's overdue flag. */
export function VettingTag({ lead }: { lead: Lead }) {
  if (lead.status !== 'pending') return null;
  const tag = VETTING_TAGS[lead.vettingStatus ?? ''] ?? (lead.overdue ? VETTING_TAGS.overdue : undefined);
  return tag ? <Tag color={tag.color}>{tag.label}</Tag> : null;
}
