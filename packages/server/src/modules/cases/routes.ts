import type { RouteSpec } from '../../platform/route';

export const caseRoutes: RouteSpec[] = [];
