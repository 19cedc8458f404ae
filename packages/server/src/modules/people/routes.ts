import type { RouteSpec } from '../../platform/route';

export const peopleRoutes: RouteSpec[] = [];
