import { healthView, readyView } from '@zhifa/contract';
import { databaseReachable } from '../../db/database';
import { migrationsCurrent } from '../../db/migrate';
import { AppError } from '../../platform/errors';
import { defineRead } from '../../platform/route';

const tags = ['系统'];

export const systemRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '存活检查',
    tags,
    response: healthView,
    handler: () => ({ status: 'ok' as const }),
  }),
  defineRead({
    method: 'GET',
    url: '/api/ready',
    access: 'public',
    summary: '就绪检查：数据库可达且迁移为最新',
    tags,
    response: readyView,
    handler: async ({ app }) => {
      if (!(await databaseReachable(app.db))) throw new AppError(503, 'DATABASE_UNREACHABLE', '数据库不可达');
      if (!(await migrationsCurrent(app.database))) throw new AppError(503, 'MIGRATIONS_PENDING', '数据库迁移未完成');
      return { status: 'ready' as const, database: app.database.kind };
    },
  }),
];
