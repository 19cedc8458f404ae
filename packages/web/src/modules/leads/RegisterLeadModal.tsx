import { Col, Form, Input, Row, Select } from 'antd';
import type { CaseItemRef } from '@zhifa/domain';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { useInvalidateCase } from '../cases/api';
import { DateInput, required, requiredText } from '../cases/fields/inputs';
import { ItemSelect } from '../cases/fields/ItemSelect';
import { todayString } from '../cases/fields/today';
import { LEAD_SOURCES, LEAD_SOURCE_LABELS, type LeadSource } from './labels';
import type { LeadInput, ResponseOf } from '@zhifa/contract';

interface Values {
  source: LeadSource;
  receivedAt: string;
  summary: string;
  location?: string;
  partyName?: string;
  item?: CaseItemRef;
  reporter?: string;
}

/** 登记案源: where it came from, when, what was reported; vetting follows within the configured days. */
export function RegisterLeadModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidateCase();
  const save = useFormCommand({
    open,
    form,
    send: (body: LeadInput, key) => api.post<ResponseOf<'POST /api/leads'>>('/api/leads', body, key),
    success: '案源已登记',
    refresh: invalidate,
    onClose,
    fields: { INVALID_ITEM: 'item', UNKNOWN_ITEM: 'item' },
  });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ source: 'patrol', receivedAt: todayString() });
  }, [open, form]);

  const submit = (v: Values) => {
    const t = (s?: string) => s?.trim() || undefined;
    save.mutate({
      source: v.source,
      receivedAt: v.receivedAt,
      summary: v.summary.trim(),
      location: t(v.location),
      partyName: t(v.partyName),
      itemCode: v.item?.code,
      reporter: t(v.reporter),
    });
  };
  return (
    <FormModal
      open={open}
      title="登记案源"
      okText="登记"
      form={form}
      name="leadForm"
      width={640}
      pending={save.isPending}
      onClose={onClose}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="source" label="案源类型" rules={required('请选择案源类型')}>
            <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="receivedAt" label="接收（发现）日期" rules={required('请填写日期')}>
            <DateInput max={todayString()} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label="线索内容" rules={requiredText('请填写线索内容')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="location" label="地点">
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="partyName" label="涉及当事人">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="reporter" label="投诉举报人（加密保存）">
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="item" label="涉及执法事项">
        <ItemSelect />
      </Form.Item>
    </FormModal>
  );
}
