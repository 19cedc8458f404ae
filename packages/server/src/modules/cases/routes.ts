import type { RouteSpec } from '../../platform/route';
import { evidenceRoutes } from './routes-evidence';
import { caseCoreRoutes } from './routes-cases';
import { queueRoutes } from './routes-queues';
import { secretRoutes } from './routes-secrets';

export const caseRoutes: RouteSpec[] = [...caseCoreRoutes, ...evidenceRoutes, ...queueRoutes, ...secretRoutes];
