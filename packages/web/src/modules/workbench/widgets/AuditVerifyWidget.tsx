import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { AuditVerifyResult } from '../../admin/audit/AuditVerifyResult';
import { useAuditVerify } from '../../admin/audit/useAuditVerify';

export default function AuditVerifyWidget() {
  const verify = useAuditVerify();
  const [checkedAt, setCheckedAt] = useState<string>();
  return (
    <Card className="wb-card" title="审计链校验">
      <div className="verify-widget">
        <Typography.Paragraph type="secondary" className="verify-widget-text">
          每条审计记录都与上一条以哈希相连并加盖密封。校验会逐条核对整条链，发现被修改、删除或插入的记录。
        </Typography.Paragraph>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() =>
            verify.mutate(undefined, { onSuccess: () => setCheckedAt(dayjs().format('YYYY-MM-DD HH:mm:ss')) })
          }
        >
          校验审计链
        </Button>
      </div>
      {verify.data && (
        <div className="verify-widget-result">
          <AuditVerifyResult result={verify.data} checkedAt={checkedAt} />
        </div>
      )}
    </Card>
  );
}
