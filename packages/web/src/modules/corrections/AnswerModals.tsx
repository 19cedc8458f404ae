// Answering a supervisor's demand (correction notice or review rectification): the agency's reply
// and the supervisor's acceptance or return, posted to <url>/reply and <url>/review.
import { Form, Input } from 'antd';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';

export interface AnswerTarget {
  url: (id: string) => string;
  /** The query key prefix to refresh after an answer. */
  refresh: string;
  /** Who reviews the reply, as the success message names them. */
  reviewer: string;
}

export function ReplyModal({
  target,
  id,
  open,
  onClose,
}: {
  target: AnswerTarget;
  id: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useFormCommand<{ reply: string }>({
    open,
    form,
    send: (v, key) => api.post(`${target.url(id)}/reply`, v, key),
    success: `已回复，等待${target.reviewer}审查`,
    refresh: [target.refresh],
    onClose,
  });
  return (
    <FormModal<{ reply: string }>
      open={open}
      title="回复整改情况"
      form={form}
      name="reply-correction"
      okText="提交回复"
      pending={reply.isPending}
      onClose={onClose}
      onFinish={(v) => reply.mutate(v)}
    >
      <Form.Item name="reply" label="整改情况" rules={[{ required: true, message: '请填写整改情况' }, { max: 5000 }]}>
        <Input.TextArea rows={5} />
      </Form.Item>
    </FormModal>
  );
}

export function ReviewModal({
  target,
  id,
  decision,
  onClose,
}: {
  target: AnswerTarget;
  id: string;
  decision: 'accept' | 'return' | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const review = useFormCommand<{ note?: string }>({
    open: decision !== null,
    form,
    send: (v, key) => api.post(`${target.url(id)}/review`, { decision, ...(v.note ? { note: v.note } : {}) }, key),
    success: decision === 'accept' ? '已认可整改' : '已退回，请执法主体重新整改',
    refresh: [target.refresh],
    onClose,
  });
  return (
    <FormModal<{ note?: string }>
      open={decision !== null}
      title={decision === 'accept' ? '认可整改' : '退回重新整改'}
      form={form}
      name="review-correction"
      okText={decision === 'accept' ? '认可' : '退回'}
      danger={decision === 'return'}
      pending={review.isPending}
      onClose={onClose}
      onFinish={(v) => review.mutate(v)}
    >
      <Form.Item
        name="note"
        label="审查意见"
        rules={decision === 'return' ? [{ required: true, message: '请写明退回理由' }, { max: 2000 }] : [{ max: 2000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
