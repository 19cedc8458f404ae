import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { DecisionDrawer } from './DecisionDrawer';
import { DECISION_KIND_COLORS, DECISION_KIND_LABELS } from './labels';
import { useDecisions } from './queries';
import type { DecisionKind, DecisionSummary } from '@zhifa/contract';

export function DecisionsTab() {
  const can = useCan();
  const [kind, setKind] = useState<DecisionKind>();
  const decisions = useDecisions({ kind });
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <div className="table-toolbar">
        <Select
          allowClear
          placeholder="全部类型"
          value={kind}
          onChange={setKind}
          className="filter-select"
          options={(Object.keys(DECISION_KIND_LABELS) as DecisionKind[]).map((k) => ({
            value: k,
            label: DECISION_KIND_LABELS[k],
          }))}
          aria-label="决定类型"
        />
        {can('delegation:manage') && (
          <Space wrap>
            <Link to="/delegations/new?kind=revoke">
              <Button>登记收回决定</Button>
            </Link>
            <Link to="/delegations/new">
              <Button type="primary" icon={<PlusOutlined />}>
                登记赋权决定
              </Button>
            </Link>
          </Space>
        )}
      </div>
      {decisions.isError ? (
        <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} />
      ) : (
        <Table<DecisionSummary>
          rowKey="id"
          loading={decisions.isFetching}
          dataSource={decisions.data ?? []}
          scroll={{ x: 1000 }}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          columns={[
            {
              title: '文号',
              dataIndex: 'documentNo',
              width: 170,
              render: (no: string, d) => (
                <Typography.Link className="cell-strong" onClick={() => setOpenId(d.id)}>
                  {no}
                </Typography.Link>
              ),
            },
            { title: '决定', dataIndex: 'title', width: 320 },
            {
              title: '类型',
              dataIndex: 'kind',
              width: 100,
              render: (k: DecisionKind) => <Tag color={DECISION_KIND_COLORS[k]}>{DECISION_KIND_LABELS[k]}</Tag>,
            },
            { title: '公布日期', dataIndex: 'announcementDate', width: 110 },
            { title: '生效日期', dataIndex: 'effectiveDate', width: 110 },
            { title: '事项数', dataIndex: 'itemCount', width: 80 },
            {
              title: '乡镇（街道）',
              dataIndex: 'targets',
              width: 260,
              render: (_t, d) =>
                d.groups.length ? (
                  <span>
                    {d.groups.join('、')}（{d.targets.length} 个）
                  </span>
                ) : (
                  d.targets.map((t) => t.name.replace(/^江门市蓬江区/, '')).join('、')
                ),
            },
          ]}
        />
      )}
      <DecisionDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
