import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { documentsKey, sendCorrection, type DocumentListItem } from './api';

interface Values {
  reason: string;
}

/**
 * 更正: the issued PDF never changes; a correction draws the document again as a new version with
 * its reason, and every earlier version stays readable.
 */
export function CorrectionDialog({
  caseId,
  document,
  onClose,
}: {
  caseId: string;
  document: DocumentListItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const open = document !== null;
  const command = useFormCommand<Values, { version: number }>({
    open,
    form,
    send: (values, commandId) => sendCorrection(document!.id, { commandId, reason: values.reason.trim() }),
    success: (_v, result) => `已生成第 ${result.version} 版`,
    refresh: documentsKey(caseId),
    onClose,
  });
  return (
    <FormModal<Values>
      open={open}
      title={document ? `更正：${document.title}` : '更正'}
      form={form}
      name="correction"
      okText="生成新版本"
      pending={command.isPending}
      onClose={onClose}
      onFinish={(values) => command.mutate(values)}
      intro={
        <Alert
          type="info"
          showIcon
          className="form-hint"
          title="已出具的文书不会被改动。更正将生成新版本并记载更正理由，原版本仍可查阅。"
        />
      }
    >
      <Form.Item
        name="reason"
        label="更正理由"
        rules={[
          { required: true, whitespace: true, message: '请填写更正理由' },
          { min: 2, message: '请写明更正理由' },
          { max: 500, message: '更正理由不超过 500 字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount placeholder="例如：当事人住所笔误，应为……" />
      </Form.Item>
    </FormModal>
  );
}
