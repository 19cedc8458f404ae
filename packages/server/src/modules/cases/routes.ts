import type { RouteSpec } from '../../platform/route';
import { evidenceRoutes } from './evidence/routes-evidence';
import { caseCoreRoutes } from './routes-cases';
import { caseConfigRoutes } from './routes-config';
import { createCaseRoute, type LeadFiling } from './routes-create-case';
import { queueRoutes } from './views/routes-queues';
import { caseBenchmarkRoutes } from './views/routes-benchmark';
import { secretRoutes } from './routes-secrets';

export function caseRoutes(leads: LeadFiling): RouteSpec[] {
  return [
    createCaseRoute(leads),
    ...caseCoreRoutes,
    ...evidenceRoutes,
    ...queueRoutes,
    ...secretRoutes,
    ...caseConfigRoutes,
    ...caseBenchmarkRoutes,
  ];
}
