import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Agency, CaseListItem, ResponseOf } from '@zhifa/contract';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';

interface Values {
  agencyId: string;
  caseId?: string;
  subject: string;
  findings: string;
  requirement: string;
  dueOn: Dayjs;
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Issued about this case (from the case page): agency and case fixed. */
  preset?: { agencyId: string; caseId: string; caseNumber: string };
}

export function IssueCorrectionModal({ open, onClose, preset }: Props) {
  const [form] = Form.useForm<Values>();
  const agencies = useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: ({ signal }) => api.get<Agency[]>('/api/agencies', undefined, signal),
    staleTime: 300_000,
  });
  const agencyId = Form.useWatch('agencyId', form);
  const [search, setSearch] = useState('');
  const cases = useQuery({
    queryKey: ['corrections', 'case-picker', agencyId, search],
    queryFn: ({ signal }) =>
      api.get<{ items: CaseListItem[] }>('/api/cases', { agencyId, q: search || undefined, limit: 20 }, signal),
    enabled: Boolean(agencyId) && !preset,
  });
  const issue = useFormCommand<Values, ResponseOf<'POST /api/correction-notices'>>({
    open,
    form,
    send: (v, key) =>
      api.post(
        '/api/correction-notices',
        {
          agencyId: preset?.agencyId ?? v.agencyId,
          ...(preset ? { caseId: preset.caseId } : v.caseId ? { caseId: v.caseId } : {}),
          subject: v.subject,
          findings: v.findings,
          requirement: v.requirement,
          dueOn: v.dueOn.format('YYYY-MM-DD'),
        },
        key,
      ),
    success: (_v, r) => `已制发执法监督意见书 ${r.number}`,
    refresh: ['corrections'],
    onClose,
    fields: { DUE_NOT_FUTURE: 'dueOn', CASE_NOT_OF_AGENCY: 'agencyId' },
  });
  return (
    <FormModal<Values>
      open={open}
      title="制发执法监督意见书"
      form={form}
      name="issue-correction"
      okText="制发"
      width={640}
      pending={issue.isPending}
      onClose={onClose}
      onFinish={(v) => issue.mutate(v)}
      intro={preset ? <p>所涉案件：{preset.caseNumber}</p> : undefined}
    >
      {!preset && (
        <Form.Item name="agencyId" label="执法主体" rules={[{ required: true, message: '请选择执法主体' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(agencies.data ?? [])
              .filter((a) => a.kind === 'township' || a.kind === 'street' || a.kind === 'countyDepartment')
              .map((a) => ({ value: a.id, label: a.shortName }))}
          />
        </Form.Item>
      )}
      {!preset && (
        <Form.Item name="caseId" label="所涉案件（可不选：针对执法工作中的普遍问题）">
          <Select
            allowClear
            showSearch
            disabled={!agencyId}
            filterOption={false}
            onSearch={setSearch}
            placeholder={agencyId ? '输入案号或案件名称搜索' : '请先选择执法主体'}
            options={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="subject" label="事由" rules={[{ required: true, message: '请填写事由' }, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="findings"
        label="发现的问题"
        rules={[{ required: true, message: '请填写发现的问题' }, { max: 5000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="requirement"
        label="整改要求"
        rules={[{ required: true, message: '请填写整改要求' }, { max: 5000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="dueOn" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
