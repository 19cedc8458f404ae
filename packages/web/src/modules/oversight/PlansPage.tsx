import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewPlanView } from '@zhifa/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, newIdempotencyKey } from '../../api/client';
import { showError, showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { useAgencyOptions } from '../cases/api';
import { usePlans, useStandards } from './api';

interface PlanForm {
  name: string;
  standardId: string;
  period: [Dayjs, Dayjs];
  perAgency: number;
  agencyIds?: string[];
}

function CreatePlan({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PlanForm>();
  const standards = useStandards();
  const agencies = useAgencyOptions(open);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (v: PlanForm) =>
      api.post<{ id: string }>(
        '/api/review-plans',
        {
          name: v.name,
          standardId: v.standardId,
          closedFrom: v.period[0].format('YYYY-MM-DD'),
          closedTo: v.period[1].format('YYYY-MM-DD'),
          perAgency: v.perAgency,
          agencyIds: v.agencyIds ?? [],
        },
        newIdempotencyKey(),
      ),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['review-plans'] });
      onClose();
      void navigate(`/oversight/review-plans/${r.id}`);
    },
    onError: showError,
  });
  return (
    <Modal
      title="新建评查计划"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: `${dayjs().year()} 年度行政处罚案卷评查`,
          period: [dayjs().startOf('year'), dayjs()],
          perAgency: 3,
          standardId: standards.data?.[0]?.id,
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item name="name" label="计划名称" rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="standardId" label="评查标准" rules={[{ required: true }]}>
          <Select options={(standards.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="period" label="结案日期" rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="perAgency" label="每个执法主体抽取案卷数" rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="agencyIds" label="执法主体（不选为全部）">
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={(agencies.data ?? [])
              .filter((a) => ['township', 'street', 'countyDepartment'].includes(a.kind))
              .map((a) => ({ value: a.id, label: a.shortName || a.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DrawButton({ plan }: { plan: ReviewPlanView }) {
  const queryClient = useQueryClient();
  const draw = useMutation({
    mutationFn: () =>
      api.post<{ seed: number; candidates: number; drawn: number }>(
        `/api/review-plans/${plan.id}/draw`,
        {},
        newIdempotencyKey(),
      ),
    onSuccess: (r) => {
      showSuccess(`已从 ${r.candidates} 件结案案件中抽取 ${r.drawn} 件（随机种子 ${r.seed}）`);
      void queryClient.invalidateQueries({ queryKey: ['review-plans'] });
    },
    onError: showError,
  });
  return (
    <Button type="primary" loading={draw.isPending} onClick={() => draw.mutate()} data-testid="draw-plan">
      随机抽取案卷
    </Button>
  );
}

export default function PlansPage() {
  const can = useCan();
  const plans = usePlans();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title="评查计划"
      extra={
        can('oversight:review') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            新建评查计划
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data}
        columns={[
          {
            title: '计划',
            dataIndex: 'name',
            render: (v: string, p) => <Link to={`/oversight/review-plans/${p.id}`}>{v}</Link>,
          },
          { title: '结案日期', key: 'period', render: (_v, p) => `${p.closedFrom} 至 ${p.closedTo}` },
          { title: '每主体抽取', dataIndex: 'perAgency', width: 100 },
          {
            title: '抽取',
            key: 'draw',
            render: (_v, p) =>
              p.drawnAt ? (
                <Space>
                  <Tag color="green">已抽取 {p.files} 件</Tag>
                  <span className="cell-sub">种子 {p.seed}</span>
                </Space>
              ) : can('oversight:review') ? (
                <DrawButton plan={p} />
              ) : (
                <Tag>未抽取</Tag>
              ),
          },
          { title: '已评查', key: 'reviewed', render: (_v, p) => `${p.reviewed} / ${p.files}` },
        ]}
      />
      <CreatePlan open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
