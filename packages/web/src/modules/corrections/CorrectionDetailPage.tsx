import { Button, Card, Descriptions, Form, Input, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CORRECTION_STATUS_LABELS } from '@zhifa/domain';
import { api } from '../../api/client';
import { useCan } from '../../app/session';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { QueryError } from '../../shared/QueryError';
import { STATUS_COLORS, useCorrection } from './queries';

const ACTION_LABELS: Record<string, string> = { issue: '制发', reply: '回复', accept: '认可', return: '退回' };

function ReplyModal({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useFormCommand<{ reply: string }>({
    open,
    form,
    send: (v, key) => api.post(`/api/correction-notices/${id}/reply`, v, key),
    success: '已回复，等待监督机关审查',
    refresh: ['corrections'],
    onClose,
  });
  return (
    <FormModal<{ reply: string }>
      open={open}
      title="回复整改情况"
      form={form}
      name="reply-correction"
      okText="提交回复"
      pending={reply.isPending}
      onClose={onClose}
      onFinish={(v) => reply.mutate(v)}
    >
      <Form.Item name="reply" label="整改情况" rules={[{ required: true, message: '请填写整改情况' }, { max: 5000 }]}>
        <Input.TextArea rows={5} />
      </Form.Item>
    </FormModal>
  );
}

function ReviewModal({
  id,
  decision,
  onClose,
}: {
  id: string;
  decision: 'accept' | 'return' | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const review = useFormCommand<{ note?: string }>({
    open: decision !== null,
    form,
    send: (v, key) =>
      api.post(`/api/correction-notices/${id}/review`, { decision, ...(v.note ? { note: v.note } : {}) }, key),
    success: decision === 'accept' ? '已认可整改' : '已退回，请执法主体重新整改',
    refresh: ['corrections'],
    onClose,
  });
  return (
    <FormModal<{ note?: string }>
      open={decision !== null}
      title={decision === 'accept' ? '认可整改' : '退回重新整改'}
      form={form}
      name="review-correction"
      okText={decision === 'accept' ? '认可' : '退回'}
      danger={decision === 'return'}
      pending={review.isPending}
      onClose={onClose}
      onFinish={(v) => review.mutate(v)}
    >
      <Form.Item
        name="note"
        label="审查意见"
        rules={decision === 'return' ? [{ required: true, message: '请写明退回理由' }, { max: 2000 }] : [{ max: 2000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

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
          <ReplyModal id={n.id} open={replying} onClose={() => setReplying(false)} />
          <ReviewModal id={n.id} decision={decision} onClose={() => setDecision(null)} />
        </>
      )}
    </Card>
  );
}
