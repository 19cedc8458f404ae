import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Skeleton, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import type { UserRow } from '@zhifa/contract';
import { QueryError } from '../../../shared/QueryError';

export default function LockedAccountsWidget() {
  const navigate = useNavigate();
  const users = useQuery({
    queryKey: ['users', {}],
    queryFn: ({ signal }) => api.get<UserRow[]>('/api/users', undefined, signal),
  });
  const locked = users.data?.filter((u) => u.locked).length ?? 0;
  return (
    <Card className="wb-card" title="账号安全">
      {users.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <div className="locked-widget">
          <Statistic
            title="当前锁定的账号"
            value={locked}
            suffix="个"
            prefix={<LockOutlined />}
            styles={{ content: { color: locked > 0 ? '#cf1322' : undefined } }}
          />
          <Button type={locked > 0 ? 'primary' : 'default'} onClick={() => void navigate('/admin/users?status=locked')}>
            {locked > 0 ? '查看并解锁' : '查看账号'}
          </Button>
        </div>
      )}
    </Card>
  );
}
