import { Col, Form, Input, Radio, Row } from 'antd';
import { CLOSURE_REASON_LABELS, closableAsCorrected, educationRequired, type CaseState } from '@zhifa/domain';
import { ServerNumberNote } from '../../fields/ServerNumberNote';
import { DateInput, required, requiredText } from '../../fields/inputs';
import type { ActionForms } from '../types';

const { TextArea } = Input;

function closureReason(s: CaseState): string {
  if (s.status === 'transferred') return 'transferred';
  if (s.status === 'referredCriminal') return 'referredCriminal';
  if (s.status === 'courtEnforcement') return 'courtEnforcement';
  if (s.decision?.outcome === 'noPenalty') return 'noPenalty';
  if (closableAsCorrected(s)) return 'corrected';
  return 'executed';
}

export const closureForms: ActionForms = {
  closeCase: {
    intro: '结案前，启动、调查取证、审核、决定、送达、执行各环节均应有记录（行政处罚法 第47条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="reason" label="结案理由" rules={required('请选择结案理由')}>
          <Radio.Group
            className="vertical-radio"
            options={Object.entries(CLOSURE_REASON_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="report" label="结案报告" rules={requiredText('请填写结案报告')}>
          <TextArea rows={5} maxLength={20000} />
        </Form.Item>
        {/* 第33条第3款: not for 违法事实不能成立 (no violation to educate about). */}
        {ctx.state.decision && educationRequired(ctx.state.decision) && !ctx.state.decision.education && (
          <>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name={['education', 'on']} label="教育日期" rules={required('请填写')}>
                  <DateInput max={ctx.today} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name={['education', 'method']} label="教育方式" rules={requiredText('请填写')}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={['education', 'content']} label="教育内容" rules={requiredText('请填写')}>
              <TextArea rows={2} maxLength={20000} />
            </Form.Item>
          </>
        )}
      </>
    ),
    initial: (ctx) => ({ reason: closureReason(ctx.state) }),
  },
  archiveCase: {
    intro: '一案一卷，档案号为立案年度加四位序号（如 20260001）。',
    Fields: () => (
      <>
        <ServerNumberNote what="档案号" how="按立案年度顺序编号" />
        <Form.Item name="retention" label="保管期限" rules={required('请选择保管期限')}>
          <Radio.Group
            options={[
              { value: 'permanent', label: '永久' },
              { value: 'thirtyYears', label: '30年' },
            ]}
          />
        </Form.Item>
      </>
    ),
    initial: () => ({ retention: 'thirtyYears' }),
  },
};
