import type { RouteSpec } from '../../platform/route';
import { certificateRoutes } from './routes-certificates';
import { personRoutes } from './routes-people';
import { reportRoutes } from './routes-reports';
import { trainingRoutes } from './routes-training';

export const peopleRoutes: RouteSpec[] = [...personRoutes, ...certificateRoutes, ...trainingRoutes, ...reportRoutes];
