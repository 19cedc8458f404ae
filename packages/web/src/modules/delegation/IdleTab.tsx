import { Collapse, Empty, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../shared/QueryError';
import { useIdle } from './queries';
import type { IdleReport } from '@zhifa/contract';

type IdleRow = IdleReport['townships'][number]['idle'][number];

/** 零执法事项: delegated items no case and no inspection used for N months — candidates for recall. */
export function IdleTab() {
  const [months, setMonths] = useState(12);
  const report = useIdle(months);
  return (
    <>
      <div className="table-toolbar">
        <Space wrap>
          <span>统计期间：最近</span>
          <InputNumber min={1} max={120} value={months} onChange={(v) => v && setMonths(v)} aria-label="月数" />
          <span>个月无案件、无检查</span>
        </Space>
        {report.data && (
          <Typography.Text type="secondary">统计截至 {report.data.asOf}；赋权不满统计期间的事项不计入</Typography.Text>
        )}
      </div>
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Collapse
          items={report.data.townships.map((t) => ({
            key: t.agencyId,
            label: (
              <Space>
                <span className="cell-strong">{t.agencyName}</span>
                <Tag color={t.idle.length ? 'orange' : 'green'}>
                  零执法 {t.idle.length} / 已赋权 {t.delegatedCount}
                </Tag>
              </Space>
            ),
            children: t.idle.length ? (
              <Table<IdleRow>
                size="small"
                rowKey="code"
                dataSource={t.idle}
                pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
                columns={[
                  {
                    title: '编码',
                    dataIndex: 'code',
                    width: 110,
                    render: (c: string) => <span className="mono">{c}</span>,
                  },
                  { title: '事项名称', dataIndex: 'name' },
                  { title: '领域', dataIndex: 'domain', width: 90 },
                  { title: '赋权起始', dataIndex: 'delegatedFrom', width: 110 },
                  {
                    title: '最近一次使用',
                    dataIndex: 'lastUsedOn',
                    width: 120,
                    render: (d: string | null) => d ?? '从未使用',
                  },
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有零执法事项" />
            ),
          }))}
        />
      )}
    </>
  );
}
