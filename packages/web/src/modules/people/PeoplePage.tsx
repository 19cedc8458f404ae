import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/session';
import { FilterSearch, FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { roleLabel } from '../../shared/roles';
import { useIsMobile } from '../../shared/useIsMobile';
import { urlPaging, useUrlParams } from '../../shared/useUrlParams';
import { useAgencies } from '../admin/agencies/queries';
import { CertificateStatusTag, ExpiringTag } from './CertificateTags';
import { CERTIFICATE_STATUS, POST_LABELS } from './labels';
import { PersonFormModal } from './PersonFormModal';
import { usePeople, useReminders } from './queries';
import type { CertificateSummary, PersonRow, Post } from '@zhifa/contract';
import './people.css';

const PAGE_SIZE = 20;

export default function PeoplePage() {
  const can = useCan();
  const isMobile = useIsMobile();
  const url = useUrlParams({ resetPage: true });
  const paging = urlPaging(url, PAGE_SIZE);
  const filter = {
    q: url.get('q'),
    agencyId: url.get('agencyId'),
    post: url.get('post'),
    certificateStatus: url.get('certificateStatus'),
    expiring: url.get('expiring'),
    active: url.get('active') ?? 'true',
  };

  const people = usePeople({
    ...filter,
    active: filter.active === 'all' ? undefined : filter.active,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const reminders = useReminders();
  const agencies = useAgencies();
  const [creating, setCreating] = useState(false);
  const expiring = reminders.data?.items ?? [];
  const urgent = expiring.filter((r) => r.tier === 30).length;

  const columns: ColumnsType<PersonRow> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 150,
      fixed: isMobile ? undefined : 'left',
      render: (_v, p) => (
        <span className="person-name-cell">
          <Link to={`/people/${p.id}`} className="cell-strong">
            {p.name}
          </Link>
          {p.legalReviewer && <Tag color="purple">法制审核</Tag>}
          {!p.active && <Tag>已离岗</Tag>}
        </span>
      ),
    },
    { title: '执法主体', dataIndex: 'agencyName', width: 130 },
    {
      title: '岗位',
      dataIndex: 'post',
      width: 120,
      render: (post: Post) => <Tag color={post === 'auxiliary' ? 'orange' : 'blue'}>{POST_LABELS[post]}</Tag>,
    },
    {
      title: '身份证号',
      dataIndex: 'idNumberMasked',
      width: 190,
      render: (v: string | null) => <span className="mono nowrap">{v ?? '—'}</span>,
    },
    {
      title: '执法证',
      key: 'certificate',
      width: 260,
      render: (_v, p) => (
        <div className="cert-cell">
          <Space size={4} wrap>
            <CertificateStatusTag status={p.certificateStatus} />
            <ExpiringTag tier={p.expiringTier} />
          </Space>
          {p.certificates.map((c) => (
            <Typography.Text key={c.id} type="secondary" className="cell-sub mono nowrap">
              {c.number}（至 {c.validTo}）
            </Typography.Text>
          ))}
        </div>
      ),
    },
    {
      title: '系统角色',
      dataIndex: 'roles',
      width: 160,
      render: (roles: string[]) =>
        roles.length ? roles.map(roleLabel).join('、') : <Typography.Text type="secondary">无账号</Typography.Text>,
    },
    {
      title: '电话',
      dataIndex: 'phoneMasked',
      width: 130,
      render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
    },
  ];

  return (
    <ListPage<PersonRow>
      banner={
        expiring.length > 0 && (
          <Alert
            className="people-reminder"
            type={urgent ? 'error' : 'warning'}
            showIcon
            title={`有 ${expiring.length} 本执法证将在 60 天内到期${urgent ? `，其中 ${urgent} 本在 30 天内到期` : ''}，请及时办理换证`}
            action={
              <Button size="small" onClick={() => url.set('expiring', filter.expiring ? undefined : 'true')}>
                {filter.expiring ? '显示全部' : '只看即将到期'}
              </Button>
            }
          />
        )
      }
      filters={
        <>
          <FilterSearch
            id="people-q"
            placeholder="姓名、执法证号或完整身份证号"
            value={filter.q}
            onSearch={(v) => url.set('q', v)}
          />
          <FilterSelect
            id="people-agency"
            searchable
            placeholder="全部执法主体"
            {...url.field('agencyId')}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.shortName }))}
          />
          <FilterSelect
            id="people-post"
            narrow
            placeholder="全部岗位"
            {...url.field('post')}
            options={(Object.keys(POST_LABELS) as Post[]).map((p) => ({ value: p, label: POST_LABELS[p] }))}
          />
          <FilterSelect
            id="people-cert"
            narrow
            placeholder="执法证状态"
            {...url.field('certificateStatus')}
            options={(Object.keys(CERTIFICATE_STATUS) as CertificateSummary[]).map((s) => ({
              value: s,
              label: CERTIFICATE_STATUS[s].label,
            }))}
          />
          <FilterSelect
            id="people-active"
            narrow
            clearable={false}
            value={filter.active}
            onChange={(v) => url.set('active', v === 'true' ? undefined : v)}
            options={[
              { value: 'true', label: '在岗人员' },
              { value: 'false', label: '已离岗人员' },
              { value: 'all', label: '全部人员' },
            ]}
          />
        </>
      }
      actions={
        can('person:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记人员
          </Button>
        )
      }
      query={people}
      table={{
        columns,
        dataSource: people.data?.items ?? [],
        loading: people.isPending || people.isFetching,
        scroll: { x: 1150 },
        pagination: paging.pagination(people.data?.total ?? 0, (total) => `共 ${total} 人`),
      }}
    >
      {can('person:manage') && (
        <PersonFormModal
          open={creating}
          person={null}
          agencies={agencies.data ?? []}
          onClose={() => setCreating(false)}
        />
      )}
    </ListPage>
  );
}
