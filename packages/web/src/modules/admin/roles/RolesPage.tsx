import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { PERMISSION_LIST, PERMISSIONS, type Permission } from '@zhifa/domain';
import { api } from '../../../api/client';
import type { RoleInfo } from '@zhifa/contract';
import { QueryError } from '../../../shared/QueryError';
import { useIsMobile } from '../../../shared/useIsMobile';

const SCOPES: Record<string, { label: string; color: string; help: string }> = {
  agency: { label: '本单位', color: 'blue', help: '仅本执法主体的数据' },
  region: { label: '本辖区', color: 'geekblue', help: '本单位行政区划内各执法主体的数据' },
  all: { label: '全部', color: 'green', help: '全部数据' },
};

interface Row {
  permission: Permission;
  label: string;
  scopes: Record<string, string | undefined>;
}

const ROLE_COL = 88;

export default function RolesPage() {
  const isMobile = useIsMobile();
  const permissionCol = isMobile ? 128 : 190;
  const roles = useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => api.get<RoleInfo[]>('/api/roles', undefined, signal),
    staleTime: 5 * 60_000,
  });

  const rows = useMemo<Row[]>(
    () =>
      PERMISSION_LIST.map((permission) => ({
        permission,
        label: PERMISSIONS[permission],
        scopes: Object.fromEntries(
          (roles.data ?? []).map((r) => [r.role, r.grants.find((g) => g.permission === permission)?.scope]),
        ),
      })),
    [roles.data],
  );

  const roleColumn = (r: RoleInfo): ColumnsType<Row>[number] => ({
    title: <span className="matrix-head">{r.label}</span>,
    key: r.role,
    width: ROLE_COL,
    align: 'center',
    render: (_v, row) => {
      const scope = row.scopes[r.role];
      return scope ? (
        <Tag color={SCOPES[scope]?.color}>{SCOPES[scope]?.label ?? scope}</Tag>
      ) : (
        <span className="matrix-none">—</span>
      );
    },
  });

  const data = roles.data ?? [];
  const columns: ColumnsType<Row> = [
    {
      title: '权限',
      key: 'permission',
      fixed: 'left',
      width: permissionCol,
      render: (_v, row) => (
        <div>
          <div>{row.label}</div>
          <Typography.Text type="secondary" className="cell-sub mono">
            {row.permission}
          </Typography.Text>
        </div>
      ),
    },
    { title: '业务角色', children: data.filter((r) => !r.admin).map(roleColumn) },
    { title: '管理员角色（三员分立）', children: data.filter((r) => r.admin).map(roleColumn) },
  ];

  return (
    <Card>
      <Space wrap className="matrix-legend">
        <Typography.Text type="secondary">数据范围：</Typography.Text>
        {Object.entries(SCOPES).map(([key, s]) => (
          <span key={key}>
            <Tag color={s.color}>{s.label}</Tag>
            <Typography.Text type="secondary">{s.help}</Typography.Text>
          </span>
        ))}
        <span>
          <span className="matrix-none">—</span> <Typography.Text type="secondary">无此权限</Typography.Text>
        </span>
      </Space>
      {roles.isError ? (
        <QueryError error={roles.error} onRetry={() => void roles.refetch()} />
      ) : (
        <Table<Row>
          rowKey="permission"
          size="small"
          bordered
          columns={columns}
          dataSource={rows}
          loading={roles.isPending}
          pagination={false}
          scroll={{ x: permissionCol + ROLE_COL * Math.max(data.length, 10) }}
          sticky={{ offsetHeader: 56 }}
        />
      )}
      <Typography.Paragraph type="secondary" className="matrix-note">
        角色与权限的对应关系由平台统一规定，修改须经安全评审；为用户调整角色请到“用户管理”。
      </Typography.Paragraph>
    </Card>
  );
}
