import { Form, Input, Typography } from 'antd';
import { api } from '../../../api/client';
import type { Agency } from '@zhifa/contract';
import { FormModal } from '../../../shared/form/FormModal';
import { useFormCommand } from '../../../shared/form/useFormCommand';

export function TeamModal({ open, agency, onClose }: { open: boolean; agency: Agency | null; onClose: () => void }) {
  const [form] = Form.useForm<{ teamName: string }>();

  const add = useFormCommand({
    open,
    form,
    send: (name: string, key) => api.post<{ id: string }>(`/api/agencies/${agency!.id}/teams`, { name }, key),
    success: '执法队已添加',
    refresh: ['agencies'],
    onClose,
  });

  const existing = new Set(agency?.teams.map((t) => t.name) ?? []);

  return (
    <FormModal
      open={open}
      title="添加执法队"
      okText="添加"
      form={form}
      name="teamForm"
      maskClosable
      pending={add.isPending}
      onClose={onClose}
      onFinish={(v) => add.mutate(v.teamName.trim())}
      intro={
        agency && (
          <Typography.Paragraph type="secondary">
            所属执法主体：{agency.name}
            {agency.teams.length > 0 && `（现有：${agency.teams.map((t) => t.name).join('、')}）`}
          </Typography.Paragraph>
        )
      }
    >
      <Form.Item
        name="teamName"
        label="执法队名称"
        rules={[
          { required: true, whitespace: true, message: '请输入执法队名称' },
          { max: 50, message: '不超过 50 个字' },
          {
            validator: async (_r, v: string | undefined) => {
              if (v && existing.has(v.trim())) throw new Error('该执法主体已有同名执法队');
            },
          },
        ]}
      >
        <Input placeholder="如：杜阮镇综合行政执法队" maxLength={50} />
      </Form.Item>
    </FormModal>
  );
}
