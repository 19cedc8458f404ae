import { Alert, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import {
  CORRECTION_PERIOD_UNIT_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  correctionDue,
  correctionFromItem,
  describeCorrectionPeriod,
  type CorrectionPeriodUnit,
} from '@zhifa/domain';
import { BasisList } from '../../fields/BasisList';
import { withCalendar } from '../../fields/calendar';
import { DateInput, YesNo, required, requiredText } from '../../fields/inputs';
import { ServerNumberNote } from '../../fields/ServerNumberNote';
import { toBasisRef, useItemDetail } from '../../fields/items';
import { useEffect } from 'react';
import { nextId } from '../ids';
import type { ActionForms, FormContext, FormValues } from '../types';
import { RecordBaseFields, recordInitial } from './record-fields';

const { TextArea } = Input;

/** The period's last day as the server will compute it, shown while the form is filled in. */
function DueNote() {
  const form = Form.useFormInstance();
  const servedOn = Form.useWatch('servedOn', form) as string | undefined;
  const timed = Form.useWatch('timed', form) as boolean | undefined;
  const unit = Form.useWatch(['period', 'unit'], form) as CorrectionPeriodUnit | undefined;
  const value = Form.useWatch(['period', 'value'], form) as number | undefined;
  if (!servedOn || !/^\d{4}-\d{2}-\d{2}$/.test(servedOn)) return null;
  const period = timed && unit && value ? { unit, value } : null;
  const due = withCalendar((c) => correctionDue(servedOn, period, c));
  return (
    <Alert
      type="info"
      showIcon
      className="form-hint"
      data-testid="correction-due"
      title={
        due
          ? `${describeCorrectionPeriod(period)}：期限至 ${due} 届满（送达次日起算，末日为节假日的顺延）`
          : '该年度节假日安排尚未导入，期限届满日由系统在提交后计算'
      }
    />
  );
}

/** From the item's catalogue entry, once loaded: the order's wording, its provision, and whether it fines only non-correction. */
function ItemDefaults({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const item = useItemDetail(ctx.state.items[0]?.code);
  useEffect(() => {
    const d = item.data;
    if (!d) return;
    const fromItem = correctionFromItem(d.penalties);
    if (!form.isFieldTouched('penaltyOnlyIfUncorrected'))
      form.setFieldValue('penaltyOnlyIfUncorrected', fromItem.penaltyOnlyIfUncorrected);
    if (!form.getFieldValue('requirement') && fromItem.requirement)
      form.setFieldValue('requirement', fromItem.requirement);
    const basis = form.getFieldValue('basis') as unknown[] | undefined;
    if (!basis?.length && d.penaltyBasis.length) form.setFieldValue('basis', d.penaltyBasis.map(toBasisRef));
  }, [item.data, form]);
  return null;
}

function OrderFields({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const timed = Form.useWatch('timed', form) as boolean | undefined;
  return (
    <>
      <ItemDefaults ctx={ctx} />
      <ServerNumberNote what="责令（限期）改正通知书文号" how="按本机关“改”字号顺序编号" />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="orderId" label="编号" rules={requiredText('请填写')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="servedOn" label="通知书送达日期" rules={required('请填写送达日期')}>
            <DateInput max={ctx.today} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="requirement" label="改正内容" rules={requiredText('请填写责令改正的内容')}>
        <TextArea
          rows={3}
          maxLength={5000}
          placeholder="如：退还非法占用的土地，拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状"
        />
      </Form.Item>
      <Form.Item name="timed" label="改正期限" rules={required('请选择')}>
        <YesNo yes="限期改正" no="立即改正" />
      </Form.Item>
      {timed && (
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name={['period', 'value']} label="期限" rules={required('请填写期限')}>
              <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['period', 'unit']} label="单位" rules={required('请选择')}>
              <Select
                options={Object.entries(CORRECTION_PERIOD_UNIT_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <DueNote />
      <BasisList name={['basis']} itemCode={ctx.state.items[0]?.code} label="责令改正的依据" />
      <Form.Item name="penaltyOnlyIfUncorrected" label="所依据的规定" rules={required('请选择')}>
        <Radio.Group
          className="vertical-radio"
          options={[
            { value: true, label: '责令限期改正；逾期不改正的，方予处罚（改正后不予罚款）' },
            { value: false, label: '责令改正，并处罚款（改正不免除处罚）' },
          ]}
        />
      </Form.Item>
    </>
  );
}

function FollowUpFields({ ctx }: { ctx: FormContext }) {
  const open = (ctx.state.correctionOrders ?? []).filter((c) => !c.followUp);
  const form = Form.useFormInstance();
  const orderId = Form.useWatch('orderId', form) as string | undefined;
  const chosen = open.find((c) => c.id === orderId);
  return (
    <>
      <Form.Item name="orderId" label="复查的责令改正" rules={required('请选择')}>
        <Select
          options={open.map((c) => ({
            value: c.id,
            label: `${c.number}：${describeCorrectionPeriod(c.period)}，至 ${c.dueOn} 届满`,
          }))}
        />
      </Form.Item>
      {chosen && (
        <Alert
          type="info"
          showIcon
          className="form-hint"
          title={`改正内容：${chosen.requirement}。期限届满（${chosen.dueOn}）前只能认定“已改正”。`}
        />
      )}
      <Form.Item name="partyPresent" label="当事人在场" rules={required('请选择当事人是否在场')}>
        <YesNo yes="在场" no="不在场" />
      </Form.Item>
      <RecordBaseFields ctx={ctx} />
      <Form.Item name="findings" label="复查情况" rules={requiredText('请填写复查情况')}>
        <TextArea rows={5} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item name="outcome" label="复查结论" rules={required('请选择复查结论')}>
        <Radio.Group
          className="vertical-radio"
          options={Object.entries(FOLLOW_UP_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
    </>
  );
}

export const correctionForms: ActionForms = {
  orderCorrection: {
    wide: true,
    intro: '实施行政处罚时应当责令当事人改正或者限期改正违法行为（行政处罚法 第28条）；期限自通知书送达次日起算。',
    Fields: ({ ctx }) => <OrderFields ctx={ctx} />,
    initial: (ctx): FormValues => ({
      orderId: nextId(
        'ZG-',
        (ctx.state.correctionOrders ?? []).map((c) => c.id),
      ),
      servedOn: ctx.today,
      timed: true,
      period: { unit: 'days', value: 15 },
      basis: [],
      penaltyOnlyIfUncorrected: true,
    }),
    toPayload: (v) => {
      const { timed, ...rest } = v;
      return { ...rest, period: timed ? rest.period : undefined };
    },
  },
  recordFollowUpInspection: {
    wide: true,
    intro: '改正期限届满后复查并制作复查笔录；逾期未改正的，依所依据的规定予以处罚（行政处罚法 第28条）。',
    Fields: ({ ctx }) => <FollowUpFields ctx={ctx} />,
    initial: (ctx): FormValues => {
      const open = (ctx.state.correctionOrders ?? []).filter((c) => !c.followUp);
      return {
        ...recordInitial(ctx, 'FC-'),
        recordId: nextId(
          'FC-',
          (ctx.state.correctionOrders ?? []).flatMap((c) => (c.followUp ? [c.followUp.recordId] : [])),
        ),
        ...(open.length === 1 ? { orderId: open[0].id } : {}),
        partyPresent: true,
      };
    },
  },
};
