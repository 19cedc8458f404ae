import { Button, Popconfirm, Space, Typography } from 'antd';
import { isAdminRole, isRole } from '@zhifa/domain';
import type { UserRow } from '@zhifa/contract';
import { useCan, useCurrentUser } from '../../../app/session';
import type { useUserActions } from './useUserActions';

interface Props {
  user: UserRow;
  act: ReturnType<typeof useUserActions>;
  onAdjustRoles: (user: UserRow) => void;
}

/** The account actions the signed-in administrator may take on this user (三员分立). */
export function UserActions({ user: u, act, onAdjustRoles }: Props) {
  const can = useCan();
  const me = useCurrentUser();
  const self = u.id === me.id;
  const pending = act.isPending && act.variables?.user.id === u.id;
  // No administrator changes another administrator's account (三权分立): the server refuses it.
  const adminAccount = u.roles.some((r) => isRole(r) && isAdminRole(r));
  const actions = [];
  if (can('user:manage') && !self && !adminAccount) {
    actions.push(
      u.disabled ? (
        <Button
          key="enable"
          type="link"
          size="small"
          loading={pending}
          onClick={() => act.mutate({ action: 'enable', user: u })}
        >
          启用
        </Button>
      ) : (
        <Popconfirm
          key="disable"
          title={`停用 ${u.name} 的账号？`}
          description="停用后该账号立即无法登录，已登录的会话将被注销。"
          okText="停用"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() => act.mutate({ action: 'disable', user: u })}
        >
          <Button type="link" size="small" danger loading={pending}>
            停用
          </Button>
        </Popconfirm>
      ),
    );
  }
  if (can('user:unlock') && u.locked) {
    actions.push(
      <Button
        key="unlock"
        type="link"
        size="small"
        loading={pending}
        onClick={() => act.mutate({ action: 'unlock', user: u })}
      >
        解锁
      </Button>,
    );
  }
  if (can('user:unlock') && u.totpEnabled && !adminAccount) {
    actions.push(
      <Popconfirm
        key="reset"
        title={`重置 ${u.name} 的动态验证码？`}
        description="用于手机丢失或更换。重置后该用户下次登录须重新绑定。"
        okText="重置"
        cancelText="取消"
        onConfirm={() => act.mutate({ action: 'resetSecondFactor', user: u })}
      >
        <Button type="link" size="small">
          重置验证码
        </Button>
      </Popconfirm>,
    );
  }
  if (can('role:assign') && !self && !adminAccount) {
    actions.push(
      <Button key="roles" type="link" size="small" onClick={() => onAdjustRoles(u)}>
        {u.roles.length === 0 ? '授予角色' : '调整角色'}
      </Button>,
    );
  }
  return actions.length ? (
    <Space size={0} wrap>
      {actions}
    </Space>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}
