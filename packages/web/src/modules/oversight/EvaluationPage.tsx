import { Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvaluationView } from '@zhifa/contract';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, newIdempotencyKey } from '../../api/client';
import { showError, showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { ExportButton } from '../../shared/list/ListPage';
import { useUrlParams } from '../../shared/useUrlParams';
import { useEvaluation, useWeights } from './api';

type Agency = EvaluationView['agencies'][number];

function WeightsCard() {
  const can = useCan();
  const weights = useWeights();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<string, number> | null>(null);
  const current = draft ?? weights.data?.weights ?? {};
  const total = Object.values(current).reduce((s, n) => s + n, 0);
  const save = useMutation({
    mutationFn: () => api.put('/api/evaluation/weights', { weights: current }, newIdempotencyKey()),
    onSuccess: () => {
      showSuccess('权重已保存');
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
    onError: showError,
  });
  return (
    <Card size="small" title="指标与权重">
      <Space wrap size={24}>
        {(weights.data?.indicators ?? []).map((i) => (
          <Space key={i.key} direction="vertical" size={0}>
            <span title={i.basis}>{i.label}</span>
            <InputNumber
              disabled={!can('oversight:review')}
              min={0}
              max={100}
              value={current[i.key]}
              onChange={(n) => n !== null && setDraft({ ...current, [i.key]: n })}
            />
            <Typography.Text type="secondary" className="cell-sub">
              {i.basis}
            </Typography.Text>
          </Space>
        ))}
        {can('oversight:review') && (
          <Space direction="vertical">
            <Typography.Text type={total === 100 ? undefined : 'danger'}>合计 {total}</Typography.Text>
            <Button type="primary" disabled={!draft} loading={save.isPending} onClick={() => save.mutate()}>
              保存权重
            </Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}

export default function EvaluationPage() {
  const url = useUrlParams();
  const thisYear = dayjs().year();
  const year = Number(url.get('year')) || thisYear;
  const evaluation = useEvaluation(year);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <WeightsCard />
      <Card
        title={`${year} 年度考核评议`}
        extra={
          <Space>
            <Select
              value={year}
              onChange={(v: number) => url.set('year', v === thisYear ? undefined : String(v))}
              options={Array.from({ length: 6 }, (_x, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }))}
            />
            <ExportButton href={`/api/evaluation/export?year=${year}`} />
          </Space>
        }
      >
        <Table<Agency>
          rowKey="agencyId"
          size="small"
          pagination={false}
          loading={evaluation.isPending}
          dataSource={evaluation.data?.agencies}
          expandable={{
            expandedRowRender: (a) => (
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={a.indicators}
                columns={[
                  { title: '指标', dataIndex: 'label' },
                  { title: '权重', dataIndex: 'weight', align: 'right' },
                  { title: '分子', dataIndex: 'numerator', align: 'right' },
                  { title: '分母', dataIndex: 'denominator', align: 'right' },
                  {
                    title: '比率',
                    dataIndex: 'rate',
                    align: 'right',
                    render: (r: number | null) =>
                      r === null ? <Tag>无数据（权重分给其他指标）</Tag> : `${(r * 100).toFixed(1)}%`,
                  },
                  { title: '得分', dataIndex: 'points', align: 'right' },
                ]}
              />
            ),
          }}
          columns={[
            { title: '排名', dataIndex: 'rank', width: 70 },
            { title: '执法主体', dataIndex: 'agencyName' },
            { title: '总分', dataIndex: 'score', align: 'right', render: (v: number) => <strong>{v}</strong> },
            ...(evaluation.data?.agencies[0]?.indicators ?? []).map((i, n) => ({
              title: i.label,
              key: i.key,
              align: 'right' as const,
              render: (_v: unknown, a: Agency) => {
                const x = a.indicators[n];
                return x.rate === null ? '—' : `${(x.rate * 100).toFixed(1)}%（${x.numerator}/${x.denominator}）`;
              },
            })),
          ]}
        />
      </Card>
    </Space>
  );
}
