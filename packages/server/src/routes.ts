import type { RouteSpec } from './platform/route';
import { systemRoutes } from './modules/system/routes';
import { calendarRoutes } from './modules/system/calendar-routes';
import { authRoutes } from './modules/auth/routes';
import { orgRoutes } from './modules/org/routes';
import { userRoutes } from './modules/users/routes';
import { auditRoutes } from './modules/audit/routes';
import { workbenchRoutes } from './modules/workbench/routes';
import { lawRoutes } from './modules/laws/routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { benchmarkRoutes } from './modules/benchmarks/routes';
import { delegationRoutes } from './modules/delegation/routes';
import { publicListRoutes } from './modules/catalogue/routes-public-list';
import { peopleRoutes } from './modules/people/routes';
import { leadRoutes } from './modules/leads/routes';
import { caseRoutes } from './modules/cases/routes';
import { markLeadFiled } from './modules/leads/lead-events';
import { documentRoutes } from './modules/documents/routes';
import { alertRoutes } from './modules/alerts/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { correctionRoutes } from './modules/corrections/routes';
import { portalRoutes } from './modules/portal/routes';
import { disclosureRoutes } from './modules/disclosure/routes';
import { publicDecisionRoutes } from './modules/disclosure/public/routes';
import { onCaseAction } from './modules/cases/commands/after-action';
import { disclosureAfterCaseAction } from './modules/disclosure/after-case-action';

// A case command opens, updates and withdraws disclosure tasks in its own transaction.
onCaseAction(disclosureAfterCaseAction);
import { dashboardRoutes } from './modules/dashboard/routes';
import { reviewRoutes } from './modules/reviews/routes';
import { evaluationRoutes } from './modules/evaluation/routes';

/** Every HTTP route of the platform, by module. A test checks each declares its access. */
export const allRoutes: RouteSpec[] = [
  ...systemRoutes,
  ...calendarRoutes,
  ...authRoutes,
  ...orgRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...workbenchRoutes,
  ...lawRoutes,
  ...catalogueRoutes,
  ...benchmarkRoutes,
  ...delegationRoutes,
  ...publicListRoutes,
  ...peopleRoutes,
  ...leadRoutes,
  ...caseRoutes({ markFiled: markLeadFiled }),
  ...documentRoutes,
  ...alertRoutes,
  ...notificationRoutes,
  ...correctionRoutes,
  ...portalRoutes,
  ...disclosureRoutes,
  ...publicDecisionRoutes,
  ...dashboardRoutes,
  ...reviewRoutes,
  ...evaluationRoutes,
];
