import type { RouteSpec } from '../../platform/route';

export const catalogueRoutes: RouteSpec[] = [];
