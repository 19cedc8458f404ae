import { Button, Card, Descriptions, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useCan } from '../../app/session';
import { formatMinute } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import '../cases/cases.css';
import { useLead } from './api';
import { LEAD_STATUS } from './labels';
import { ComplaintPanel } from './ComplaintPanel';
import { VetLeadDrawer } from './VetLeadDrawer';
import { VettingTag } from './VettingTag';

/** One lead: what was reported, its vetting window, what happened to it, and the 核查 button. */
export default function LeadDetailPage() {
  const { id } = useParams();
  const can = useCan();
  const isMobile = useIsMobile();
  const lead = useLead(id);
  const [vetting, setVetting] = useState(false);
  if (lead.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (lead.isError)
    return (
      <Card>
        <QueryError error={lead.error} onRetry={() => void lead.refetch()} />
      </Card>
    );
  const l = lead.data;
  return (
    <Space orientation="vertical" size={12} className="full-width">
      <Card
        title={<span className="mono">{l.number}</span>}
        extra={
          l.status === 'pending' && can('lead:manage') ? (
            <Button type="primary" onClick={() => setVetting(true)}>
              核查
            </Button>
          ) : l.caseId ? (
            <Link to={`/cases/${l.caseId}`}>查看案件</Link>
          ) : null
        }
      >
        <Descriptions size="small" column={isMobile ? 1 : 2}>
          <Descriptions.Item label="状态">
            <Space size={4} wrap>
              <Tag color={LEAD_STATUS[l.status]?.color}>{l.statusLabel ?? LEAD_STATUS[l.status]?.label}</Tag>
              <VettingTag lead={l} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="来源">{l.sourceLabel}</Descriptions.Item>
          <Descriptions.Item label="接收日期">{l.receivedAt}</Descriptions.Item>
          <Descriptions.Item label="核查期限">{l.vetDue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="涉及当事人">{l.partyName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="执法事项">{l.itemName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="地点" span={isMobile ? 1 : 2}>
            {l.location ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="线索内容" span={isMobile ? 1 : 2}>
            {l.summary}
          </Descriptions.Item>
          {l.closeReason && (
            <Descriptions.Item label="处理理由" span={isMobile ? 1 : 2}>
              {l.closeReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {l.source === 'complaint' && <ComplaintPanel leadId={l.id} />}
      <Card title="处理记录" size="small">
        {l.history.length ? (
          <Timeline
            items={l.history.map((h) => ({
              key: h.seq,
              content: (
                <div>
                  <Typography.Text strong>{h.eventLabel}</Typography.Text>
                  <div className="cell-sub">
                    {h.actorName ?? '—'} · <span className="mono">{formatMinute(h.at)}</span>
                  </div>
                </div>
              ),
            }))}
          />
        ) : (
          <Typography.Text type="secondary">尚无处理记录</Typography.Text>
        )}
      </Card>
      <VetLeadDrawer lead={vetting ? l : null} onClose={() => setVetting(false)} />
    </Space>
  );
}
