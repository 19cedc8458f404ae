import { Button, Card, Empty, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewStandardView } from '@zhifa/contract';
import { AUTO_CHECKS, type AutoCheck } from '@zhifa/domain';
import { useState } from 'react';
import { api, newIdempotencyKey } from '../../api/client';
import { showError, showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useStandards } from './api';

type Body = ReviewStandardView['body'];

function StandardEditor({ standard }: { standard: ReviewStandardView }) {
  const can = useCan();
  const editable = can('oversight:review');
  const queryClient = useQueryClient();
  const [body, setBody] = useState<Body>(standard.body);
  const total = body.sections.flatMap((s) => s.items).reduce((sum, i) => sum + i.points, 0);
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/review-standards/${standard.id}`, { name: standard.name, body }, newIdempotencyKey()),
    onSuccess: () => {
      showSuccess('评查标准已保存');
      void queryClient.invalidateQueries({ queryKey: ['review-standards'] });
    },
    onError: showError,
  });
  const setItem = (key: string, change: Partial<Body['sections'][number]['items'][number]>) =>
    setBody({
      ...body,
      sections: body.sections.map((s) => ({
        ...s,
        items: s.items.map((i) => (i.key === key ? { ...i, ...change } : i)),
      })),
    });
  const rows = body.sections.flatMap((s) => s.items.map((i) => ({ ...i, section: s.title })));
  return (
    <Card
      title={standard.name}
      extra={
        editable && (
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
            保存
          </Button>
        )
      }
    >
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '部分', dataIndex: 'section', width: 140 },
          {
            title: '评查项目',
            dataIndex: 'title',
            render: (v: string, r) =>
              editable ? (
                <Input value={v} maxLength={200} onChange={(e) => setItem(r.key, { title: e.target.value })} />
              ) : (
                v
              ),
          },
          {
            title: '分值',
            dataIndex: 'points',
            width: 110,
            render: (v: number, r) =>
              editable ? (
                <InputNumber
                  min={0.5}
                  max={100}
                  step={0.5}
                  value={v}
                  onChange={(n) => n !== null && setItem(r.key, { points: n })}
                />
              ) : (
                v
              ),
          },
          {
            title: '评分方式',
            dataIndex: 'auto',
            width: 260,
            render: (a?: string) =>
              a ? <Tag color="blue">系统自动预评：{AUTO_CHECKS[a as AutoCheck]}</Tag> : '人工评分',
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2}>
              <Typography.Text type={total === 100 ? undefined : 'danger'}>{total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} />
          </Table.Summary.Row>
        )}
      />
      <Typography.Title level={5} className="standard-subtitle">
        否决项（任一项成立，案卷为不合格，得 0 分）
      </Typography.Title>
      <Space wrap>
        {body.vetoes.map((v) => (
          <Tag color="red" key={v.key}>
            {v.title}
          </Tag>
        ))}
      </Space>
      <Typography.Title level={5} className="standard-subtitle">
        等次
      </Typography.Title>
      <Space wrap>
        <span>优秀 ≥</span>
        <InputNumber
          disabled={!editable}
          min={1}
          max={100}
          value={body.grades.excellent}
          onChange={(n) => n !== null && setBody({ ...body, grades: { ...body.grades, excellent: n } })}
        />
        <span>合格 ≥</span>
        <InputNumber
          disabled={!editable}
          min={1}
          max={100}
          value={body.grades.pass}
          onChange={(n) => n !== null && setBody({ ...body, grades: { ...body.grades, pass: n } })}
        />
        <span>其余为不合格</span>
      </Space>
    </Card>
  );
}

export default function StandardsPage() {
  const standards = useStandards();
  if (standards.isError) return <QueryError error={standards.error} onRetry={() => void standards.refetch()} />;
  if (standards.isPending) return <Card loading />;
  if (standards.data.length === 0) return <Empty description="暂无评查标准" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {standards.data.map((s) => (
        <StandardEditor key={s.id} standard={s} />
      ))}
    </Space>
  );
}
