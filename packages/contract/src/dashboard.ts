// 监督驾驶舱: one answer per figure over a period (and optionally one agency); every row carries
// what the web needs to drill down to the list behind it.
import { z } from 'zod';
import { isoDate, uuid } from './common';

export const dashboardQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  /** One agency (乡镇、街道 or department); absent: every agency in the reader's scope. */
  agencyId: uuid.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const DASHBOARD_FIGURES = [
  'agencies',
  'domains',
  'items',
  'officers',
  'overdue',
  'reviews',
  'idle',
  'training',
  'disclosure',
] as const;
export type DashboardFigure = (typeof DASHBOARD_FIGURES)[number];
export const dashboardExportQuery = dashboardQuery.extend({ figure: z.enum(DASHBOARD_FIGURES) });

const counts = { filed: z.number(), decided: z.number(), closed: z.number(), fines: z.number() };

export const dashboardAgenciesView = z.object({
  rows: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), ...counts })),
});
export const dashboardDomainsView = z.object({ rows: z.array(z.object({ domain: z.string(), ...counts })) });
export const dashboardItemsView = z.object({
  rows: z.array(z.object({ itemCode: z.string(), itemName: z.string(), domain: z.string(), ...counts })),
});
export const dashboardOfficersView = z.object({
  rows: z.array(z.object({ personId: z.string(), name: z.string(), agencyName: z.string(), assigned: z.number() })),
});
export const dashboardOverdueView = z.object({
  asOf: z.string(),
  rows: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), steps: z.number(), cases: z.number() })),
});
export const dashboardReviewsView = z.object({
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      reviewed: z.number(),
      passed: z.number(),
      excellent: z.number(),
      passRate: z.number().nullable(),
    }),
  ),
});
export const dashboardDisclosureView = z.object({
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      due: z.number(),
      onTime: z.number(),
      late: z.number(),
      overdue: z.number(),
      onTimeRate: z.number().nullable(),
    }),
  ),
});
export const dashboardIdleView = z.object({
  asOf: z.string(),
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      delegated: z.number(),
      idle: z.number(),
      items: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
});
export const dashboardTrainingView = z.object({
  year: z.number(),
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      requirement: z.number(),
      officers: z.number(),
      short: z.number(),
    }),
  ),
});
export type DashboardAgenciesView = z.infer<typeof dashboardAgenciesView>;
export type DashboardDomainsView = z.infer<typeof dashboardDomainsView>;
export type DashboardItemsView = z.infer<typeof dashboardItemsView>;
export type DashboardOfficersView = z.infer<typeof dashboardOfficersView>;
export type DashboardOverdueView = z.infer<typeof dashboardOverdueView>;
export type DashboardReviewsView = z.infer<typeof dashboardReviewsView>;
export type DashboardIdleView = z.infer<typeof dashboardIdleView>;
export type DashboardDisclosureView = z.infer<typeof dashboardDisclosureView>;
export type DashboardTrainingView = z.infer<typeof dashboardTrainingView>;
