import { EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { showError } from '../../app/feedback';
import type { ResponseOf } from '@zhifa/contract';

/**
 * Shows the full ID number and phone on request. Every request is recorded in the audit trail
 * (the server does it), so the button asks first and the values are not cached.
 */
export function IdentityButton({ personId }: { personId: string }) {
  const [identity, setIdentity] = useState<{ idNumber: string | null; phone: string | null } | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    try {
      setIdentity(await api.get<ResponseOf<'GET /api/people/:id/identity'>>(`/api/people/${personId}/identity`));
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  };

  if (identity) {
    return (
      <Space orientation="vertical" size={0}>
        <Typography.Text className="identity-value" copyable={!!identity.idNumber}>
          身份证号：{identity.idNumber ?? '未登记'}
        </Typography.Text>
        <Typography.Text className="identity-value">电话：{identity.phone ?? '未登记'}</Typography.Text>
        <Button type="link" size="small" onClick={() => setIdentity(null)}>
          隐藏
        </Button>
      </Space>
    );
  }
  return (
    <Popconfirm
      title="查看完整身份证号与电话？"
      description="本次查看将记入审计日志。"
      okText="查看"
      cancelText="取消"
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm awaits a returned promise (OK button loading, closes when settled)
      onConfirm={load}
    >
      <Button size="small" icon={<EyeOutlined />} loading={loading}>
        查看完整身份证号
      </Button>
    </Popconfirm>
  );
}
