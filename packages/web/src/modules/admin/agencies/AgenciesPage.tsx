import { EditOutlined, PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Agency, AgencyKind } from '../../../api/types';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../shared/QueryError';
import { AgencyFormModal } from './AgencyFormModal';
import { AGENCY_KIND_COLORS, AGENCY_KIND_OPTIONS, agencyKindLabel } from './labels';
import { useAgencies } from './queries';
import { TeamModal } from './TeamModal';

export default function AgenciesPage() {
  const can = useCan();
  const manage = can('agency:manage');
  const [kind, setKind] = useState<AgencyKind>();
  const [q, setQ] = useState('');
  const agencies = useAgencies({ kind, q: q || undefined });
  const all = useAgencies({}, manage);
  // The record stays set while a modal closes, so its title does not change during the animation.
  const [editing, setEditing] = useState<{ open: boolean; agency: Agency | null }>({ open: false, agency: null });
  const [teamFor, setTeamFor] = useState<{ open: boolean; agency: Agency | null }>({ open: false, agency: null });

  const columns: ColumnsType<Agency> = [
    {
      title: '名称',
      dataIndex: 'name',
      fixed: 'left',
      width: 260,
      render: (name: string, a) => (
        <div>
          <div className="cell-strong">{name}</div>
          <Typography.Text type="secondary" className="cell-sub">
            简称：{a.shortName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 150,
      render: (k: AgencyKind) => <Tag color={AGENCY_KIND_COLORS[k]}>{agencyKindLabel(k)}</Tag>,
    },
    {
      title: '行政区划',
      dataIndex: 'regionName',
      width: 160,
      render: (name: string, a) => (
        <div>
          <div>{name}</div>
          <Typography.Text type="secondary" className="cell-sub mono">
            {a.regionCode}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      width: 200,
      render: (c: string | null) => (c ? <span className="mono">{c}</span> : <Typography.Text type="secondary">未填写</Typography.Text>),
    },
    { title: '文书机关代字', dataIndex: 'docPrefix', width: 120 },
    {
      title: '执法队',
      dataIndex: 'teams',
      width: 220,
      render: (teams: Agency['teams']) =>
        teams.length ? (
          <Space size={[4, 4]} wrap>
            {teams.map((t) => (
              <Tag key={t.id}>{t.name}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 170,
      render: (_v, a) => (
        <Space size={0} wrap>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ open: true, agency: a })}>
            编辑
          </Button>
          <Button type="link" size="small" icon={<UsergroupAddOutlined />} onClick={() => setTeamFor({ open: true, agency: a })}>
            添加执法队
          </Button>
        </Space>
      ),
    });
  }

  return (
    <Card>
      <div className="table-toolbar">
        <Space wrap className="table-filters">
          <Select
            id="filter-kind"
            allowClear
            placeholder="全部类型"
            options={AGENCY_KIND_OPTIONS}
            value={kind}
            onChange={setKind}
            className="filter-select"
          />
          <Input.Search id="filter-q" placeholder="按名称搜索" allowClear enterButton="查询" onSearch={(v) => setQ(v.trim())} className="filter-search" maxLength={50} />
        </Space>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, agency: null })}>
            新增执法主体
          </Button>
        )}
      </div>
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => agencies.refetch()} />
      ) : (
        <Table<Agency>
          rowKey="id"
          columns={columns}
          dataSource={agencies.data ?? []}
          loading={agencies.isPending}
          scroll={{ x: 1200 }}
          expandable={{
            rowExpandable: (a) => a.domains.length > 0,
            expandedRowRender: (a) => (
              <div className="expanded-detail">
                <span className="expanded-label">执法领域：</span>
                <Space size={[4, 4]} wrap>
                  {a.domains.map((d) => (
                    <Tag key={d} color="blue">
                      {d}
                    </Tag>
                  ))}
                </Space>
              </div>
            ),
          }}
          pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 个执法主体` }}
        />
      )}
      {manage && (
        <>
          <AgencyFormModal
            open={editing.open}
            agency={editing.agency}
            agencies={all.data ?? []}
            onClose={() => setEditing((e) => ({ ...e, open: false }))}
          />
          <TeamModal open={teamFor.open} agency={teamFor.agency} onClose={() => setTeamFor((t) => ({ ...t, open: false }))} />
        </>
      )}
    </Card>
  );
}
