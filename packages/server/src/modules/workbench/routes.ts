import type { RouteSpec } from '../../platform/route';

export const workbenchRoutes: RouteSpec[] = [];
