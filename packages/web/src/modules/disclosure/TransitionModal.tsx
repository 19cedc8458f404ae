import { Checkbox, Form, Input } from 'antd';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { sendTransition, type TaskDetail, type Transition } from './api';

const TEXT: Record<Transition, { title: string; ok: string; intro: string; success: string; danger?: boolean }> = {
  publish: {
    title: '发布公示',
    ok: '发布',
    intro: '发布后，任何人可通过决定书上的二维码和公示平台查看下方的公示文本。发布人将记入审计记录。',
    success: '已发布公示',
  },
  hold: {
    title: '暂缓公示',
    ok: '暂缓',
    intro: '暂缓后该决定不在公示平台显示（已发布的立即撤下），待复核放行后再发布。',
    success: '已暂缓',
    danger: true,
  },
  release: {
    title: '复核放行',
    ok: '放行',
    intro: '确认检测结果不属于应当隐去的个人信息，或暂缓原因已消除。放行后可以发布。',
    success: '已放行，可以发布',
  },
  withdraw: {
    title: '撤回公示',
    ok: '撤回',
    intro: '撤回后公开地址答复“已撤回”及下方理由（行政处罚法 第48条第2款）。撤回不可恢复。',
    success: '已撤回公示',
    danger: true,
  },
};

interface Values {
  reason?: string;
  checked?: boolean;
}

export function TransitionModal({
  task,
  kind,
  onClose,
}: {
  task: TaskDetail;
  kind: Transition | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const open = kind !== null;
  const t = TEXT[kind ?? 'publish'];
  const send = useFormCommand<Values>({
    open,
    form,
    send: (v, key) => sendTransition(task.id, kind!, kind === 'publish' ? undefined : v.reason, key),
    success: t.success,
    refresh: ['disclosure'],
    onClose,
  });
  return (
    <FormModal<Values>
      open={open}
      title={`${t.title}：${task.documentNumber}`}
      form={form}
      name="disclosure-transition"
      okText={t.ok}
      danger={t.danger}
      pending={send.isPending}
      onClose={onClose}
      onFinish={(v) => send.mutate(v)}
      intro={t.intro}
    >
      {kind === 'publish' ? (
        // Never ticked in advance: the approving user states it, deliberately (as the case forms' attestations).
        <Form.Item
          name="checked"
          valuePropName="checked"
          className="attestation-item"
          rules={[
            {
              validator: async (_r, v?: boolean) => {
                if (v !== true) throw new Error('请确认已核对公示文本');
              },
            },
          ]}
        >
          <Checkbox className="block-checkbox attestation">我已核对公示文本，其中不含应当隐去的个人信息</Checkbox>
        </Form.Item>
      ) : (
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
