import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { COMMON_DOMAINS } from './labels';
import type { CertificateInput, CertificateView } from '@zhifa/contract';

interface Values {
  number: string;
  issuer: string;
  domains: string[];
  validity: [Dayjs, Dayjs];
}

/** Registers a certificate for a person, or edits one (status changes have their own dialog). */
export function CertificateFormModal({
  open,
  personId,
  certificate,
  onClose,
}: {
  open: boolean;
  personId: string;
  certificate: CertificateView | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const editing = certificate !== null;

  const save = useFormCommand({
    open,
    form,
    send: (body: CertificateInput, key) =>
      editing
        ? api.put(`/api/certificates/${certificate.id}`, body, key)
        : api.post(`/api/people/${personId}/certificates`, body, key),
    success: editing ? '执法证信息已保存' : '执法证已登记',
    refresh: ['people'],
    onClose,
    fields: { DUPLICATE_CERTIFICATE_NUMBER: 'number', INVALID_VALIDITY: 'validity' },
  });

  const submit = (v: Values) =>
    save.mutate({
      number: v.number.trim(),
      issuer: v.issuer.trim(),
      domains: v.domains.map((d) => d.trim()).filter(Boolean),
      validFrom: v.validity[0].format('YYYY-MM-DD'),
      validTo: v.validity[1].format('YYYY-MM-DD'),
    });

  const initial: Partial<Values> = certificate
    ? {
        number: certificate.number,
        issuer: certificate.issuer,
        domains: certificate.domains,
        validity: [dayjs(certificate.validFrom), dayjs(certificate.validTo)],
      }
    : { issuer: '广东省人民政府', domains: [] };

  return (
    <FormModal
      open={open}
      title={editing ? `修改执法证 ${certificate.number}` : '登记行政执法证'}
      form={form}
      name="certificateForm"
      width={600}
      pending={save.isPending}
      onClose={onClose}
      initialValues={initial}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="number"
            label="执法证号"
            rules={[
              { required: true, whitespace: true, message: '请输入执法证号' },
              { min: 4, message: '至少 4 位' },
            ]}
          >
            <Input maxLength={40} className="mono" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="issuer"
            label="发证机关"
            rules={[{ required: true, whitespace: true, message: '请输入发证机关' }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="domains"
            label="执法领域"
            rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个执法领域' }]}
            extra="可选择，也可直接输入后回车"
          >
            <Select
              mode="tags"
              maxCount={20}
              options={COMMON_DOMAINS.map((d) => ({ value: d, label: d }))}
              placeholder="请选择执法领域"
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="validity" label="有效期" rules={[{ required: true, message: '请选择有效期' }]}>
            <DatePicker.RangePicker className="full-width" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
