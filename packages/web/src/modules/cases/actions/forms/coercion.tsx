import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { COERCIVE_MEASURE_KIND_LABELS, EXCLUDED_PERIOD_REASON_LABELS, RELEASE_REASON_LABELS } from '@zhifa/domain';
import { BasisList } from '../../fields/BasisList';
import { DateInput, DateTimeInput, YesNo, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { nowMinute } from '../../fields/today';
import { ServerNumberNote } from '../../fields/ServerNumberNote';
import { nextId } from '../ids';
import type { ActionForms, FormContext } from '../types';

const { TextArea } = Input;

function MeasureSelect({ ctx, open }: { ctx: FormContext; open?: boolean }) {
  const rows = ctx.state.coerciveMeasures.filter((m) => (open ? !m.released : true));
  return (
    <Form.Item name="measureId" label="强制措施" rules={required('请选择强制措施')}>
      <Select
        options={rows.map((m) => ({
          value: m.id,
          label: `${m.id}：${COERCIVE_MEASURE_KIND_LABELS[m.kind]}（至 ${m.endsOn}）`,
        }))}
      />
    </Form.Item>
  );
}

export const coercionForms: ActionForms = {
  applyCoerciveMeasure: {
    wide: true,
    intro: '查封、扣押应当制作决定书和清单并当场交付，全程音像记录（行政强制法 第18、24条）。',
    Fields: ({ ctx }) => (
      <>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="measureId" label="措施编号" rules={requiredText('请填写')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label="措施种类" rules={required('请选择')}>
              <Radio.Group
                options={Object.entries(COERCIVE_MEASURE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="takenAt" label="实施时间" rules={required('请填写')}>
              <DateTimeInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="officerIds" label="执法人员" rules={required('请选择')}>
          <OfficerSelect multiple roles={['officer', 'departmentOfficer']} fallback={ctx.detail.people ?? []} />
        </Form.Item>
        <Form.Item label="场所、设施或者财物" required>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <div key={f.key} className="inline-row">
                    <Form.Item name={[f.name, 'name']} rules={requiredText('名称')} className="grow">
                      <Input placeholder="名称" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'quantity']} rules={requiredText('数量')}>
                      <Input placeholder="数量" />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label="删除"
                    />
                  </div>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                  添加
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <ServerNumberNote what="决定书文号" />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['decision', 'periodDays']} label="期限（日）" rules={required('请填写')}>
              <InputNumber min={1} max={60} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['decision', 'partyName']} label="当事人名称" rules={requiredText('请填写')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['decision', 'partyAddress']} label="当事人地址" rules={requiredText('请填写')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['decision', 'reason']} label="理由" rules={requiredText('请填写')}>
          <TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <BasisList name={['decision', 'basis']} itemCode={ctx.state.items[0]?.code} />
        <Form.Item name={['decision', 'agencyName']} label="行政机关名称" rules={requiredText('请填写')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['decision', 'remediesStated']} valuePropName="checked">
          <Checkbox>决定书已载明申请行政复议或者提起行政诉讼的途径和期限</Checkbox>
        </Form.Item>
        <Form.Item name={['decision', 'sealed']} valuePropName="checked">
          <Checkbox>决定书已加盖行政机关印章</Checkbox>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="urgent" label="情况紧急当场实施" rules={required('请选择')}>
              <YesNo />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="handedOverOnSpot" label="决定书和清单当场交付" rules={required('请选择')}>
              <YesNo />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="inventoryCopies" label="清单份数" rules={required('请填写')}>
              <InputNumber min={0} max={10} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['onSiteRecord', 'partySigned']} label="现场笔录当事人签名" rules={required('请选择')}>
              <YesNo yes="已签名" no="未签名" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={['onSiteRecord', 'refusalNote']} label="拒签情况">
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="freezeNoticeDeliveredOn" label="冻结决定书交付日期（冻结时）">
          <DateInput />
        </Form.Item>
        <Form.Item name="avEvidenceId" label="音像记录" rules={required('查封、扣押应当进行全程音像记录')}>
          <EvidenceSelect detail={ctx.detail} kinds={['audioVisual', 'electronicData']} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      measureId: nextId(
        'QZ-',
        ctx.state.coerciveMeasures.map((m) => m.id),
      ),
      kind: 'seize',
      takenAt: nowMinute(),
      officerIds: ctx.state.officerIds,
      items: [{}],
      decision: {
        partyName: ctx.state.party?.name,
        partyAddress: ctx.state.party?.address,
        periodDays: 30,
        agencyName: ctx.me.agency?.name,
        remediesStated: true,
        sealed: true,
      },
      urgent: false,
      handedOverOnSpot: true,
      inventoryCopies: 2,
      onSiteRecord: { partySigned: true },
    }),
  },
  confirmUrgentMeasure: {
    Fields: ({ ctx }) => (
      <>
        <MeasureSelect ctx={ctx} open />
        <Form.Item name="approved" label="是否批准" rules={required('请选择')}>
          <YesNo yes="批准" no="不批准" />
        </Form.Item>
        <Form.Item name="reportedAt" label="报告时间" rules={required('请填写')}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="approvedAt" label="批准（或不批准）时间" rules={required('请填写')}>
          <DateTimeInput />
        </Form.Item>
      </>
    ),
    initial: () => ({ approved: true, approvedAt: nowMinute() }),
  },
  extendCoerciveMeasure: {
    Fields: ({ ctx }) => (
      <>
        <MeasureSelect ctx={ctx} open />
        <Form.Item name="extensionDays" label="延长天数" rules={required('请填写')}>
          <InputNumber min={1} max={365} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item name="reason" label="延长理由" rules={requiredText('请填写')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="notifiedInWritingOn" label="书面告知当事人日期" rules={required('请填写')}>
          <DateInput />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ extensionDays: 30, notifiedInWritingOn: ctx.today }),
  },
  releaseCoerciveMeasure: {
    Fields: ({ ctx }) => (
      <>
        <MeasureSelect ctx={ctx} open />
        <Form.Item name="reason" label="解除理由" rules={required('请选择')}>
          <Radio.Group
            className="vertical-radio"
            options={Object.entries(RELEASE_REASON_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  excludePeriod: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="target" label="适用期限" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'decisionLimit', label: '办案期限' },
              { value: 'coerciveMeasure', label: '强制措施期限' },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.target !== b.target}>
          {({ getFieldValue }) => (getFieldValue('target') === 'coerciveMeasure' ? <MeasureSelect ctx={ctx} /> : null)}
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="from" label="起始日期" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="to" label="终止日期" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label="扣除事由" rules={required('请选择')}>
          <Radio.Group
            options={Object.entries(EXCLUDED_PERIOD_REASON_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="notifiedInWritingOn" label="书面告知日期">
          <DateInput />
        </Form.Item>
      </>
    ),
    initial: () => ({ target: 'decisionLimit' }),
  },
};
