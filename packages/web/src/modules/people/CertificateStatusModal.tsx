import { Alert, Form, Input } from 'antd';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import type { CertificateAction, CertificateView } from '@zhifa/contract';

export type { CertificateAction };

const ACTIONS: Record<CertificateAction, { title: string; ok: string; danger: boolean; note: string }> = {
  suspend: {
    title: '暂扣执法证',
    ok: '暂扣',
    danger: true,
    note: '暂扣期间持证人不能作为执法人员，公开核验页显示“无效”。可恢复。',
  },
  revoke: {
    title: '吊销执法证',
    ok: '吊销',
    danger: true,
    note: '吊销后不能恢复。持证人如重新取得执法证，请登记新证。',
  },
  restore: { title: '恢复执法证', ok: '恢复', danger: false, note: '恢复后，在有效期内的执法证重新有效。' },
};

export function CertificateStatusModal({
  action,
  certificate,
  onClose,
}: {
  action: CertificateAction | null;
  certificate: CertificateView | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const open = action !== null && certificate !== null;
  const meta = action ? ACTIONS[action] : ACTIONS.suspend;

  const change = useFormCommand({
    open,
    form,
    send: (reason: string, key) => api.post(`/api/certificates/${certificate!.id}/status`, { action, reason }, key),
    success: `已${meta.ok}执法证 ${certificate?.number ?? ''}`,
    refresh: ['people'],
    onClose,
  });

  return (
    <FormModal
      open={open}
      title={`${meta.title}${certificate ? ` ${certificate.number}` : ''}`}
      okText={meta.ok}
      danger={meta.danger}
      form={form}
      name="certificateStatusForm"
      pending={change.isPending}
      onClose={onClose}
      onFinish={(v) => change.mutate(v.reason.trim())}
      intro={<Alert className="modal-alert" type={meta.danger ? 'warning' : 'info'} showIcon title={meta.note} />}
    >
      <Form.Item
        name="reason"
        label="理由"
        rules={[
          { required: true, whitespace: true, message: '请填写理由' },
          { min: 2, message: '至少 2 个字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
