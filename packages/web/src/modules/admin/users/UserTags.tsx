import { Tag, Tooltip } from 'antd';
import type { UserRow } from '../../../api/types';
import { formatDateTime } from '../../../shared/format';
import { roleColor, roleLabel } from '../../../shared/roles';
import { USER_STATUS_LABELS, userStatus } from './queries';

export function StatusTag({ user }: { user: UserRow }) {
  const s = userStatus(user);
  const tag = <Tag color={USER_STATUS_LABELS[s].color}>{USER_STATUS_LABELS[s].label}</Tag>;
  return s === 'locked' && user.lockedUntil ? <Tooltip title={`锁定至 ${formatDateTime(user.lockedUntil)}`}>{tag}</Tooltip> : tag;
}

export function RoleTags({ roles }: { roles: string[] }) {
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color={roleColor(r)}>
          {roleLabel(r)}
        </Tag>
      ))}
    </>
  );
}

export function SecondFactorTag({ on }: { on: boolean }) {
  return on ? <Tag color="green">已绑定</Tag> : <Tag>未绑定</Tag>;
}
