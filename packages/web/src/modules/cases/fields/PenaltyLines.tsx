import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposalKind } from '@zhifa/domain';

const WITH_AMOUNT: PenaltyProposalKind[] = ['fine', 'confiscateGains', 'confiscateProperty'];
const WITH_DAYS: PenaltyProposalKind[] = ['suspendLicence', 'restrictBusiness', 'stopProduction', 'restrictPractice', 'detention'];

/** The lines of a penalty (种类 + 金额 or 期限); `kinds` narrows the choice (summary procedure: 警告、罚款). */
export function PenaltyLines({
  name,
  kinds = PENALTY_PROPOSAL_KINDS,
  label = '处罚内容',
  optional = false,
}: {
  name: (string | number)[];
  kinds?: readonly PenaltyProposalKind[];
  label?: string;
  optional?: boolean;
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
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择处罚种类' }]} className="penalty-kind">
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
                          <Form.Item name={[field.name, 'amount']} rules={[{ required: true, message: '请填写金额' }]} className="penalty-amount">
                            <InputNumber min={0} precision={2} step={100} suffix="元" placeholder="金额" className="full-width" />
                          </Form.Item>
                        );
                      }
                      if (k && WITH_DAYS.includes(k)) {
                        return (
                          <Form.Item name={[field.name, 'durationDays']} className="penalty-amount">
                            <InputNumber min={1} max={36500} precision={0} suffix="日" placeholder="期限" className="full-width" />
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
                  {fields.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除此项" />}
                </div>
              );
            })}
            <Space>
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ kind: kinds.includes('fine') ? 'fine' : kinds[0] })}>
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
