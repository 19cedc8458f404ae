import { Alert, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { PenaltySpec } from '@zhifa/domain';
import { ApiError } from '../../api/client';
import { showError } from '../../app/feedback';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { DOMAIN_OPTIONS, KIND_OPTIONS, LEVEL_OPTIONS, splitCitations } from './labels';
import { cleanPenalty, PenaltyEditor } from './PenaltyEditor';
import { saveItem } from './queries';
import type { Department, ItemDetail, ItemInput } from '@zhifa/contract';

interface Values extends Omit<ItemInput, 'basis' | 'penaltyBasis' | 'note' | 'penalties'> {
  code: string;
  basis: string;
  penaltyBasis?: string;
  penalties?: Partial<PenaltySpec>[];
  note?: string;
  active: boolean;
}

// The server names the row check's columns; the form's fields are named a little differently.
const FIELD_OF: Record<string, string> = { department: 'departmentId', reserved: 'reservedFlag' };

export function ItemFormModal({
  open,
  item,
  departments,
  onClose,
}: {
  open: boolean;
  item: ItemDetail | null;
  departments: Department[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const editing = item !== null;
  const kind = Form.useWatch('kind', form);
  const [penaltyErrors, setPenaltyErrors] = useState<string[]>([]);
  useEffect(() => setPenaltyErrors([]), [open]);

  const save = useFormCommand({
    open,
    form,
    send: (v: Values, commandKey) => {
      setPenaltyErrors([]);
      return saveItem(
        item?.id ?? null,
        v.code.trim(),
        {
          name: v.name.trim(),
          kind: v.kind,
          domain: v.domain,
          departmentId: v.departmentId,
          level: v.level,
          basis: splitCitations(v.basis),
          penaltyBasis: v.kind === 'penalty' ? splitCitations(v.penaltyBasis) : [],
          penalties: v.kind === 'penalty' ? (v.penalties ?? []).map(cleanPenalty) : [],
          reservedFlag: v.reservedFlag,
          note: v.note?.trim() || null,
          active: v.active,
        },
        commandKey,
      );
    },
    success: (v) => (editing ? `已保存事项 ${v.code}` : `已新增事项 ${v.code}`),
    refresh: ['items'],
    onClose,
    onError: (err) => {
      if (!(err instanceof ApiError)) return showError(err);
      if (err.code === 'ITEM_CODE_TAKEN') return form.setFields([{ name: 'code', errors: [err.message] }]);
      const byField = new Map<string, string[]>();
      for (const d of err.fieldErrors) {
        const name = FIELD_OF[String(d.path)] ?? String(d.path ?? '');
        if (!name) continue;
        byField.set(name, [...(byField.get(name) ?? []), d.message ?? err.message]);
      }
      const known = [...byField].filter(([name]) => name in form.getFieldsValue(true) || name === 'penalties');
      if (known.length === 0) return showError(err);
      form.setFields(
        known.filter(([n]) => n !== 'penalties').map(([name, errors]) => ({ name: name as keyof Values, errors })),
      );
      setPenaltyErrors(byField.get('penalties') ?? []);
    },
  });

  const initial: Partial<Values> = item
    ? {
        code: item.code,
        name: item.name,
        kind: item.kind,
        domain: item.domain as Values['domain'],
        departmentId: item.departmentId,
        level: item.level,
        basis: item.basis.map((c) => c.citation).join('\n'),
        penaltyBasis: item.penaltyBasis.map((c) => c.citation).join('\n'),
        penalties: item.penalties.map(({ countyReserved: _r, ...p }) => p),
        reservedFlag: item.reservedFlag,
        note: item.note ?? '',
        active: item.active,
      }
    : {
        kind: 'penalty',
        level: '县',
        reservedFlag: false,
        active: true,
        penalties: [{ kind: 'orderToCorrect' }, { kind: 'fine' }],
      };

  return (
    <FormModal
      open={open}
      title={editing ? `编辑执法事项：${item.code}` : '新增执法事项'}
      form={form}
      name="itemForm"
      width={960}
      pending={save.isPending}
      onClose={onClose}
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label="事项编码"
            rules={[{ required: true, whitespace: true, message: '请输入事项编码' }]}
            extra={editing ? '编码不可修改' : '大写字母、数字和连字符，4至40位'}
          >
            <Input maxLength={40} disabled={editing} className="mono" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="name"
            label="事项名称"
            rules={[{ required: true, whitespace: true, message: '请输入事项名称' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="kind" label="事项类型" rules={[{ required: true, message: '请选择事项类型' }]}>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="domain" label="所属领域" rules={[{ required: true, message: '请选择所属领域' }]}>
            <Select options={DOMAIN_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="level" label="行使层级" rules={[{ required: true, message: '请选择行使层级' }]}>
            <Select options={LEVEL_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="departmentId" label="实施部门" rules={[{ required: true, message: '请选择实施部门' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.shortName, title: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={kind === 'penalty' ? 12 : 24}>
          <Form.Item
            name="basis"
            label="实施依据（违法依据）"
            rules={[{ required: true, whitespace: true, message: '请填写实施依据' }]}
            extra="每行一个条款，如：固体废物污染环境防治法 第111条第1款第(一)项"
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Col>
        {kind === 'penalty' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="penaltyBasis"
              label="处罚依据"
              rules={[{ required: true, whitespace: true, message: '请填写设定处罚的条款' }]}
              extra="设定处罚的条款，如：固体废物污染环境防治法 第111条第2款"
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === 'penalty' && (
        <Form.Item
          label="处罚种类及法定幅度"
          className="penalty-field"
          validateStatus={penaltyErrors.length ? 'error' : undefined}
          help={penaltyErrors.length ? penaltyErrors.join('；') : undefined}
        >
          <PenaltyEditor />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="reservedFlag"
            label="县级保留（重大处罚）"
            valuePropName="checked"
            extra="吊销许可证件、责令停产停业、责令关闭、限制从业自动视为县级保留"
          >
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={24} md={4}>
            <Form.Item name="active" label="在用" valuePropName="checked">
              <Switch checkedChildren="在用" unCheckedChildren="停用" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={editing ? 12 : 16}>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={1} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      {editing && item.countyReserved && <Alert type="info" showIcon title="该事项目前为县级保留事项，不能赋权乡镇" />}
    </FormModal>
  );
}
