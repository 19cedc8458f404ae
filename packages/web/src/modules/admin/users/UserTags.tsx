import { Tag, Tooltip } from 'antd';
import type { UserRow } from '@zhifa/contract';
import { formatDateTime } from '../../../shared/format';
import { roleColor, roleLabel } from '../../../shared/roles';
import { USER_STATUS_LABELS, userStatus } from './queries';

export function StatusTag({ user }: { user: UserRow }) {
  const s = userStatus(user);
  const tag = <Tag color={USER_STATUS_LABELS[s].color}>{USER_STATUS_LABELS[s].label}</Tag>;
  const idle =
    user.idleWarnedAt && !user.disabled ? (
      <Tooltip title={`${formatDateTime(user.idleWarnedAt)} 起已闲置 80 天，满 90 天未使用将自动停用`}>
        <Tag color="orange">即将因闲置停用</Tag>
      </Tooltip>
    ) : null;
  return (
    <>
      {s === 'locked' && user.lockedUntil ? (
        <Tooltip title={`锁定至 ${formatDateTime(user.lockedUntil)}`}>{tag}</Tooltip>
      ) : (
        tag
      )}
      {idle}
    </>
  );
}

export function RoleTags({ roles }: { roles: string[] }) {
  if (roles.length === 0) return <Tag>未授予角色</Tag>;
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
