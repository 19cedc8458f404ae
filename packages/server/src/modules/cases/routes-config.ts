import { z } from 'zod';
import { defineRead } from '../../platform/route';
import { loadCaseConfig } from '../../shared/case-config';
import { tags } from './schemas';

// The county's effective case configuration, for forms that preview the rules before a case exists
// (a new summary case); an existing case carries it in its detail.
export const caseConfigRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/case-config',
    access: 'case:read',
    summary: '本县案件办理参数（默认值与本县调整合并后的生效值，供表单预览规则）',
    tags,
    response: z.unknown().describe('CaseConfig'),
    handler: ({ app }) => loadCaseConfig(app.db),
  }),
];
