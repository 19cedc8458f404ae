import { Alert, Form } from 'antd';
import { validateRoleSet } from '@zhifa/domain';
import { api } from '../../../api/client';
import type { UserRow } from '@zhifa/contract';
import { FormModal } from '../../../shared/form/FormModal';
import { useFormCommand } from '../../../shared/form/useFormCommand';
import { RoleChecklist } from './RoleChecklist';

export function RolesModal({ open, user, onClose }: { open: boolean; user: UserRow | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: string[] }>();

  const save = useFormCommand({
    open,
    form,
    send: (roles: string[], key) => api.put<{ ok: true }>(`/api/users/${user!.id}/roles`, { roles }, key),
    success: `已调整 ${user?.name ?? ''} 的角色`,
    refresh: ['users'],
    onClose,
    fields: { INVALID_ROLES: 'roles' },
  });

  return (
    <FormModal
      open={open}
      title={user ? `调整角色：${user.name}（${user.username}）` : '调整角色'}
      form={form}
      name="rolesForm"
      width={640}
      maskClosable
      pending={save.isPending}
      onClose={onClose}
      initialValues={{ roles: user?.roles ?? [] }}
      onFinish={(v) => save.mutate(v.roles)}
      intro={
        <Alert
          type="info"
          showIcon
          title="保存后该用户的登录会话将被注销，需重新登录后按新角色使用系统。"
          className="modal-alert"
        />
      }
    >
      <Form.Item
        name="roles"
        label="角色"
        extra="不选任何角色即取消全部角色，账号保留但无法登录。"
        rules={[
          {
            validator: async (_r, roles: string[] | undefined) => {
              if (!roles || roles.length === 0) return;
              const result = validateRoleSet(roles);
              if (!result.ok) throw new Error(result.message);
            },
          },
        ]}
      >
        <RoleChecklist includeAdminRoles={false} />
      </Form.Item>
    </FormModal>
  );
}
