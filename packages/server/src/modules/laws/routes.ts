import type { RouteSpec } from '../../platform/route';

export const lawRoutes: RouteSpec[] = [];
