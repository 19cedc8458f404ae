import type { AgencyKind } from '@zhifa/contract';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  township: '乡镇人民政府',
  street: '街道办事处',
  countyDepartment: '县级行政执法部门',
  judicialBureau: '司法局',
  coordinationOffice: '党委依法治县办',
  justiceStation: '司法所',
  countyGovernment: '县级人民政府',
};

export const AGENCY_KIND_COLORS: Record<AgencyKind, string> = {
  township: 'blue',
  street: 'cyan',
  countyDepartment: 'geekblue',
  judicialBureau: 'purple',
  coordinationOffice: 'magenta',
  justiceStation: 'gold',
  countyGovernment: 'volcano',
};

export const AGENCY_KIND_OPTIONS = (Object.keys(AGENCY_KIND_LABELS) as AgencyKind[]).map((value) => ({
  value,
  label: AGENCY_KIND_LABELS[value],
}));

export function agencyKindLabel(kind: string): string {
  return AGENCY_KIND_LABELS[kind as AgencyKind] ?? kind;
}
