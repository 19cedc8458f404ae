import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ROLES, ROLE_LABELS } from '@zhifa/domain';
import type { UserRow } from '@zhifa/contract';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../shared/QueryError';
import { formatMinute } from '../../../shared/format';
import { useIsMobile } from '../../../shared/useIsMobile';
import { useAgencies } from '../agencies/queries';
import { CreateUserModal } from './CreateUserModal';
import { USER_STATUS_LABELS, userStatus, useUsers, type UserStatus } from './queries';
import { UserActions } from './UserActions';
import { RoleTags, SecondFactorTag, StatusTag } from './UserTags';
import { RolesModal } from './RolesModal';
import { useUserActions } from './useUserActions';

const STATUS_OPTIONS = (Object.keys(USER_STATUS_LABELS) as UserStatus[]).map((s) => ({
  value: s,
  label: USER_STATUS_LABELS[s].label,
}));

export default function UsersPage() {
  const can = useCan();
  // Filters live in the address so a link (e.g. the workbench's "locked accounts") can preset them.
  const [params, setParams] = useSearchParams();
  const filter = {
    q: params.get('q') ?? undefined,
    agencyId: params.get('agencyId') ?? undefined,
    role: params.get('role') ?? undefined,
  };
  const status = (params.get('status') as UserStatus | null) ?? undefined;
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const users = useUsers(filter);
  const agencies = useAgencies();
  const act = useUserActions();
  const isMobile = useIsMobile();
  const [creating, setCreating] = useState(false);
  const [rolesFor, setRolesFor] = useState<{ open: boolean; user: UserRow | null }>({ open: false, user: null });

  // Room for the buttons this user may see: 停用 (42) · 解锁 (42) + 重置验证码 (84) · 调整角色 (70).
  const actionsWidth =
    40 + (can('user:manage') ? 42 : 0) + (can('user:unlock') ? 126 : 0) + (can('role:assign') ? 70 : 0);
  const rows = useMemo(
    () => (users.data ?? []).filter((u) => !status || userStatus(u) === status),
    [users.data, status],
  );

  const actions = (u: UserRow) => (
    <UserActions user={u} act={act} onAdjustRoles={(user) => setRolesFor({ open: true, user })} />
  );
  const lastLogin = (v: string | null) => (v ? formatMinute(v) : '从未登录');

  const desktopColumns: ColumnsType<UserRow> = [
    {
      title: '用户名',
      dataIndex: 'username',
      width: 170,
      fixed: 'left',
      render: (v: string) => <span className="mono nowrap">{v}</span>,
    },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '所属执法主体', dataIndex: 'agencyName', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: '角色',
      dataIndex: 'roles',
      width: 180,
      render: (roles: string[]) => (
        <Space size={[4, 4]} wrap>
          <RoleTags roles={roles} />
        </Space>
      ),
    },
    { title: '状态', key: 'status', width: 80, render: (_v, u) => <StatusTag user={u} /> },
    { title: '动态验证码', dataIndex: 'totpEnabled', width: 110, render: (on: boolean) => <SecondFactorTag on={on} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 150, render: lastLogin },
    { title: '操作', key: 'actions', fixed: 'right', width: actionsWidth, render: (_v, u) => actions(u) },
  ];

  // Phones: one stacked cell per user instead of a table to scroll sideways.
  const mobileColumns: ColumnsType<UserRow> = [
    {
      title: '用户',
      key: 'user',
      render: (_v, u) => (
        <div className="m-cell">
          <div className="m-cell-head">
            <span className="cell-strong">{u.name}</span>
            <span className="mono cell-sub">{u.username}</span>
            <StatusTag user={u} />
          </div>
          <div className="cell-sub m-cell-line">
            {u.agencyName ?? '未归属执法主体'} · 最近登录 {lastLogin(u.lastLoginAt)}
          </div>
          <Space size={[4, 4]} wrap>
            <RoleTags roles={u.roles} />
            <SecondFactorTag on={u.totpEnabled} />
          </Space>
          <div className="m-cell-actions">{actions(u)}</div>
        </div>
      ),
    },
  ];

  return (
    <Card>
      <div className="table-toolbar">
        <Space wrap className="table-filters">
          <Input.Search
            id="filter-q"
            placeholder="用户名或姓名"
            allowClear
            enterButton="查询"
            defaultValue={filter.q}
            maxLength={50}
            onSearch={(v) => setParam('q', v.trim() || undefined)}
            className="filter-search"
          />
          <Select
            id="filter-agency"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部执法主体"
            value={filter.agencyId}
            onChange={(v?: string) => setParam('agencyId', v)}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.shortName }))}
            className="filter-select"
          />
          <Select
            id="filter-role"
            allowClear
            placeholder="全部角色"
            value={filter.role}
            onChange={(v?: string) => setParam('role', v)}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            className="filter-select"
          />
          <Select
            id="filter-status"
            allowClear
            placeholder="全部状态"
            value={status}
            onChange={(v?: string) => setParam('status', v)}
            options={STATUS_OPTIONS}
            className="filter-select-narrow"
          />
        </Space>
        {can('user:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        )}
      </div>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserRow>
          rowKey="id"
          columns={isMobile ? mobileColumns : desktopColumns}
          dataSource={rows}
          loading={users.isPending || (users.isFetching && !users.isPending)}
          scroll={isMobile ? undefined : { x: 900 + actionsWidth }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 个用户` }}
        />
      )}
      {can('user:manage') && (
        <CreateUserModal open={creating} agencies={agencies.data ?? []} onClose={() => setCreating(false)} />
      )}
      {can('role:assign') && (
        <RolesModal
          open={rolesFor.open}
          user={rolesFor.user}
          onClose={() => setRolesFor((r) => ({ ...r, open: false }))}
        />
      )}
    </Card>
  );
}
