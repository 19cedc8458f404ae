import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { api } from '../../../api/client';
import type { Agency, ResponseOf } from '@zhifa/contract';
import { showSuccess } from '../../../app/feedback';
import { reportFormError, useCommandKey } from '../../../shared/commands';

export function TeamModal({ open, agency, onClose }: { open: boolean; agency: Agency | null; onClose: () => void }) {
  const [form] = Form.useForm<{ teamName: string }>();
  const queryClient = useQueryClient();
  const commandKey = useCommandKey(open);

  const add = useMutation({
    mutationFn: (name: string) =>
      api.post<ResponseOf<'POST /api/agencies/:id/teams'>>(`/api/agencies/${agency!.id}/teams`, { name }, commandKey),
    onSuccess: () => {
      showSuccess('执法队已添加');
      void queryClient.invalidateQueries({ queryKey: ['agencies'] });
      onClose();
    },
    meta: { silent: true },
    onError: (err) => reportFormError(form, err),
  });

  const existing = new Set(agency?.teams.map((t) => t.name) ?? []);

  return (
    <Modal
      open={open}
      title="添加执法队"
      okText="添加"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {agency && (
        <Typography.Paragraph type="secondary">
          所属执法主体：{agency.name}
          {agency.teams.length > 0 && `（现有：${agency.teams.map((t) => t.name).join('、')}）`}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="teamForm"
        layout="vertical"
        preserve={false}
        onFinish={(v) => add.mutate(v.teamName.trim())}
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
      </Form>
    </Modal>
  );
}
