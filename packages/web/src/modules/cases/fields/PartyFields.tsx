import { Col, Form, Input, Radio, Row } from 'antd';
import { CASE_PARTY_KIND_LABELS, type CasePartyKind, validateCreditCode, validateIdNumber } from '@zhifa/domain';
import { todayString } from './today';

/** 当事人: a person with a 身份证号 or an organisation with a 统一社会信用代码, both checked by the domain rules. */
export function PartyFields({
  prefix = ['party'],
  requireId = false,
  compact = false,
}: {
  prefix?: (string | number)[];
  requireId?: boolean;
  compact?: boolean;
}) {
  const form = Form.useFormInstance();
  const kind = (Form.useWatch([...prefix, 'kind'], form) ?? 'person') as CasePartyKind;
  const span = compact ? 24 : 12;
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item
          name={[...prefix, 'kind']}
          label="当事人类型"
          rules={[{ required: true, message: '请选择当事人类型' }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(Object.keys(CASE_PARTY_KIND_LABELS) as CasePartyKind[]).map((k) => ({
              value: k,
              label: CASE_PARTY_KIND_LABELS[k],
            }))}
            onChange={() => void form.validateFields([[...prefix, 'idNumber']]).catch(() => undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name={[...prefix, 'name']}
          label={kind === 'person' ? '姓名' : '名称'}
          rules={[{ required: true, whitespace: true, message: '请填写当事人姓名或名称' }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          name={[...prefix, 'idNumber']}
          label={kind === 'person' ? '公民身份号码' : '统一社会信用代码'}
          normalize={(v?: string) => v?.replace(/\s+/g, '').toUpperCase()}
          rules={[
            { required: requireId, message: kind === 'person' ? '请填写公民身份号码' : '请填写统一社会信用代码' },
            {
              validator: async (_r, v?: string) => {
                if (!v) return;
                const check = kind === 'person' ? validateIdNumber(v, todayString()) : validateCreditCode(v);
                if (!check.ok) throw new Error(check.message);
              },
            },
          ]}
        >
          <Input
            maxLength={18}
            className="mono"
            autoComplete="off"
            inputMode={kind === 'person' ? 'numeric' : 'text'}
          />
        </Form.Item>
      </Col>
      {kind === 'organisation' && (
        <Col xs={24} md={span}>
          <Form.Item name={[...prefix, 'legalRepresentative']} label="法定代表人（负责人）">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={kind === 'organisation' ? span : 24}>
        <Form.Item name={[...prefix, 'address']} label="住所（地址）">
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
