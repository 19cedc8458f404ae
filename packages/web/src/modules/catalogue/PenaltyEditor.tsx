import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import {
  PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  PENALTY_MULTIPLE_BASES,
  PENALTY_PARTIES,
  PENALTY_PARTY_LABELS,
  PENALTY_UNITS,
  formatPenaltySpec,
  isCountyReservedPenalty,
  type PenaltySpec,
} from '@zhifa/domain';

const KIND_OPTIONS = PENALTY_KINDS.filter((k) => k !== 'detention').map((k) => ({
  value: k,
  label: PENALTY_KIND_LABELS[k],
}));
const CONFISCATION = new Set(['confiscateGains', 'confiscateProperty']);

/** An emptied date field is no date (not ""). */
const dateValue = (e: { target: { value: string } }) => e.target.value || undefined;

/** A penalty as the form holds it: numbers may be null while being typed. */
type Draft = { [K in keyof PenaltySpec]?: PenaltySpec[K] | null };

export function cleanPenalty(d: Draft): PenaltySpec {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (v !== null && v !== undefined && v !== '') out[k] = v;
  return out as unknown as PenaltySpec;
}

function Preview({ draft }: { draft: Draft | undefined }) {
  if (!draft?.kind) return null;
  const spec = cleanPenalty(draft);
  return (
    <Typography.Text type="secondary" className="penalty-preview">
      {formatPenaltySpec(spec)}
      {isCountyReservedPenalty(spec) && (
        <Tag color="magenta" className="penalty-reserved">
          县级保留
        </Tag>
      )}
    </Typography.Text>
  );
}

/**
 * Structured penalties (行政处罚法 第9条): kind, and for a fine its legal range — an amount,
 * an amount per unit (元/平方米), or a multiple of a base (违法所得 1–3 倍) — whom it applies to
 * (单位/个人), and, where the provision changed, one row per version with its period and its
 * provision (第37条 从旧兼从轻). Ranges are checked by the server with the domain's row rules.
 */
export function PenaltyEditor() {
  const form = Form.useFormInstance();
  const drafts = (Form.useWatch('penalties', form) ?? []) as Draft[];
  return (
    <Form.List name="penalties">
      {(fields, { add, remove }) => (
        <div className="penalty-editor">
          {fields.map((field, index) => {
            const kind = drafts[index]?.kind;
            return (
              <div key={field.key} className="penalty-row">
                <Space wrap align="start" size={8}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: '请选择处罚种类' }]}
                    className="penalty-kind"
                  >
                    <Select placeholder="处罚种类" options={KIND_OPTIONS} aria-label={`第${index + 1}项处罚种类`} />
                  </Form.Item>
                  {kind === 'fine' && (
                    <>
                      <Form.Item name={[field.name, 'fineMin']}>
                        <InputNumber min={0} placeholder="下限（元）" aria-label="罚款下限" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'fineMax']}>
                        <InputNumber min={0} placeholder="上限（元）" aria-label="罚款上限" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'perUnit']}>
                        <Select
                          allowClear
                          placeholder="计罚单位"
                          className="penalty-unit"
                          options={PENALTY_UNITS.map((u) => ({ value: u, label: u }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'multipleMin']}>
                        <InputNumber min={0} step={0.5} placeholder="倍数下限" aria-label="倍数下限" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'multipleMax']}>
                        <InputNumber min={0} step={0.5} placeholder="倍数上限" aria-label="倍数上限" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'multipleOf']}>
                        <Select
                          allowClear
                          placeholder="倍数基数"
                          className="penalty-unit"
                          options={PENALTY_MULTIPLE_BASES.map((u) => ({ value: u, label: u }))}
                        />
                      </Form.Item>
                    </>
                  )}
                  {kind && CONFISCATION.has(kind) && (
                    <Form.Item name={[field.name, 'valueMax']}>
                      <InputNumber min={0} placeholder="价值上限（元）" aria-label="没收价值上限" />
                    </Form.Item>
                  )}
                  <Form.Item name={[field.name, 'appliesTo']}>
                    <Select
                      allowClear
                      placeholder="适用对象"
                      className="penalty-unit"
                      aria-label={`第${index + 1}项适用对象`}
                      options={PENALTY_PARTIES.map((p) => ({ value: p, label: `对${PENALTY_PARTY_LABELS[p]}` }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']}>
                    <Input maxLength={300} placeholder="说明，如“拒不改正的”" className="penalty-note" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label="删除此项处罚"
                  />
                </Space>
                <Space wrap align="start" size={8} className="penalty-version">
                  <Form.Item
                    name={[field.name, 'effectiveFrom']}
                    getValueFromEvent={dateValue}
                    extra="施行日期（修改过的规定填写）"
                  >
                    <Input type="date" aria-label={`第${index + 1}项施行日期`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'effectiveTo']}
                    getValueFromEvent={dateValue}
                    extra="失效日期（旧版本填写）"
                  >
                    <Input type="date" aria-label={`第${index + 1}项失效日期`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'basis']} extra="该版本的处罚依据，如“土地管理法实施条例 第57条”">
                    <Input
                      maxLength={200}
                      placeholder="该版本处罚依据"
                      className="penalty-note"
                      aria-label={`第${index + 1}项该版本处罚依据`}
                    />
                  </Form.Item>
                </Space>
                <Preview draft={drafts[index]} />
              </div>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
            添加处罚种类
          </Button>
        </div>
      )}
    </Form.List>
  );
}
