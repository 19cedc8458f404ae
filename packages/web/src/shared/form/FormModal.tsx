import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

interface Props<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  /** Prefixes the fields' ids, so labels and tests find the fields of this form. */
  name?: string;
  okText?: string;
  /** The OK button in red, for commands that take something away. */
  danger?: boolean;
  width?: number;
  /** The command is on its way: the OK button spins. */
  pending: boolean;
  onClose: () => void;
  /** Runs only after every field validated. */
  onFinish: (values: V) => void;
  initialValues?: Partial<V>;
  /** False while the initial values load: the form appears once they are there. */
  ready?: boolean;
  /** A click beside the dialog closes it; off for forms with much to type, so nothing typed is lost. */
  maskClosable?: boolean;
  /** Above the fields: what the command will do. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * The dialog around a form: 取消 closes, the OK button submits (validation first), the fields start
 * afresh at each opening (nothing is kept from a closed dialog).
 */
export function FormModal<V>({
  open,
  title,
  form,
  name,
  okText = '保存',
  danger,
  width,
  pending,
  onClose,
  onFinish,
  initialValues,
  ready = true,
  maskClosable = false,
  intro,
  children,
}: Props<V>) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={danger ? { danger } : undefined}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={width}
      mask={maskClosable ? undefined : { closable: false }}
    >
      {intro}
      {ready && (
        <Form<V>
          form={form}
          name={name}
          layout="vertical"
          preserve={false}
          initialValues={initialValues}
          onFinish={onFinish}
        >
          {children}
        </Form>
      )}
    </Modal>
  );
}
