import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposalKind } from '@zhifa/domain';

const WITH_AMOUNT: PenaltyProposalKind[] = ['fine', 'confiscateGains', 'confiscateProperty'];
const WITH_DAYS: PenaltyProposalKind[] = [
  'suspendLicence',
  'restrictBusiness',
  'stopProduction',
  'restrictPractice',
  'detention',
];

/** How the item's fine is counted when it is not a plain amount: per unit (元/平方米) or a multiple of a base. */
export interface FinePartMode {
  unit?: string;
  baseKind?: string;
}

/**
 * 计罚明细 of a fine line: quantity × rate per unit, or base × multiple; several parts (e.g. classes
 * of land at different rates) make one fine for one act (行政处罚法 第29条).
 */
function FineParts({ line, mode }: { line: number; mode: FinePartMode }) {
  const perUnit = mode.unit !== undefined;
  const unitName = mode.unit?.replace(/^元\//, '') ?? '';
  return (
    <Form.List name={[line, 'parts']}>
      {(parts, { add, remove }) => (
        <div className="fine-parts">
          {parts.map((part) => (
            <Space key={part.key} wrap className="fine-part">
              <Form.Item name={[part.name, 'label']} noStyle>
                <Input placeholder={perUnit ? '名称（如耕地）' : '名称'} maxLength={200} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item
                name={[part.name, perUnit ? 'quantity' : 'base']}
                noStyle
                rules={[{ required: true, message: '请填写' }]}
              >
                <InputNumber
                  min={0}
                  precision={2}
                  placeholder={perUnit ? `数量（${unitName}）` : `${mode.baseKind}（元）`}
                  suffix={perUnit ? unitName : '元'}
                  style={{ width: 170 }}
                />
              </Form.Item>
              <Form.Item name={[part.name, 'rate']} noStyle rules={[{ required: true, message: '请填写' }]}>
                <InputNumber
                  min={0}
                  precision={4}
                  placeholder={perUnit ? '标准' : '倍数（5%填0.05）'}
                  suffix={perUnit ? mode.unit : '倍'}
                  style={{ width: 170 }}
                />
              </Form.Item>
              <Form.Item name={[part.name, perUnit ? 'unit' : 'baseKind']} hidden>
                <Input />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(part.name)}
                aria-label="删除此部分"
              />
            </Space>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add(perUnit ? { unit: mode.unit } : { baseKind: mode.baseKind })}
          >
            {perUnit ? `添加计罚明细（按${mode.unit}）` : `添加计罚明细（按${mode.baseKind}的倍数）`}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The lines of a penalty (种类 + 金额 or 期限); `kinds` narrows the choice (summary procedure: 警告、罚款). */
export function PenaltyLines({
  name,
  kinds = PENALTY_PROPOSAL_KINDS,
  label = '处罚内容',
  optional = false,
  fineParts,
  items,
}: {
  name: (string | number)[];
  kinds?: readonly PenaltyProposalKind[];
  label?: string;
  optional?: boolean;
  /** When the item fines per unit or as a multiple: the fine line gets its 计罚明细. */
  fineParts?: FinePartMode | null;
  /** The case's items, when several: each fine names the item (and so the act) it punishes (第29条). */
  items?: readonly { code: string; name: string }[];
}) {
  const form = Form.useFormInstance();
  return (
    <Form.Item label={label} required={!optional}>
      <Form.List
        name={name}
        rules={[
          {
            validator: async (_r, lines?: unknown[]) => {
              if (!optional && (!lines || lines.length === 0)) throw new Error('请至少填写一项处罚');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div className="penalty-lines">
            {fields.map((field) => {
              const kind = form.getFieldValue([...name, field.name, 'kind']) as PenaltyProposalKind | undefined;
              return (
                <div key={field.key} className="penalty-line">
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: '请选择处罚种类' }]}
                    className="penalty-kind"
                  >
                    <Select
                      placeholder="处罚种类"
                      options={kinds.map((k) => ({ value: k, label: PENALTY_PROPOSAL_KIND_LABELS[k] }))}
                      onChange={() => form.setFieldValue([...name, field.name, 'amount'], undefined)}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const k = form.getFieldValue([...name, field.name, 'kind']) as PenaltyProposalKind | undefined;
                      if (k && WITH_AMOUNT.includes(k)) {
                        return (
                          <Form.Item
                            name={[field.name, 'amount']}
                            rules={[{ required: true, message: '请填写金额' }]}
                            className="penalty-amount"
                          >
                            <InputNumber
                              min={0}
                              precision={2}
                              step={100}
                              suffix="元"
                              placeholder="金额"
                              className="full-width"
                            />
                          </Form.Item>
                        );
                      }
                      if (k && WITH_DAYS.includes(k)) {
                        return (
                          <Form.Item name={[field.name, 'durationDays']} className="penalty-amount">
                            <InputNumber
                              min={1}
                              max={36500}
                              precision={0}
                              suffix="日"
                              placeholder="期限"
                              className="full-width"
                            />
                          </Form.Item>
                        );
                      }
                      return null;
                    }}
                  </Form.Item>
                  {kind !== 'warning' && (
                    <Form.Item name={[field.name, 'description']} className="penalty-desc">
                      <Input placeholder="说明（可选）" maxLength={2000} />
                    </Form.Item>
                  )}
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label="删除此项"
                    />
                  )}
                  {kind === 'fine' && items && items.length > 1 && (
                    <Form.Item
                      name={[field.name, 'itemCode']}
                      rules={[{ required: true, message: '请选择该罚款所依据的执法事项' }]}
                      className="penalty-desc"
                    >
                      <Select
                        placeholder="所依据的执法事项"
                        options={items.map((i) => ({ value: i.code, label: i.name }))}
                      />
                    </Form.Item>
                  )}
                  {kind === 'fine' && fineParts && <FineParts line={field.name} mode={fineParts} />}
                </div>
              );
            })}
            <Space>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: kinds.includes('fine') ? 'fine' : kinds[0] })}
              >
                添加处罚
              </Button>
            </Space>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
