import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Input, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { ITEM_KIND_LABELS } from '@zhifa/domain';
import { useParams, useSearchParams } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { chinaToday, DECISION_KIND_COLORS, DECISION_KIND_LABELS } from './labels';
import { useAgencyHistory, useAgencyItems } from './queries';
import type { AgencyItems } from '@zhifa/contract';
import './delegation.css';

type Row = AgencyItems['items'][number];

/** One township's list on a chosen date (默认今天), exportable for the disclosure portal, and its history. */
export default function TownshipListPage() {
  const { agencyId } = useParams();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? chinaToday();
  const list = useAgencyItems(agencyId, date);
  const history = useAgencyHistory(agencyId);
  const name = list.data?.agency.name ?? history.data?.agency.name ?? '';
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const rows = (list.data?.items ?? []).filter(
    (i) => !needle || `${i.code} ${i.name} ${i.domain} ${i.departmentName}`.toLowerCase().includes(needle),
  );

  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card>
        <div className="township-head">
          <Typography.Title level={5} className="township-title">
            {name ? `${name}赋权事项清单` : '赋权事项清单'}
          </Typography.Title>
          <Space wrap>
            <span>查看某日可行使事项</span>
            <DatePicker
              id="list-date"
              allowClear={false}
              value={dayjs(date)}
              onChange={(d) =>
                d &&
                setParams(d.format('YYYY-MM-DD') === chinaToday() ? {} : { date: d.format('YYYY-MM-DD') }, {
                  replace: true,
                })
              }
            />
            <Input.Search
              id="list-q"
              allowClear
              placeholder="按编码、名称或领域筛选"
              onChange={(e) => setQ(e.target.value)}
              className="filter-search"
              maxLength={50}
            />
            <Button icon={<DownloadOutlined />} href={`/api/delegation/agencies/${agencyId}/export?date=${date}`}>
              导出公示清单
            </Button>
          </Space>
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Row>
            rowKey="code"
            loading={list.isFetching}
            dataSource={rows}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${date} 没有可行使的赋权事项`} />,
            }}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `${date} 可行使 ${t} 项` }}
            columns={[
              {
                title: '编码',
                dataIndex: 'code',
                width: 110,
                fixed: isMobile ? undefined : 'left',
                render: (c: string) => <span className="mono">{c}</span>,
              },
              { title: '事项名称', dataIndex: 'name', width: 380 },
              { title: '类型', dataIndex: 'kind', width: 100, render: (k: Row['kind']) => ITEM_KIND_LABELS[k] },
              { title: '领域', dataIndex: 'domain', width: 90 },
              { title: '原实施部门', dataIndex: 'departmentName', width: 220 },
              { title: '赋权文号', dataIndex: 'documentNo', width: 150 },
              { title: '起始日期', dataIndex: 'from', width: 110 },
            ]}
          />
        )}
      </Card>
      <Card title="赋权与收回历史">
        {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
        {history.data && history.data.decisions.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无赋权决定" />
        )}
        {history.data && history.data.decisions.length > 0 && (
          <Timeline
            items={history.data.decisions.map((d) => ({
              key: d.id,
              color: d.kind === 'revoke' ? 'red' : 'green',
              title: `${d.effectiveDate} 生效`,
              content: (
                <div>
                  <Space wrap>
                    <Tag color={DECISION_KIND_COLORS[d.kind]}>{DECISION_KIND_LABELS[d.kind]}</Tag>
                    <span className="cell-strong">{d.documentNo}</span>
                    <span>{d.title}</span>
                  </Space>
                  <div className="history-codes">
                    <Typography.Text type="secondary">
                      {d.kind === 'revoke' ? '收回' : '赋予'} {d.itemCodes.length} 项：
                      {d.itemCodes.slice(0, 12).join('、')}
                      {d.itemCodes.length > 12 ? ' 等' : ''}（公布于 {d.announcementDate}）
                    </Typography.Text>
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
