import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import {
  CASH_GROUND_LABELS,
  DECISION_CHANGE_BODIES,
  DECISION_CHANGE_BODY_LABELS,
  DECISION_CHANGE_GROUNDS,
  DECISION_CHANGE_GROUND_LABELS,
  COURT_MATERIAL_LABELS,
  PAYMENT_CHANNEL_LABELS,
  amountDue,
  amountPaid,
  caseParties,
  jointOutstanding,
  type CaseState,
} from '@zhifa/domain';
import { DateInput, DateTimeInput, TimeInput, YesNo, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { Attestation } from '../../fields/Attestation';
import { DocumentOnPaper } from '../../fields/DocumentOnPaper';
import { ServiceFields, serviceInitial, servicePayload } from '../../fields/ServiceFields';
import { nowMinute } from '../../fields/today';
import { formatYuan } from '../../labels';
import { provisionalMark } from '../../detail/provisional';
import type { ActionForms, FormContext } from '../types';

const { TextArea } = Input;

function outstanding(ctx: FormContext): number {
  return ctx.state.decision ? Math.max(0, amountDue(ctx.state.decision) - amountPaid(ctx.state)) : 0;
}

function Owed({ ctx }: { ctx: FormContext }) {
  const owed = outstanding(ctx);
  return (
    <Alert
      type="info"
      showIcon
      className="form-hint"
      title={`应缴 ${formatYuan(ctx.state.decision ? amountDue(ctx.state.decision) : 0)}，已缴 ${formatYuan(amountPaid(ctx.state))}，尚欠 ${formatYuan(owed)}${ctx.state.paymentDue ? `；缴纳期限至 ${ctx.state.paymentDue}${provisionalMark(ctx.detail, 'payment')}` : ''}`}
    />
  );
}

/** 共同违法: a case that decided several parties serves and collects party by party. */
const jointDecisions = (s: CaseState) => ((s.decisions?.length ?? 0) > 1 ? s.decisions : []);
const partyName = (s: CaseState, id: string | undefined) =>
  caseParties(s).find((p) => p.id === (id ?? 'P1'))?.name ?? id ?? '';

function JointParty({ ctx, purpose }: { ctx: FormContext; purpose: 'serve' | 'pay' }) {
  const form = Form.useFormInstance();
  const partyId = Form.useWatch('partyId', form) as string | undefined;
  const decisions = jointDecisions(ctx.state).filter((d) =>
    purpose === 'serve' ? !d.execution?.service : !!d.execution?.service && jointOutstanding(d) > 0,
  );
  const chosen = decisions.find((d) => d.partyId === partyId);
  if (!jointDecisions(ctx.state).length) return null;
  return (
    <>
      <Form.Item
        name="partyId"
        label={purpose === 'serve' ? '送达的决定书（当事人）' : '缴纳罚款的当事人'}
        rules={required('请选择当事人')}
      >
        <Select
          options={decisions.map((d) => ({
            value: d.partyId,
            label: `${partyName(ctx.state, d.partyId)}：${d.number}`,
          }))}
          onChange={(id: string) => {
            if (purpose === 'serve') form.setFieldValue('recipient', partyName(ctx.state, id));
            else form.setFieldValue('amount', jointOutstanding(decisions.find((d) => d.partyId === id)!) || undefined);
          }}
        />
      </Form.Item>
      {purpose === 'pay' && chosen && (
        <Alert
          type="info"
          showIcon
          className="form-hint"
          title={`该当事人尚欠 ${formatYuan(jointOutstanding(chosen))}${chosen.execution?.paymentDue ? `；缴纳期限至 ${chosen.execution.paymentDue}` : ''}`}
        />
      )}
    </>
  );
}

const PAYMENT_CHANNELS_FOR_RECORD = (['bank', 'electronic'] as const).map((c) => ({
  value: c,
  label: PAYMENT_CHANNEL_LABELS[c],
}));

export const executionForms: ActionForms = {
  serveDecision: {
    intro: '决定书不能当场交付的，应当在七日内送达当事人（行政处罚法 第61条）。',
    Fields: ({ ctx }) => (
      <>
        <JointParty ctx={ctx} purpose="serve" />
        <ServiceFields detail={ctx.detail} today={ctx.today} />
        <DocumentOnPaper
          caseId={ctx.detail.id}
          kinds={['penaltyDecision', 'noPenaltyDecision']}
          title="决定书"
          missing="请先打印并加盖印章，或上传已盖章的决定书（行政处罚法 第59条、第61条）"
        />
        <Attestation name="sealed" missing="送达的决定书应当盖有作出决定的行政机关的印章（行政处罚法 第59条）">
          送达的决定书已加盖行政机关印章
        </Attestation>
      </>
    ),
    initial: (ctx) => serviceInitial(ctx.detail, ctx.today),
    toPayload: (v) => ({
      ...(servicePayload(v) as object),
      ...(typeof v.partyId === 'string' ? { partyId: v.partyId } : {}),
      sealed: v.sealed === true,
    }),
  },
  recordPayment: {
    intro: '当事人应当自收到决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款（行政处罚法 第67条）。',
    Fields: ({ ctx }) => (
      <>
        {jointDecisions(ctx.state).length ? <JointParty ctx={ctx} purpose="pay" /> : <Owed ctx={ctx} />}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="amount" label="缴纳罚款金额" rules={required('请填写缴纳金额')}>
              <InputNumber
                min={0.01}
                max={jointDecisions(ctx.state).length ? undefined : outstanding(ctx) || undefined}
                precision={2}
                suffix="元"
                className="full-width"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="surchargeAmount" label="缴纳加处罚款金额">
              <InputNumber min={0} precision={2} suffix="元" className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="paidOn" label="缴纳日期" rules={required('请填写缴纳日期')}>
              <DateInput max={ctx.today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receiptNo" label="票据号码">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="channel" label="缴纳方式" rules={required('请选择缴纳方式')}>
          <Radio.Group options={PAYMENT_CHANNELS_FOR_RECORD} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      amount: jointDecisions(ctx.state).length ? undefined : outstanding(ctx) || undefined,
      paidOn: ctx.today,
      channel: 'bank',
    }),
  },
  approveDeferral: {
    Fields: ({ ctx }) => (
      <>
        <Owed ctx={ctx} />
        <Form.Item name="until" label="暂缓至" rules={required('请填写')}>
          <DateInput min={ctx.today} />
        </Form.Item>
        <Form.Item name="reason" label="确有经济困难的情况" rules={requiredText('请填写')}>
          <TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </>
    ),
  },
  approveInstalments: {
    Fields: ({ ctx }) => (
      <>
        <Owed ctx={ctx} />
        <Form.Item label="分期计划（合计应等于尚欠金额）" required>
          <Form.List name="instalments">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <div key={f.key} className="inline-row">
                    <Form.Item name={[f.name, 'due']} rules={required('期限')} className="grow">
                      <DateInput min={ctx.today} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amount']} rules={required('金额')} className="grow">
                      <InputNumber min={0.01} precision={2} suffix="元" className="full-width" />
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
                  添加一期
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="reason" label="确有经济困难的情况" rules={requiredText('请填写')}>
          <TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </>
    ),
    initial: () => ({ instalments: [{}, {}] }),
  },
  issueDemand: {
    intro:
      '催告应当以书面形式作出，载明履行期限、方式、金额，并告知当事人依法享有的陈述权和申辩权（行政强制法 第35条）。',
    Fields: ({ ctx }) => (
      <>
        <Owed ctx={ctx} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="servedOn" label="催告书送达日期" rules={required('请填写')}>
              <DateInput max={ctx.today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="performBy" label="履行期限" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="amount" label="金额" rules={required('请填写')}>
          <InputNumber min={0} precision={2} suffix="元" className="full-width" />
        </Form.Item>
        <Form.Item name="method" label="履行方式" rules={requiredText('请填写')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="representationRightStated"
          valuePropName="checked"
          rules={[
            {
              validator: async (_r, v?: boolean) => {
                if (!v) throw new Error('催告书应当告知当事人依法享有的陈述权和申辩权');
              },
            },
          ]}
        >
          <Checkbox>催告书已告知当事人陈述权和申辩权</Checkbox>
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      servedOn: ctx.today,
      amount: outstanding(ctx),
      method: '到指定银行或者通过电子支付系统缴纳',
      representationRightStated: true,
    }),
  },
  applyCourtEnforcement: {
    Fields: () => (
      <>
        <Form.Item name="court" label="受理法院" rules={requiredText('请填写')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="materials" label="申请材料" rules={required('请选择')}>
          <Checkbox.Group
            className="vertical-checkbox"
            options={Object.entries(COURT_MATERIAL_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="signedByHead" valuePropName="checked">
          <Checkbox>申请书经负责人签名并加盖行政机关印章</Checkbox>
        </Form.Item>
      </>
    ),
    initial: () => ({ materials: Object.keys(COURT_MATERIAL_LABELS), signedByHead: true }),
  },
  enforceDecision: {
    intro: '不得在夜间或者法定节假日实施行政强制执行，情况紧急的除外（行政强制法 第43条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="method" label="强制执行方式" rules={requiredText('请填写')}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="scheduledDate" label="实施日期" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="startTime" label="开始时刻" rules={required('请填写')}>
              <TimeInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="urgent" label="情况紧急" rules={required('请选择')}>
          <YesNo />
        </Form.Item>
        <Form.Item name="urgentReason" label="紧急情况说明">
          <TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="avEvidenceId" label="音像记录">
          <EvidenceSelect detail={ctx.detail} kinds={['audioVisual', 'electronicData']} />
        </Form.Item>
      </>
    ),
    initial: () => ({ urgent: false, startTime: '09:00' }),
  },
  recordRemedyProceeding: {
    Fields: () => (
      <>
        <Form.Item name="kind" label="救济程序" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'reconsideration', label: '行政复议' },
              { value: 'litigation', label: '行政诉讼' },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="from" label="起始日期" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="to" label="终结日期">
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="outcome" label="结果">
          <TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </>
    ),
  },
  recordDecisionChange: {
    intro:
      '处罚决定被变更、撤销、确认违法或者确认无效的，登记后本平台立即撤回已公开的决定信息并公开说明理由（行政处罚法 第48条第2款）。',
    Fields: () => (
      <>
        <Form.Item name="ground" label="决定变动情形" rules={required('请选择')}>
          <Radio.Group
            options={DECISION_CHANGE_GROUNDS.map((g) => ({ value: g, label: DECISION_CHANGE_GROUND_LABELS[g] }))}
          />
        </Form.Item>
        <Form.Item name="by" label="变动途径" rules={required('请选择')}>
          <Radio.Group
            options={DECISION_CHANGE_BODIES.map((b) => ({ value: b, label: DECISION_CHANGE_BODY_LABELS[b] }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="on" label="变动日期" rules={required('请填写')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="reference"
              label="文书文号"
              rules={requiredText('请填写复议决定书、判决书或纠正决定的文号')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="说明">
          <TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  collectOnTheSpot: {
    intro: '当场收缴罚款须出具省级财政部门统一制发的专用票据（行政处罚法 第68–70条）。',
    Fields: () => (
      <>
        <Form.Item name="amount" label="收缴金额" rules={required('请填写')}>
          <InputNumber min={0.01} precision={2} suffix="元" className="full-width" />
        </Form.Item>
        <Form.Item name="ground" label="当场收缴情形" rules={required('请选择')}>
          <Radio.Group
            className="vertical-radio"
            options={Object.entries(CASH_GROUND_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="partyRequested" valuePropName="checked">
          <Checkbox>当事人提出当场缴纳</Checkbox>
        </Form.Item>
        <Form.Item name="receiptNo" label="专用票据号码" rules={requiredText('请填写专用票据号码')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="collectedAt" label="收缴时间" rules={required('请填写')}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="onWater" label="水上收缴" rules={required('请选择')}>
          <YesNo />
        </Form.Item>
        <Form.Item name="landedOn" label="抵岸日期（水上收缴时）">
          <DateInput />
        </Form.Item>
      </>
    ),
    initial: () => ({ collectedAt: nowMinute(), onWater: false }),
  },
  recordCashHandling: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="step" label="环节" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'handIn', label: '交至行政机关' },
              { value: 'deposit', label: '缴付指定银行' },
            ]}
          />
        </Form.Item>
        <Form.Item name="on" label="日期" rules={required('请填写')}>
          <DateInput max={ctx.today} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      step: ctx.state.cash.handIns.length > ctx.state.cash.deposits.length ? 'deposit' : 'handIn',
      on: ctx.today,
    }),
  },
};
