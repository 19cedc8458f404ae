import { Alert, Button, Descriptions, Drawer, Form, Input, Radio, Select, Space, Timeline } from 'antd';
import { checkInput, openingAction } from '@zhifa/domain';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client';
import { errorText, showSuccess } from '../../app/feedback';
import { formatMinute } from '../../shared/format';
import { useCommandKey } from '../../shared/commands';
import { useIsMobile } from '../../shared/useIsMobile';
import { refusalsOf } from '../cases/actions/ActionDialog';
import { RefusalList } from '../cases/actions/RefusalList';
import { FilingFields, filingInitial, filingPayload } from '../cases/actions/forms/filing';
import { useInvalidateCase } from '../cases/api';
import { useMyPerson } from '../cases/fields/people';
import { useLead, useLeads } from './api';
import { LEAD_STATUS } from './labels';
import type { Lead, ResponseOf } from '@zhifa/contract';

type Decision = 'file' | 'close' | 'merge';

/** 案源核查: 立案 (opens an ordinary case awaiting the head's approval), 不予立案 with reasons, or 合并. */
export function VetLeadDrawer({ lead, onClose }: { lead: Lead | null; onClose: () => void }) {
  const open = lead !== null;
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const me = useMyPerson();
  const invalidate = useInvalidateCase();
  const key = useCommandKey(open);
  const detail = useLead(lead?.id);
  const others = useLeads({});
  const [form] = Form.useForm();
  const decision = (Form.useWatch('decision', form) ?? 'file') as Decision;
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{ title: string; lines: { message: string; article: string }[] } | null>(null);

  useEffect(() => {
    if (!open || !lead) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({
      decision: 'file',
      ...filingInitial({ myPersonId: me?.id }),
      party: { kind: 'organisation', name: lead.partyName ?? undefined },
      item: lead.itemCode ? { code: lead.itemCode, name: lead.itemName ?? lead.itemCode } : undefined,
      facts: lead.summary,
      discoveredOn: lead.receivedAt,
      reason: '经核查，有证据初步证明存在违法行为，属于本机关管辖，且在追责时效内，依法应当给予行政处罚，建议立案。',
    });
  }, [open, lead, form, me?.id]);

  const submit = async () => {
    if (!lead) return;
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const body: Record<string, unknown> = { decision, reason: typeof v.reason === 'string' ? v.reason.trim() : '' };
    if (decision === 'merge') body.mergeInto = v.mergeInto;
    if (decision === 'file') {
      const filing = filingPayload(v, { leadId: lead.id, source: `${lead.sourceLabel}（案源 ${lead.number}）` });
      const invalid = checkInput(openingAction('ordinary'), filing);
      if (invalid.length) {
        setProblem({ title: '立案信息不完整', lines: invalid.map((m) => ({ message: m, article: '' })) });
        return;
      }
      body.filing = filing;
    }
    setSending(true);
    setProblem(null);
    try {
      const result = await api.post<ResponseOf<'POST /api/leads/:id/vet'>>(`/api/leads/${lead.id}/vet`, body, key);
      await invalidate();
      if (decision === 'file') {
        showSuccess('已提交立案申请，等待负责人审批');
        onClose();
        if (result.caseId) void navigate(`/cases/${result.caseId}`);
      } else {
        showSuccess(decision === 'close' ? '已作出不予立案的处理' : '已合并案源');
        onClose();
      }
    } catch (err) {
      const refusals = refusalsOf(err);
      if (refusals.length) setProblem({ title: '不符合立案条件', lines: refusals });
      else if (err instanceof ApiError && err.fieldErrors.length)
        setProblem({
          title: err.message,
          lines: err.fieldErrors.map((f) => ({ message: `${f.path ?? ''} ${f.message ?? ''}`.trim(), article: '' })),
        });
      else setProblem({ title: errorText(err), lines: [] });
    } finally {
      setSending(false);
    }
  };

  const mergeTargets = (others.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (l) => l.id !== lead?.id && l.status !== 'merged' && l.status !== 'closed',
  );

  return (
    <Drawer
      open={open}
      title={lead ? `核查案源 ${lead.number}` : '核查案源'}
      onClose={onClose}
      size={isMobile ? '100%' : 760}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space className="action-footer">
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={sending} onClick={() => void submit()}>
            {decision === 'file' ? '提交立案申请' : decision === 'close' ? '不予立案' : '合并'}
          </Button>
        </Space>
      }
    >
      {lead && (
        <Descriptions size="small" column={1} className="lead-facts">
          <Descriptions.Item label="来源">{lead.sourceLabel}</Descriptions.Item>
          <Descriptions.Item label="接收日期">{lead.receivedAt}</Descriptions.Item>
          <Descriptions.Item label="线索内容">{lead.summary}</Descriptions.Item>
          {lead.location && <Descriptions.Item label="地点">{lead.location}</Descriptions.Item>}
          <Descriptions.Item label="核查期限">
            {lead.vetDue ?? '—'}
            {lead.overdue && <span className="text-danger">（已超过核查期限）</span>}
          </Descriptions.Item>
          <Descriptions.Item label="状态">{LEAD_STATUS[lead.status]?.label ?? lead.status}</Descriptions.Item>
        </Descriptions>
      )}
      {detail.data?.history?.length ? (
        <Timeline
          className="lead-history"
          items={detail.data.history.map((h, i) => ({
            key: h.seq ?? i,
            content: `${formatMinute(h.at)} ${h.actorName ?? ''} ${h.eventLabel}`,
          }))}
        />
      ) : null}
      <Form form={form} layout="vertical" name="vetLead" preserve={false}>
        <Form.Item name="decision" label="核查结论">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'file', label: '立案' },
              { value: 'close', label: '不予立案' },
              { value: 'merge', label: '合并' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={decision === 'close' ? '不予立案的理由' : decision === 'merge' ? '合并的理由' : '核查意见'}
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {decision === 'merge' && (
          <Form.Item name="mergeInto" label="并入的案源" rules={[{ required: true, message: '请选择并入的案源' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={mergeTargets.map((l) => ({ value: l.id, label: `${l.number} ${l.summary.slice(0, 30)}` }))}
            />
          </Form.Item>
        )}
        {decision === 'file' && (
          <>
            <Alert
              type="info"
              showIcon
              className="form-hint"
              title="立案申请提交后由负责人审批；审批通过后进入调查取证。"
            />
            <FilingFields withSource={false} />
          </>
        )}
        {problem &&
          (problem.lines.length ? (
            <RefusalList refusals={problem.lines} title={problem.title} />
          ) : (
            <Alert type="error" showIcon title={problem.title} className="refusal-alert" />
          ))}
      </Form>
    </Drawer>
  );
}
