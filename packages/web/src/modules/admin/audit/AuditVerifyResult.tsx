import { Alert } from 'antd';
import type { AuditVerification } from '@zhifa/contract';
import { formatDateTime } from '../../../shared/format';

export function AuditVerifyResult({ result, checkedAt }: { result: AuditVerification; checkedAt?: string }) {
  const when = checkedAt ? `（校验时间 ${checkedAt}）` : '';
  const anchor = result.checkpoint
    ? `记录数不少于 ${formatDateTime(result.checkpoint.at)} 的检查点（序号 ${result.checkpoint.seq}，共 ${result.checkpoint.count} 条），`
    : '服务器上尚无检查点，无法发现末尾被删除的记录，';
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title="审计链完整"
        description={`已校验 ${result.checked} 条记录，最后序号 ${result.lastSeq ?? '—'}，${anchor}未发现篡改或缺失${when}。`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title="审计链校验未通过"
      description={
        result.firstBroken
          ? `第一处断点在序号 ${result.firstBroken.seq}：${result.firstBroken.reason}。已校验 ${result.checked} 条记录${when}。请立即报告安全管理员并保全数据库。`
          : `已校验 ${result.checked} 条记录，发现异常${when}。`
      }
    />
  );
}
