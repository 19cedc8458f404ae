import { EditOutlined, PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Agency, AgencyKind } from '@zhifa/contract';
import { useCan } from '../../../app/session';
import { FilterSearch, FilterSelect } from '../../../shared/list/filters';
import { ListPage } from '../../../shared/list/ListPage';
import { useIsMobile } from '../../../shared/useIsMobile';
import { AgencyFormModal } from './AgencyFormModal';
import { AGENCY_KIND_COLORS, AGENCY_KIND_OPTIONS, agencyKindLabel } from './labels';
import { useAgencies } from './queries';
import { TeamModal } from './TeamModal';

export default function AgenciesPage() {
  const can = useCan();
  const manage = can('agency:manage');
  const isMobile = useIsMobile();
  const [kind, setKind] = useState<AgencyKind>();
  const [q, setQ] = useState('');
  const agencies = useAgencies({ kind, q: q || undefined });
  const all = useAgencies({}, manage);
  // The record stays set while a modal closes, so its title does not change during the animation.
  const [editing, setEditing] = useState<{ open: boolean; agency: Agency | null }>({ open: false, agency: null });
  const [teamFor, setTeamFor] = useState<{ open: boolean; agency: Agency | null }>({ open: false, agency: null });

  const actions = (a: Agency) => (
    <Space size={0} wrap>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ open: true, agency: a })}>
        编辑
      </Button>
      <Button
        type="link"
        size="small"
        icon={<UsergroupAddOutlined />}
        onClick={() => setTeamFor({ open: true, agency: a })}
      >
        添加执法队
      </Button>
    </Space>
  );
  const teamTags = (teams: Agency['teams']) =>
    teams.length ? (
      <Space size={[4, 4]} wrap>
        {teams.map((t) => (
          <Tag key={t.id}>{t.name}</Tag>
        ))}
      </Space>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const columns: ColumnsType<Agency> = [
    {
      title: '名称',
      dataIndex: 'name',
      fixed: 'left',
      width: 230,
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
      width: 140,
      render: (k: AgencyKind) => <Tag color={AGENCY_KIND_COLORS[k]}>{agencyKindLabel(k)}</Tag>,
    },
    {
      title: '行政区划',
      dataIndex: 'regionName',
      width: 110,
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
      width: 180,
      render: (c: string | null) =>
        c ? <span className="mono">{c}</span> : <Typography.Text type="secondary">未填写</Typography.Text>,
    },
    { title: '机关代字', dataIndex: 'docPrefix', width: 100 },
    {
      title: '执法队',
      dataIndex: 'teams',
      width: 160,
      render: teamTags,
    },
  ];
  if (manage) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 130,
      render: (_v, a) => actions(a),
    });
  }

  // Phones: one stacked cell per agency instead of a table to scroll sideways.
  const mobileColumns: ColumnsType<Agency> = [
    {
      title: '执法主体',
      key: 'agency',
      render: (_v, a) => (
        <div className="m-cell">
          <div className="m-cell-head">
            <span className="cell-strong">{a.name}</span>
            <Tag color={AGENCY_KIND_COLORS[a.kind]}>{agencyKindLabel(a.kind)}</Tag>
          </div>
          <div className="cell-sub m-cell-line">
            {a.regionName}（<span className="mono">{a.regionCode}</span>）· 机关代字 {a.docPrefix}
          </div>
          <div className="cell-sub m-cell-line">
            统一社会信用代码：{a.creditCode ? <span className="mono">{a.creditCode}</span> : '未填写'}
          </div>
          {a.teams.length > 0 && (
            <div className="cell-sub m-cell-line">执法队：{a.teams.map((t) => t.name).join('、')}</div>
          )}
          {a.domains.length > 0 && <div className="cell-sub m-cell-line">执法领域：{a.domains.join('、')}</div>}
          {manage && <div className="m-cell-actions">{actions(a)}</div>}
        </div>
      ),
    },
  ];

  return (
    <ListPage<Agency>
      filters={
        <>
          <FilterSelect
            id="filter-kind"
            placeholder="全部类型"
            options={AGENCY_KIND_OPTIONS}
            value={kind}
            onChange={(v) => setKind(v as AgencyKind | undefined)}
          />
          <FilterSearch id="filter-q" placeholder="按名称搜索" onSearch={(v) => setQ(v ?? '')} />
        </>
      }
      actions={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, agency: null })}>
            新增执法主体
          </Button>
        )
      }
      query={agencies}
      table={{
        columns: isMobile ? mobileColumns : columns,
        dataSource: agencies.data ?? [],
        loading: agencies.isPending,
        scroll: isMobile ? undefined : { x: manage ? 1100 : 970 },
        expandable: {
          // Phones list the domains in the stacked cell instead.
          showExpandColumn: !isMobile,
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
        },
        pagination: { defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 个执法主体` },
      }}
    >
      {manage && (
        <>
          <AgencyFormModal
            open={editing.open}
            agency={editing.agency}
            agencies={all.data ?? []}
            onClose={() => setEditing((e) => ({ ...e, open: false }))}
          />
          <TeamModal
            open={teamFor.open}
            agency={teamFor.agency}
            onClose={() => setTeamFor((t) => ({ ...t, open: false }))}
          />
        </>
      )}
    </ListPage>
  );
}
