import { caseConfigView } from '@zhifa/contract';
import { defineRead } from '../../platform/route';
import { loadCaseConfig } from '../../shared/case-config';

// The county's effective case configuration, for forms that preview the rules before a case exists
// (a new summary case); an existing case carries it in its detail.
const tags = ['案件办理'];

export const caseConfigRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/case-config',
    access: 'case:read',
    summary: '本县案件办理参数（默认值与本县调整合并后的生效值，供表单预览规则）',
    tags,
    response: caseConfigView,
    handler: ({ app }) => loadCaseConfig(app.db),
  }),
];
