import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { PASSWORD_MIN_LENGTH, checkPassword } from '@zhifa/domain';
import { api, isApiError } from '../../api/client';
import { showSuccess } from '../../app/feedback';
import { useCurrentUser } from '../../app/session';
import { reportFormError } from '../../shared/commands';
import type { ResponseOf } from '@zhifa/contract';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export default function ChangePasswordPage() {
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();

  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post<ResponseOf<'POST /api/auth/password'>>('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: (r) => {
      showSuccess(
        r.endedSessions > 0 ? `密码已修改，其他 ${r.endedSessions} 处登录已退出` : '密码已修改，下次登录请使用新密码',
      );
      form.resetFields();
    },
    meta: { silent: true },
    onError: (err) => {
      if (isApiError(err) && err.code === 'WRONG_PASSWORD')
        form.setFields([{ name: 'currentPassword', errors: [err.message] }]);
      else if (isApiError(err) && err.code === 'WEAK_PASSWORD')
        form.setFields([{ name: 'newPassword', errors: [err.message] }]);
      else reportFormError(form, err);
    },
  });

  return (
    <Card className="narrow-card">
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title="密码要求"
        description={`至少 ${PASSWORD_MIN_LENGTH} 个字符，包含大写字母、小写字母、数字、符号中的至少三类；不能包含登录名，不能使用常见或已泄露的密码。`}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => change.mutate(v)}
        requiredMark={false}
        disabled={change.isPending}
      >
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          rules={[
            { required: true, message: '请输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (!value) return;
                const result = checkPassword(value, { username: user.username });
                if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('；'));
                if (value === getFieldValue('currentPassword')) throw new Error('新密码不能与当前密码相同');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
