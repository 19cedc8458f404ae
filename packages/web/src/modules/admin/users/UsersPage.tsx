import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { ROLES, ROLE_LABELS } from '@zhifa/domain';
import type { UserRow } from '@zhifa/contract';
import { useCan } from '../../../app/session';
import { formatMinute } from '../../../shared/format';
import { FilterSearch, FilterSelect } from '../../../shared/list/filters';
import { ListPage } from '../../../shared/list/ListPage';
import { useUrlParams } from '../../../shared/useUrlParams';
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
  const url = useUrlParams();
  const filter = { q: url.get('q'), agencyId: url.get('agencyId'), role: url.get('role') };
  const status = url.get('status') as UserStatus | undefined;

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
    <ListPage<UserRow>
      filters={
        <>
          <FilterSearch id="filter-q" placeholder="用户名或姓名" value={filter.q} onSearch={(v) => url.set('q', v)} />
          <FilterSelect
            id="filter-agency"
            searchable
            placeholder="全部执法主体"
            {...url.field('agencyId')}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.shortName }))}
          />
          <FilterSelect
            id="filter-role"
            placeholder="全部角色"
            {...url.field('role')}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
          <FilterSelect
            id="filter-status"
            narrow
            placeholder="全部状态"
            {...url.field('status')}
            options={STATUS_OPTIONS}
          />
        </>
      }
      actions={
        can('user:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        )
      }
      query={users}
      table={{
        columns: isMobile ? mobileColumns : desktopColumns,
        dataSource: rows,
        loading: users.isPending || (users.isFetching && !users.isPending),
        scroll: isMobile ? undefined : { x: 900 + actionsWidth },
        pagination: { defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 个用户` },
      }}
    >
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
    </ListPage>
  );
}
