import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import { validateRoleSet } from '@zhifa/domain';
import { api } from '../../../api/client';
import type { ResponseOf, UserRow } from '@zhifa/contract';
import { showSuccess } from '../../../app/feedback';
import { reportFormError, useCommandKey } from '../../../shared/commands';
import { RoleChecklist } from './RoleChecklist';

export function RolesModal({ open, user, onClose }: { open: boolean; user: UserRow | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: string[] }>();
  const queryClient = useQueryClient();
  const commandKey = useCommandKey(open);

  const save = useMutation({
    mutationFn: (roles: string[]) =>
      api.put<ResponseOf<'PUT /api/users/:id/roles'>>(`/api/users/${user!.id}/roles`, { roles }, commandKey),
    onSuccess: () => {
      showSuccess(`已调整 ${user!.name} 的角色`);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    meta: { silent: true },
    onError: (err) => reportFormError(form, err, { INVALID_ROLES: 'roles' }),
  });

  return (
    <Modal
      open={open}
      title={user ? `调整角色：${user.name}（${user.username}）` : '调整角色'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Alert
        type="info"
        showIcon
        title="保存后该用户的登录会话将被注销，需重新登录后按新角色使用系统。"
        className="modal-alert"
      />
      <Form
        form={form}
        name="rolesForm"
        layout="vertical"
        preserve={false}
        initialValues={{ roles: user?.roles ?? [] }}
        onFinish={(v) => save.mutate(v.roles)}
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
      </Form>
    </Modal>
  );
}
