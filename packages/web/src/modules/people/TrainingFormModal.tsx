import { Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { trainingHours } from '@zhifa/domain';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { formatHours } from './labels';
import type { TrainingInput, TrainingRecord } from '@zhifa/contract';

interface Values {
  course: string;
  provider?: string;
  date: Dayjs;
  minutes?: number | null;
  hours?: number | null;
}

export function TrainingFormModal({
  open,
  personId,
  record,
  onClose,
}: {
  open: boolean;
  personId: string;
  record: TrainingRecord | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const editing = record !== null;
  const minutes = Form.useWatch('minutes', form);
  const hours = Form.useWatch('hours', form);
  const credited = trainingHours({ ...(minutes ? { minutes } : {}), ...(hours ? { hours } : {}) });

  const save = useFormCommand({
    open,
    form,
    send: (body: TrainingInput, key) =>
      editing
        ? api.put(`/api/training/${record.id}`, body, key)
        : api.post(`/api/people/${personId}/training`, body, key),
    success: '培训记录已保存',
    refresh: ['people'],
    onClose,
    fields: { TRAINING_DURATION_REQUIRED: 'minutes', TRAINING_IN_FUTURE: 'date' },
  });

  const submit = (v: Values) =>
    save.mutate({
      course: v.course.trim(),
      provider: v.provider?.trim() || null,
      date: v.date.format('YYYY-MM-DD'),
      minutes: v.minutes ?? null,
      hours: v.hours ?? null,
    });

  const initial: Partial<Values> = record
    ? {
        course: record.course,
        provider: record.provider ?? undefined,
        date: dayjs(record.date),
        minutes: record.minutes,
        hours: record.hours,
      }
    : { date: dayjs() };

  return (
    <FormModal
      open={open}
      title={editing ? '修改培训记录' : '登记培训记录'}
      form={form}
      name="trainingForm"
      pending={save.isPending}
      onClose={onClose}
      initialValues={initial}
      onFinish={submit}
    >
      <Form.Item
        name="course"
        label="培训内容"
        rules={[{ required: true, whitespace: true, message: '请输入培训内容' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="provider" label="组织单位">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="date" label="培训日期" rules={[{ required: true, message: '请选择培训日期' }]}>
            <DatePicker className="full-width" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="minutes"
            label="培训时长（分钟）"
            dependencies={['hours']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: number | null | undefined) => {
                  if (!value && !getFieldValue('hours')) throw new Error('培训时长（分钟）和学时至少填写一项');
                },
              }),
            ]}
          >
            <InputNumber min={1} max={100000} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="hours" label="学时">
            <InputNumber min={0.01} max={1000} step={0.5} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">
        计入学时：{formatHours(credited)}（填写学时时以学时为准；只填分钟时按 45 分钟折合 1 学时）
      </Typography.Text>
    </FormModal>
  );
}
