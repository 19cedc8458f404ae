import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import {
  HEARING_ATTENDANCE_LABELS,
  checkHearingNoticeLead,
  checkPresider,
  draftNoticeFacts,
  hearingRight,
  investigatorIds,
  type PenaltyProposal,
} from '@zhifa/domain';
import { BasisList } from '../../fields/BasisList';
import { ServerNumberNote } from '../../fields/ServerNumberNote';
import { withCalendar, workingDaysAfter } from '../../fields/calendar';
import { provisionalMark } from '../../detail/provisional';
import { DateInput, TimeInput, YesNo, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { PenaltyLines } from '../../fields/PenaltyLines';
import { ServiceFields, serviceInitial, servicePayload } from '../../fields/ServiceFields';
import { clean } from '../clean';
import { RefusalList } from '../RefusalList';
import type { ActionForms, FormContext } from '../types';
import { BenchmarkPanel } from '../../fields/BenchmarkPanel';

const { TextArea } = Input;

/** The penalty typed so far, as the domain reads it (lines without a kind are left out). */
export function watchedPenalty(lines: unknown): PenaltyProposal {
  const rows = (clean(lines) as PenaltyProposal['lines'] | undefined) ?? [];
  return { lines: rows.filter((l) => l && l.kind) };
}

function HearingRightHint({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const lines = Form.useWatch(['intendedPenalty', 'lines'], form);
  const penalty = watchedPenalty(lines);
  const right = hearingRight(penalty, ctx.state.party?.kind ?? 'person', ctx.config);
  if (!right.required) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="form-hint"
      title={`拟作出${right.reasons.join('、')}，当事人有权要求听证：告知书必须告知听证权利（行政处罚法 第63条、第64条）`}
    />
  );
}

function NoticeFields({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const lines = Form.useWatch(['intendedPenalty', 'lines'], form);
  const mustOfferHearing = hearingRight(watchedPenalty(lines), ctx.state.party?.kind ?? 'person', ctx.config).required;
  return (
    <>
      <ServerNumberNote what="告知书文号" />
      <PenaltyLines name={['intendedPenalty', 'lines']} label="拟作出的行政处罚" />
      <HearingRightHint ctx={ctx} />
      <Form.Item name="facts" label="违法事实" rules={requiredText('请填写违法事实')}>
        <TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.Item name="reasons" label="理由" rules={requiredText('请填写处罚理由')}>
        <TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <BasisList name={['basis']} itemCode={ctx.state.items[0]?.code} label="依据" />
      <Form.Item label="告知的权利" required>
        <Form.Item name={['rights', 'statement']} valuePropName="checked" noStyle>
          <Checkbox>陈述权</Checkbox>
        </Form.Item>
        <Form.Item name={['rights', 'defence']} valuePropName="checked" noStyle>
          <Checkbox>申辩权</Checkbox>
        </Form.Item>
        <Form.Item
          name={['rights', 'hearing']}
          valuePropName="checked"
          noStyle
          rules={[
            {
              validator: async (_r, v?: boolean) => {
                if (mustOfferHearing && !v) throw new Error('须告知听证权利');
              },
            },
          ]}
        >
          <Checkbox>要求听证的权利</Checkbox>
        </Form.Item>
      </Form.Item>
    </>
  );
}

function ScheduleCheck({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const noticeDate = Form.useWatch('noticeDate', form) as string | undefined;
  const hearingDate = Form.useWatch('hearingDate', form) as string | undefined;
  const presiderId = Form.useWatch('presiderId', form) as string | undefined;
  const refusals = [
    ...(noticeDate && hearingDate
      ? withCalendar((c) => checkHearingNoticeLead(noticeDate, hearingDate, c, ctx.config))
      : []),
    ...(presiderId ? checkPresider(presiderId, investigatorIds(ctx.state)) : []),
  ];
  return <RefusalList refusals={refusals} title="听证安排不符合法定要求" type="warning" live />;
}

function ScheduleHearingFields({ ctx }: { ctx: FormContext }) {
  const investigators = new Set(investigatorIds(ctx.state));
  const candidates = (ctx.detail.people ?? []).filter((p) => !investigators.has(p.id));
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="noticeDate" label="听证通知日期" rules={required('请填写通知日期')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="hearingDate"
            label="听证日期"
            rules={required('请填写听证日期')}
            extra="通知与听证之间至少七个工作日"
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="hearingTime" label="听证时间">
            <TimeInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="place" label="听证地点" rules={requiredText('请填写听证地点')}>
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="presiderId" label="听证主持人（非本案调查人员）" rules={required('请指定听证主持人')}>
            <OfficerSelect roles={['agencyHead', 'legalReviewer', 'officer']} fallback={candidates} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="clerkId" label="记录员">
            <OfficerSelect fallback={ctx.detail.people ?? []} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="public" label="公开举行" rules={required('请选择')}>
        <YesNo yes="公开" no="不公开" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.public !== b.public}>
        {({ getFieldValue }) =>
          getFieldValue('public') === false ? (
            <Form.Item
              name="confidentialReason"
              label="不公开理由（国家秘密、商业秘密或者个人隐私）"
              rules={requiredText('请说明不公开的理由')}
            >
              <Input maxLength={2000} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item label="委托代理人（至多二人）">
        <Form.List name="agents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="inline-row">
                  <Form.Item name={[f.name, 'name']} rules={requiredText('姓名')} className="grow">
                    <Input placeholder="姓名" maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'idNumber']} className="grow">
                    <Input placeholder="证件号码" maxLength={40} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label="删除代理人"
                  />
                </div>
              ))}
              {fields.length < ctx.config.hearing.maxAgents && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                  添加代理人
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <ScheduleCheck ctx={ctx} />
    </>
  );
}

const scheduledOn = (ctx: FormContext) => ctx.state.hearing?.schedule?.hearingDate;

/** The notified date: hearings are held as notified (a date still to come shows the rule's error). */
function heldOnDefault(ctx: FormContext): string {
  return scheduledOn(ctx) ?? ctx.today;
}

/** 第64条(二), (八): held no earlier than the notified date and no later than today. */
function heldOnRules(ctx: FormContext) {
  const scheduled = scheduledOn(ctx);
  return [
    ...required('请填写听证日期'),
    {
      validator: async (_r: unknown, v?: string) => {
        if (!v) return;
        if (v > ctx.today)
          throw new Error(
            scheduled && scheduled > ctx.today
              ? `听证通知载明的日期（${scheduled}）尚未到来，听证举行后方可制作听证笔录`
              : '听证日期不能晚于今天',
          );
        if (scheduled && v < scheduled) throw new Error(`听证日期不能早于听证通知载明的日期（${scheduled}）`);
      },
    },
  ];
}

export const noticeForms: ActionForms = {
  issueNotice: {
    wide: true,
    intro:
      '作出处罚决定前，告知拟作出的处罚内容及事实、理由、依据，并告知陈述、申辩、要求听证等权利（行政处罚法 第44条）。',
    Fields: ({ ctx }) => (
      <>
        <NoticeFields ctx={ctx} />
        {/* The intended fine is the penalty proposed (第44条): outside the benchmark's range it states why. */}
        <BenchmarkPanel
          source={{ caseId: ctx.detail.id }}
          factsName={['benchmarkFacts']}
          linesName={['intendedPenalty', 'lines']}
          decision
          proposal
          at={[]}
        />
      </>
    ),
    initial: (ctx) => ({
      intendedPenalty: { lines: [{ kind: 'fine' }] },
      // The facts the investigation found (its report), not the complaint that opened the case.
      facts: draftNoticeFacts(ctx.state),
      basis: [],
      rights: { statement: true, defence: true, hearing: false },
    }),
  },
  recordNoticeService: {
    intro: '告知书送达之日起计算陈述申辩和要求听证的期限。',
    Fields: ({ ctx }) => <ServiceFields detail={ctx.detail} today={ctx.today} />,
    initial: (ctx) => serviceInitial(ctx.detail, ctx.today),
    toPayload: (v) => servicePayload(v),
  },
  recordStatement: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="receivedOn" label="收到日期" rules={required('请填写收到日期')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="form" label="形式" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'written', label: '书面' },
              { value: 'oral', label: '口头（已制作笔录）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="content" label="陈述申辩内容" rules={requiredText('请填写陈述申辩内容')}>
          <TextArea rows={5} maxLength={50000} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ receivedOn: ctx.today, form: 'written' }),
  },
  answerStatement: {
    intro: '对当事人提出的事实、理由和证据进行复核；不得因陈述申辩而加重处罚（行政处罚法 第45条）。',
    Fields: () => {
      const form = Form.useFormInstance();
      const adopted = Form.useWatch('adopted', form);
      return (
        <>
          <Form.Item name="adopted" label="复核结论" rules={required('请选择')}>
            <Radio.Group
              options={[
                { value: 'full', label: '全部采纳' },
                { value: 'partial', label: '部分采纳' },
                { value: 'none', label: '不予采纳' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reasoning" label="复核理由" rules={requiredText('请填写复核理由')}>
            <TextArea rows={4} maxLength={20000} />
          </Form.Item>
          {adopted && adopted !== 'none' && <PenaltyLines name={['revisedPenalty', 'lines']} label="调整后的拟处罚" />}
        </>
      );
    },
    initial: () => ({ adopted: 'none' }),
  },
  waiveRights: {
    intro: '当事人明确放弃权利的，应当由其签名确认（行政处罚法 第62条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="rights" label="放弃的权利" rules={required('请选择放弃的权利')}>
          <Checkbox.Group
            options={[
              { value: 'statement', label: '陈述权' },
              { value: 'defence', label: '申辩权' },
              { value: 'hearing', label: '听证权' },
            ]}
          />
        </Form.Item>
        {ctx.state.notice?.rights.hearing && (
          <Alert
            type="info"
            showIcon
            className="form-hint"
            title={`告知书已告知听证权利：放弃陈述、申辩不等于放弃听证。当事人未书面放弃听证的，须待要求听证的期限${ctx.state.notice.hearingRequestDue ? `（至 ${ctx.state.notice.hearingRequestDue}）` : ''}届满后方可作出处罚决定（行政处罚法 第63–64条）。`}
          />
        )}
        <Form.Item
          name="signedByParty"
          valuePropName="checked"
          rules={[
            {
              validator: async (_r, v?: boolean) => {
                if (!v) throw new Error('放弃须由当事人签名确认');
              },
            },
          ]}
        >
          <Checkbox>当事人已在放弃声明上签名</Checkbox>
        </Form.Item>
        <Form.Item name="signedOn" label="签署日期" rules={required('请填写签署日期')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="evidenceId" label="放弃声明（已上传的材料）">
          <EvidenceSelect detail={ctx.detail} kinds={['documentary', 'partyStatement']} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ signedOn: ctx.today }),
  },
  requestHearing: {
    intro: '当事人在告知后五个工作日内提出听证要求；逾期的标记为逾期申请。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="requestedOn" label="收到申请日期" rules={required('请填写收到日期')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="postedOn" label="交邮日期（邮寄申请时）">
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="form" label="形式" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'written', label: '书面' },
              { value: 'oral', label: '口头' },
            ]}
          />
        </Form.Item>
        {ctx.state.notice?.hearingRequestDue && (
          <Alert
            type="info"
            showIcon
            title={`要求听证的期限至 ${ctx.state.notice.hearingRequestDue}${provisionalMark(ctx.detail, 'hearingRequest')}`}
          />
        )}
      </>
    ),
    initial: (ctx) => ({ requestedOn: ctx.today, form: 'written' }),
  },
  scheduleHearing: {
    wide: true,
    intro: '听证七日前通知当事人听证的时间、地点；由非本案调查人员主持；公开举行（行政处罚法 第64条）。',
    Fields: ({ ctx }) => <ScheduleHearingFields ctx={ctx} />,
    initial: (ctx) => ({
      noticeDate: ctx.today,
      hearingDate: workingDaysAfter(ctx.today, ctx.config.hearing.noticeLeadWorkingDays + 1),
      hearingTime: '09:30',
      public: true,
      agents: [],
    }),
    toPayload: (v) => ({ ...v, agents: (v.agents as unknown[] | undefined) ?? [] }),
  },
  recordHearing: {
    wide: true,
    intro: '听证笔录交当事人或其代理人核对无误后签字或盖章；当事人不承担听证费用（行政处罚法 第63条、第64条）。',
    Fields: ({ ctx }) => {
      const form = Form.useFormInstance();
      const attendance = Form.useWatch('attendance', form);
      const signed = Form.useWatch(['transcript', 'signedByParty'], form);
      return (
        <>
          <Form.Item
            name="heldOn"
            label="听证日期"
            rules={heldOnRules(ctx)}
            extra={scheduledOn(ctx) ? `听证通知载明的日期：${scheduledOn(ctx)}` : undefined}
          >
            <DateInput min={scheduledOn(ctx)} max={ctx.today} />
          </Form.Item>
          <Form.Item name="attendance" label="出席情况" rules={required('请选择')}>
            <Radio.Group
              className="vertical-radio"
              options={Object.entries(HEARING_ATTENDANCE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          {attendance === 'attended' && (
            <>
              <Form.Item name={['transcript', 'signedByParty']} label="听证笔录当事人签名" rules={required('请选择')}>
                <YesNo yes="已签字" no="拒绝签字" />
              </Form.Item>
              {signed === false && (
                <Form.Item
                  name={['transcript', 'presiderRefusalNote']}
                  label="主持人注明拒签情况"
                  rules={requiredText('请注明')}
                >
                  <Input maxLength={1000} />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item name="report" label="听证报告">
            <TextArea rows={5} maxLength={50000} />
          </Form.Item>
          <Form.Item
            name="feeCharged"
            label="向当事人收取的费用"
            rules={required('请填写')}
            extra="当事人不承担行政机关组织听证的费用"
          >
            <InputNumber min={0} precision={2} suffix="元" className="full-width" />
          </Form.Item>
          <Form.Item name="avEvidenceId" label="音像记录">
            <EvidenceSelect detail={ctx.detail} kinds={['audioVisual', 'electronicData']} />
          </Form.Item>
        </>
      );
    },
    initial: (ctx) => ({
      heldOn: heldOnDefault(ctx),
      attendance: 'attended',
      transcript: { signedByParty: true },
      feeCharged: 0,
    }),
  },
};
