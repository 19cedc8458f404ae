// 审计链断裂: the audit log's hash chain or seal fails verification (platform/audit.ts walks it in
// pages). No agency answers for it: the county's supervisors are told.
import { verifyAuditChain } from '../../../platform/audit';
import type { AlertRule } from './rule';

export const auditChainBroken: AlertRule = {
  id: 'auditChainBroken',
  async find({ app, db }) {
    const report = await verifyAuditChain(db, app.keys.auditSeal);
    if (report.ok) return [];
    return [
      {
        subjectKey: 'audit_log',
        agencyId: null,
        recordType: 'auditChain',
        recordId: report.firstBroken?.seq ?? '0',
        title: `审计链校验失败：序号 ${report.firstBroken?.seq ?? '?'}，${report.firstBroken?.reason ?? ''}`,
        details: { checked: report.checked, firstBroken: report.firstBroken ?? null },
      },
    ];
  },
};
