import { Button, Card, Descriptions, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CORRECTION_STATUS_LABELS } from '@zhifa/domain';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { ReplyModal, ReviewModal } from './AnswerModals';
import { STATUS_COLORS, useCorrection } from './queries';

const ACTION_LABELS: Record<string, string> = { issue: '制发', reply: '回复', accept: '认可', return: '退回' };
const NOTICE = { url: (id: string) => `/api/correction-notices/${id}`, refresh: 'corrections', reviewer: '监督机关' };

export default function CorrectionDetailPage() {
  const { id } = useParams<{ id: string }>();
  const can = useCan();
  const q = useCorrection(id);
  const [replying, setReplying] = useState(false);
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const n = q.data;
  return (
    <Card
      loading={q.isLoading}
      title={n ? `执法监督意见书 ${n.number}` : '执法监督意见书'}
      extra={
        n && (
          <Space>
            <Button href={`/api/correction-notices/${n.id}/pdf`} target="_blank" rel="noopener">
              打印意见书
            </Button>
            {can('correction:reply') && (n.status === 'issued' || n.status === 'returned') && (
              <Button type="primary" onClick={() => setReplying(true)}>
                回复整改情况
              </Button>
            )}
            {can('correction:issue') && n.status === 'replied' && (
              <>
                <Button type="primary" onClick={() => setDecision('accept')}>
                  认可
                </Button>
                <Button danger onClick={() => setDecision('return')}>
                  退回
                </Button>
              </>
            )}
          </Space>
        )
      }
    >
      {n && (
        <>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label="状态">
              <Tag color={STATUS_COLORS[n.status]}>{CORRECTION_STATUS_LABELS[n.status]}</Tag>
              {n.overdue && <Tag color="red">已逾期</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="整改期限">{n.dueOn}</Descriptions.Item>
            <Descriptions.Item label="制发机关">{n.issuingAgencyName}</Descriptions.Item>
            <Descriptions.Item label="执法主体">{n.agencyName}</Descriptions.Item>
            <Descriptions.Item label="所涉案件">
              {n.caseId ? <Link to={`/cases/${n.caseId}`}>{n.caseNumber}</Link> : '—（执法工作中的普遍问题）'}
            </Descriptions.Item>
            <Descriptions.Item label="制发">
              {n.issuedOn} {n.issuedByName}
            </Descriptions.Item>
            <Descriptions.Item label="事由" span={2}>
              {n.subject}
            </Descriptions.Item>
            <Descriptions.Item label="发现的问题" span={2}>
              {n.findings}
            </Descriptions.Item>
            <Descriptions.Item label="整改要求" span={2}>
              {n.requirement}
            </Descriptions.Item>
            {n.reply && (
              <Descriptions.Item label="整改回复" span={2}>
                {n.reply}（{n.repliedOn} {n.repliedByName}）
              </Descriptions.Item>
            )}
            {n.reviewNote && (
              <Descriptions.Item label="审查意见" span={2}>
                {n.reviewNote}
              </Descriptions.Item>
            )}
          </Descriptions>
          <h4 style={{ marginTop: 24 }}>办理经过</h4>
          <Timeline
            items={n.history.map((h) => ({
              children: `${h.on} ${h.by} ${ACTION_LABELS[h.action] ?? h.action}${h.text ? `：${h.text}` : ''}`,
            }))}
          />
          <ReplyModal target={NOTICE} id={n.id} open={replying} onClose={() => setReplying(false)} />
          <ReviewModal target={NOTICE} id={n.id} decision={decision} onClose={() => setDecision(null)} />
        </>
      )}
    </Card>
  );
}
