// The alerts not yet resolved that point at this case, above its tabs, for whoever may read the
// case's alerts; each names its rule and since when, and the whole list opens in the alert centre.
import { useQuery } from '@tanstack/react-query';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ResponseOf } from '@zhifa/contract';
import { ALERT_STATUS_LABELS } from '@zhifa/domain';
import { api } from '../../api/client';
import { useCan } from '../../app/session';
import { formatMinute } from '../../shared/format';

const SHOWN = 5;

function CaseAlerts({ caseId }: { caseId: string }) {
  const filter = { caseId, status: 'active', limit: SHOWN, offset: 0 };
  // Under the alert centre's key, so acknowledging or a finished run refreshes this panel too.
  const alerts = useQuery({
    queryKey: ['alerts', 'list', filter],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/alerts'>>('/api/alerts', filter, signal),
  });
  const items = alerts.data?.items ?? [];
  if (items.length === 0) return null;
  const total = alerts.data?.total ?? items.length;
  return (
    <Alert
      type="warning"
      showIcon
      className="case-alert"
      aria-label="本案预警"
      title={
        <Space>
          <span>本案有 {total} 条未消除的执法预警</span>
          <Link to={`/oversight/alerts?caseId=${caseId}`}>在预警中心查看</Link>
        </Space>
      }
      description={
        <List
          size="small"
          split={false}
          dataSource={items}
          renderItem={(a) => (
            <List.Item style={{ padding: '2px 0' }}>
              <Space wrap>
                <Tag color={a.status === 'open' ? 'red' : 'gold'}>{ALERT_STATUS_LABELS[a.status]}</Tag>
                <Typography.Text strong>{a.ruleTitle}</Typography.Text>
                <span>{a.title}</span>
                <Typography.Text type="secondary">自 {formatMinute(a.firstSeenAt)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}

export function CaseAlertsPanel({ caseId }: { caseId: string }) {
  const can = useCan();
  return can('alert:read') ? <CaseAlerts caseId={caseId} /> : null;
}
