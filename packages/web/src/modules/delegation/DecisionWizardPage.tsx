import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Steps,
  Tag,
  Transfer,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { isValidDocumentNumber } from '@zhifa/domain';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, newIdempotencyKey } from '../../api/client';
import { showSuccess } from '../../app/feedback';
import { applyServerErrors } from '../../shared/commands';
import { errorText } from '../../app/feedback';
import { QueryError } from '../../shared/QueryError';
import { useItems } from '../catalogue/queries';
import { DECISION_KIND_LABELS } from './labels';
import { createDecision, useDecisions, useGroups, useTownships } from './queries';
import type { AgencyItems, DecisionInput, DecisionKind } from '@zhifa/contract';
import './delegation.css';

interface Basics {
  kind: DecisionKind;
  documentNo: string;
  title: string;
  announcementDate: Dayjs;
  effectiveDate: Dayjs;
  amendsId?: string;
  note?: string;
}

interface TransferRow {
  key: string;
  code: string;
  name: string;
  domain: string;
  disabled: boolean;
  reserved: boolean;
}

const short = (name: string) => name.replace(/^江门市蓬江区/, '').replace(/人民政府$|办事处$/, '');

/** 登记赋权、补充赋权或收回决定: the announcement, then the townships, then the items, then a check. */
export default function DecisionWizardPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Basics>();
  const [step, setStep] = useState(0);
  const [basics, setBasics] = useState<Basics | null>(null);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [itemCodes, setItemCodes] = useState<string[]>([]);
  const [commandKey] = useState(newIdempotencyKey);
  const kindParam = params.get('kind');
  const initialKind: DecisionKind = kindParam === 'revoke' || kindParam === 'addItems' ? kindParam : 'delegate';
  const kind = Form.useWatch('kind', form) ?? basics?.kind ?? initialKind;

  const townships = useTownships();
  const groups = useGroups();
  const decisions = useDecisions();
  const catalogue = useItems({ limit: 1000, offset: 0, active: 'true' });

  // Townships the decision will reach: those named plus the members of the groups named.
  const reached = useMemo(() => {
    const set = new Set(agencyIds);
    for (const g of groups.data ?? []) if (groupIds.includes(g.id)) for (const m of g.members) set.add(m.agencyId);
    if (set.size === 0 && basics?.amendsId)
      for (const t of decisions.data?.find((d) => d.id === basics.amendsId)?.targets ?? []) set.add(t.agencyId);
    return [...set];
  }, [agencyIds, groupIds, groups.data, basics?.amendsId, decisions.data]);

  const effective = basics?.effectiveDate.format('YYYY-MM-DD');
  const held = useQueries({
    queries: (kind === 'revoke' && effective ? reached : []).map((id) => ({
      queryKey: ['delegation', 'agency-items', id, effective],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<AgencyItems>(`/api/delegation/agencies/${id}/items`, { date: effective }, signal),
    })),
  });

  const rows: TransferRow[] = useMemo(() => {
    if (kind === 'revoke') {
      const byCode = new Map<string, TransferRow>();
      for (const q of held)
        for (const i of q.data?.items ?? [])
          byCode.set(i.code, {
            key: i.code,
            code: i.code,
            name: i.name,
            domain: i.domain,
            disabled: false,
            reserved: i.countyReserved,
          });
      return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
    }
    return (catalogue.data?.items ?? []).map((i) => ({
      key: i.code,
      code: i.code,
      name: i.name,
      domain: i.domain,
      disabled: i.countyReserved,
      reserved: i.countyReserved,
    }));
  }, [kind, held, catalogue.data]);

  const submit = useMutation({
    mutationFn: () => {
      const b = basics!;
      const body: DecisionInput = {
        kind: b.kind,
        documentNo: b.documentNo.trim(),
        title: b.title.trim(),
        announcementDate: b.announcementDate.format('YYYY-MM-DD'),
        effectiveDate: b.effectiveDate.format('YYYY-MM-DD'),
        amendsId: b.kind === 'revoke' ? null : (b.amendsId ?? null),
        note: b.note?.trim() || null,
        agencyIds,
        groupIds,
        itemCodes,
      };
      return createDecision(body, commandKey);
    },
    onSuccess: () => {
      showSuccess(`已登记${DECISION_KIND_LABELS[basics!.kind]}决定 ${basics!.documentNo}`);
      void queryClient.invalidateQueries({ queryKey: ['delegation'] });
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      if (reached.length === 1) void navigate(`/delegations/townships/${reached[0]}?date=${effective}`);
      else void navigate('/delegations');
    },
    meta: { silent: true },
    onError: (err) => {
      // A field problem goes back to the first step next to its field; anything else (reserved
      // items, revocations of items not held) stays on screen above the steps.
      if (
        applyServerErrors(form, err, {
          DOCUMENT_NO_TAKEN: 'documentNo',
          INVALID_DOCUMENT_NO: 'documentNo',
          EFFECTIVE_BEFORE_ANNOUNCEMENT: 'effectiveDate',
          AMENDS_REQUIRED: 'amendsId',
        })
      ) {
        submit.reset();
        setStep(0);
      }
    },
  });

  const next = async () => {
    if (step === 0) {
      const v = await form.validateFields();
      setBasics(v);
      if (v.kind !== basics?.kind) setItemCodes([]);
    }
    setStep((s) => s + 1);
  };

  const canNext = step === 0 || (step === 1 && reached.length > 0) || (step === 2 && itemCodes.length > 0);
  const amendable = (decisions.data ?? []).filter((d) => d.kind !== 'revoke');

  return (
    <Card>
      <Steps
        className="wizard-steps"
        current={step}
        items={[{ title: '决定信息' }, { title: '乡镇（街道）' }, { title: '事项' }, { title: '核对并登记' }]}
      />
      {submit.isError && (
        <Alert className="form-alert" type="error" showIcon title="未能登记" description={errorText(submit.error)} />
      )}

      <div hidden={step !== 0}>
        <Form
          form={form}
          name="decisionForm"
          layout="vertical"
          initialValues={{ kind: initialKind }}
          className="narrow-form"
        >
          <Form.Item name="kind" label="决定类型" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={(Object.keys(DECISION_KIND_LABELS) as DecisionKind[]).map((k) => ({
                value: k,
                label: DECISION_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="documentNo"
            label="文号"
            extra="按 GB/T 9704 书写，如 蓬府〔2025〕12号"
            rules={[
              { required: true, whitespace: true, message: '请输入文号' },
              {
                validator: (_r, v: string | undefined) =>
                  !v || isValidDocumentNumber(v.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error('文号格式应为“机关代字〔年份〕序号号”，如 蓬府〔2025〕12号')),
              },
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="title"
            label="决定标题"
            rules={[{ required: true, whitespace: true, message: '请输入决定标题' }]}
          >
            <Input maxLength={200} placeholder="如：关于赋予镇（街道）部分县级行政执法权的决定" />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="announcementDate" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="effectiveDate"
              label="生效日期"
              dependencies={['announcementDate']}
              rules={[
                { required: true, message: '请选择生效日期' },
                ({ getFieldValue }) => ({
                  validator: (_r, v: Dayjs | undefined) => {
                    const a = getFieldValue('announcementDate') as Dayjs | undefined;
                    return !v || !a || !v.isBefore(a, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error('生效日期不能早于公布日期'));
                  },
                }),
              ]}
            >
              <DatePicker />
            </Form.Item>
          </Space>
          {kind === 'addItems' && (
            <Form.Item
              name="amendsId"
              label="补充的赋权决定"
              rules={[{ required: true, message: '请选择所补充的赋权决定' }]}
            >
              <Select options={amendable.map((d) => ({ value: d.id, label: `${d.documentNo} ${d.title}` }))} />
            </Form.Item>
          )}
          <Form.Item name="note" label="说明">
            <Input.TextArea
              maxLength={1000}
              rows={2}
              placeholder={kind === 'revoke' ? '收回原因，如评估后承接能力不足' : undefined}
            />
          </Form.Item>
        </Form>
      </div>

      {step === 1 && (
        <div>
          {(groups.isError || townships.isError) && <QueryError error={groups.error ?? townships.error} />}
          <Typography.Title level={5}>按乡镇分类（一类乡镇、一张清单）</Typography.Title>
          <Checkbox.Group
            className="target-groups"
            value={groupIds}
            onChange={(v) => setGroupIds(v)}
            options={(groups.data ?? []).map((g) => ({
              value: g.id,
              label: `${g.name}（${g.members.map((m) => short(m.name)).join('、') || '无成员'}）`,
            }))}
          />
          <Typography.Title level={5}>单独选择乡镇（街道）</Typography.Title>
          <Checkbox.Group
            value={agencyIds}
            onChange={(v) => setAgencyIds(v)}
            options={(townships.data ?? []).map((t) => ({ value: t.id, label: short(t.name) }))}
          />
          {kind === 'addItems' && (
            <Alert
              className="import-result"
              type="info"
              showIcon
              title="不选择时，补充赋权适用于所补充决定的全部乡镇（街道）"
            />
          )}
          <Typography.Paragraph type="secondary" className="import-result">
            将适用于：
            {reached.length
              ? reached.map((id) => short(townships.data?.find((t) => t.id === id)?.name ?? id)).join('、')
              : '（未选择）'}
          </Typography.Paragraph>
        </div>
      )}

      {step === 2 && (
        <div>
          {kind !== 'revoke' && (
            <Alert
              className="form-alert"
              type="info"
              showIcon
              title="县级保留事项（含吊销许可证件、责令停产停业、责令关闭、限制从业等重大处罚）不能赋权乡镇，已置灰"
            />
          )}
          {kind === 'revoke' && (
            <Alert className="form-alert" type="info" showIcon title={`列出所选乡镇在 ${effective} 可行使的事项`} />
          )}
          {catalogue.isError && <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
          <Transfer<TransferRow>
            className="wizard-transfer"
            dataSource={rows}
            targetKeys={itemCodes}
            onChange={(keys) => setItemCodes(keys as string[])}
            showSearch={{ placeholder: '搜索编码、名称或领域' }}
            filterOption={(input, item) =>
              `${item.code} ${item.name} ${item.domain}`.toLowerCase().includes(input.trim().toLowerCase())
            }
            titles={['目录中的事项', kind === 'revoke' ? '收回的事项' : '本次赋权的事项']}
            render={(item) => (
              <span className="transfer-item" title={item.name}>
                <span className="mono">{item.code}</span>
                <span>{item.name}</span>
                {item.reserved && <Tag color="magenta">县级保留</Tag>}
              </span>
            )}
            pagination={{ pageSize: 50 }}
          />
        </div>
      )}

      {step === 3 && basics && (
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label="决定类型">{DECISION_KIND_LABELS[basics.kind]}</Descriptions.Item>
          <Descriptions.Item label="文号">{basics.documentNo}</Descriptions.Item>
          <Descriptions.Item label="标题">{basics.title}</Descriptions.Item>
          <Descriptions.Item label="公布日期 / 生效日期">
            {basics.announcementDate.format('YYYY-MM-DD')} / {effective}
          </Descriptions.Item>
          <Descriptions.Item label="乡镇（街道）">
            {reached.map((id) => short(townships.data?.find((t) => t.id === id)?.name ?? id)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={`事项（${itemCodes.length}）`}>
            {itemCodes.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      )}

      <div className="wizard-actions">
        {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>上一步</Button>}
        {step < 3 && (
          <Button type="primary" disabled={!canNext} onClick={() => void next().catch(() => undefined)}>
            下一步
          </Button>
        )}
        {step === 3 && (
          <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate()}>
            登记决定
          </Button>
        )}
      </div>
    </Card>
  );
}
