import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { checkPassword } from '@zhifa/domain';
import { api } from '../../../api/client';
import type { Agency, NewUserInput } from '@zhifa/contract';
import { FormModal } from '../../../shared/form/FormModal';
import { useFormCommand } from '../../../shared/form/useFormCommand';

// Same pattern as the server's username schema (the server re-checks; this only saves a round trip).
const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;

interface Values extends NewUserInput {
  confirmPassword: string;
}

export function CreateUserModal({
  open,
  agencies,
  onClose,
}: {
  open: boolean;
  agencies: Agency[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();

  const create = useFormCommand({
    open,
    form,
    send: (body: NewUserInput, key) => api.post<{ id: string }>('/api/users', body, key),
    success: (body) =>
      `用户 ${body.username} 已创建，尚无角色：请安全管理员授予角色，并将初始密码当面或以安全方式告知本人`,
    refresh: ['users'],
    onClose,
    fields: { USERNAME_TAKEN: 'username', WEAK_PASSWORD: 'password', UNKNOWN_AGENCY: 'agencyId' },
  });

  // Runs only after every field validated (Form onFinish).
  const submit = ({ confirmPassword: _confirm, ...v }: Values) => {
    create.mutate({ ...v, username: v.username.trim(), name: v.name.trim() });
  };

  return (
    <FormModal
      open={open}
      title="新建用户"
      okText="创建"
      form={form}
      name="userForm"
      width={680}
      pending={create.isPending}
      onClose={onClose}
      onFinish={submit}
      intro={
        <Alert
          type="info"
          showIcon
          title="新账号不带任何角色：角色由安全管理员授予（三权分立）。"
          className="modal-alert"
        />
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="username"
            label="用户名"
            extra="3–32 位小写字母、数字、点、横线或下划线，以字母开头"
            rules={[
              { required: true, message: '请输入用户名' },
              { pattern: USERNAME, message: '用户名格式不正确' },
            ]}
          >
            <Input placeholder="如：duruan.zhangsan" autoComplete="off" maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { max: 50, message: '不超过 50 个字' },
            ]}
          >
            <Input placeholder="真实姓名" maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="agencyId" label="所属执法主体" rules={[{ required: true, message: '请选择所属执法主体' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="请选择"
              options={agencies.map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="password"
            label="初始密码"
            dependencies={['username']}
            rules={[
              { required: true, message: '请输入初始密码' },
              ({ getFieldValue }) => ({
                validator: async (_r, value: string | undefined) => {
                  if (!value) return;
                  const result = checkPassword(value, { username: getFieldValue('username') ?? '' });
                  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('；'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="confirmPassword"
            label="确认密码"
            dependencies={['password']}
            rules={[
              { required: true, message: '请再次输入密码' },
              ({ getFieldValue }) => ({
                validator: async (_r, value: string | undefined) => {
                  if (value && value !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
