import { z } from 'zod';
import { text } from './common';

export const AGENCY_KINDS = [
  'township',
  'street',
  'countyDepartment',
  'judicialBureau',
  'coordinationOffice',
  'justiceStation',
  'countyGovernment',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const regionView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  provisional: z.boolean(),
});
export type Region = z.infer<typeof regionView>;

export const teamView = z.object({ id: z.string(), name: z.string() });
export type Team = z.infer<typeof teamView>;

export const agencyView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(AGENCY_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  parentId: z.string().nullable(),
  creditCode: z.string().nullable(),
  docPrefix: z.string(),
  domains: z.array(z.string()),
  teams: z.array(teamView),
});
export type Agency = z.infer<typeof agencyView>;

export const listAgenciesQuery = z.strictObject({ kind: z.enum(AGENCY_KINDS).optional(), q: text(50).optional() });

export const agencyBody = z.strictObject({
  name: text(100, 2),
  shortName: text(40, 1),
  kind: z.enum(AGENCY_KINDS),
  regionCode: z.string().regex(/^\d{6}(\d{3}|\d{6})?$/, '行政区划代码应为 6、9 或 12 位数字'),
  parentId: z.string().uuid().nullable().optional(),
  creditCode: z.string().max(18).nullable().optional(),
  docPrefix: text(20, 1),
  domains: z.array(text(20, 1)).max(30).default([]),
});
export type AgencyInput = z.input<typeof agencyBody>;

export const teamBody = z.strictObject({ name: text(50, 1) });

export const regionListView = z.array(regionView);
export const agencyListView = z.array(agencyView);
