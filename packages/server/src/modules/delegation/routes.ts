import type { RouteSpec } from '../../platform/route';

export const delegationRoutes: RouteSpec[] = [];
