import type { RouteSpec } from '../../platform/route';

export const leadRoutes: RouteSpec[] = [];
