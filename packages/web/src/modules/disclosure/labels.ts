import type { DisclosureTaskRow } from '@zhifa/contract';

type Status = DisclosureTaskRow['status'];

export const STATUS_LABELS: Record<Status, string> = {
  pending: '待公示',
  held: '暂缓（待复核）',
  published: '已公示',
  withdrawn: '已撤回',
  expired: '公示期满',
  excluded: '不予公开',
};

export const STATUSES = Object.keys(STATUS_LABELS) as Status[];
