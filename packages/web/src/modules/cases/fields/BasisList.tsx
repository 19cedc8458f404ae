import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { LEGAL_BASIS_LEVELS, LEGAL_BASIS_LEVEL_LABELS, type LegalBasisRef } from '@zhifa/domain';
import { toBasisRef, useItemDetail } from './items';

/** Cited provisions (效力层级、名称、条款); can be filled from the item's penalty basis in the catalogue. */
export function BasisList({
  name,
  itemCode,
  label = '法律依据',
  min = 1,
}: {
  name: (string | number)[];
  itemCode?: string;
  label?: string;
  min?: number;
}) {
  const form = Form.useFormInstance();
  const item = useItemDetail(itemCode);
  const fromItem = (): LegalBasisRef[] => {
    const d = item.data;
    if (!d) return [];
    const cites = d.penaltyBasis.length ? d.penaltyBasis : d.basis;
    return cites.map(toBasisRef);
  };
  return (
    <Form.Item label={label} required={min > 0}>
      <Form.List
        name={name}
        rules={[
          {
            validator: async (_r, rows?: unknown[]) => {
              if ((rows?.length ?? 0) < min) throw new Error('请至少引用一个法律、法规或者规章的具体条款');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div className="basis-list">
            {fields.map((field) => (
              <div key={field.key} className="basis-row">
                <Form.Item
                  name={[field.name, 'level']}
                  rules={[{ required: true, message: '请选择效力层级' }]}
                  className="basis-level"
                >
                  <Select
                    placeholder="效力层级"
                    options={LEGAL_BASIS_LEVELS.map((l) => ({ value: l, label: LEGAL_BASIS_LEVEL_LABELS[l] }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
                  className="basis-title"
                >
                  <Input placeholder="名称，如《中华人民共和国行政处罚法》" maxLength={300} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'article']}
                  rules={[{ required: true, whitespace: true, message: '请填写条款' }]}
                  className="basis-article"
                >
                  <Input placeholder="条款，如第五十一条" maxLength={100} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label="删除此依据"
                />
              </div>
            ))}
            <Space wrap>
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ level: 'law' })}>
                添加依据
              </Button>
              {itemCode && (
                <Button
                  size="small"
                  icon={<ImportOutlined />}
                  loading={item.isFetching}
                  disabled={!item.data}
                  onClick={() => {
                    const current = (form.getFieldValue(name) as LegalBasisRef[] | undefined) ?? [];
                    const seen = new Set(current.map((b) => `${b.title}${b.article}`));
                    form.setFieldValue(name, [
                      ...current,
                      ...fromItem().filter((b) => !seen.has(`${b.title}${b.article}`)),
                    ]);
                  }}
                >
                  带入事项的处罚依据
                </Button>
              )}
            </Space>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
