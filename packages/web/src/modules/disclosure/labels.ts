import type { DisclosureSettingRow, DisclosureTaskRow } from '@zhifa/contract';

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

type NameStyle = DisclosureSettingRow['personNames'];

export const PERSON_NAME_STYLE_LABELS: Record<NameStyle, string> = {
  surname: '姓氏加“某”',
  full: '全名（地方规定要求时）',
};

export const PERSON_NAME_STYLES = Object.keys(PERSON_NAME_STYLE_LABELS) as NameStyle[];
