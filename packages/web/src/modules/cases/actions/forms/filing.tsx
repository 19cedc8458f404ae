import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import {
  PENALTY_PROPOSAL_KINDS,
  PENALTY_PROPOSAL_KIND_LABELS,
  caseParties,
  type CaseItemRef,
  type FileCasePayload,
  type PenaltyProposalKind,
} from '@zhifa/domain';
import { nextId } from '../ids';
import { DateInput, YesNo, required, requiredText } from '../../fields/inputs';
import { ItemSelect } from '../../fields/ItemSelect';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { PartyFields } from '../../fields/PartyFields';
import { todayString } from '../../fields/today';
import { cleanObject } from '../clean';
import type { ActionForms, FormContext, FormValues } from '../types';

const { TextArea } = Input;

const twoOfficers = [
  { required: true, message: '请选择承办执法人员' },
  {
    validator: async (_r: unknown, v?: string[]) => {
      if (v && v.length < 2) throw new Error('执法人员不得少于两人（行政处罚法 第42条）');
    },
  },
];

/** The facts of a filing (立案): party, item, facts, dates and the two officers. Shared by 立案 from a lead. */
export function FilingFields({ withSource = true }: { withSource?: boolean }) {
  return (
    <>
      <PartyFields />
      <Form.Item name="item" label="执法事项" rules={required('请选择执法事项')}>
        <ItemSelect />
      </Form.Item>
      {withSource && (
        <Form.Item name="source" label="案件来源" rules={requiredText('请填写案件来源')}>
          <Input maxLength={2000} placeholder="如：日常巡查发现、群众投诉举报" />
        </Form.Item>
      )}
      <Form.Item name="facts" label="简要案情" rules={requiredText('请填写简要案情')}>
        <TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="violationDate" label="违法行为发生日期" rules={required('请填写违法行为发生日期')}>
            <DateInput max={todayString()} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="actEndedOn"
            label="违法行为终了日期"
            tooltip="连续或者继续状态的违法行为，填写终了之日（行政处罚法 第36条第2款）"
          >
            <DateInput max={todayString()} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="discoveredOn" label="发现日期" rules={required('请填写发现日期')}>
            <DateInput max={todayString()} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="lifeOrFinancialSafetyHarm" valuePropName="checked">
        <Checkbox>涉及公民生命健康安全、金融安全且有危害后果（追责时效五年）</Checkbox>
      </Form.Item>
      <Form.Item name="officerIds" label="承办执法人员（至少两名持证人员）" rules={twoOfficers}>
        <OfficerSelect multiple roles={['officer', 'departmentOfficer']} />
      </Form.Item>
      <Form.Item
        name="intendedPenaltyKinds"
        label="拟给予的处罚种类（可选）"
        extra="县级保留的处罚（如吊销许可证件、责令停产停业）乡镇不得立案办理，应当移送（行政处罚法 第24条）"
      >
        <Select
          mode="multiple"
          allowClear
          options={PENALTY_PROPOSAL_KINDS.map((k) => ({ value: k, label: PENALTY_PROPOSAL_KIND_LABELS[k] }))}
        />
      </Form.Item>
    </>
  );
}

/** fileCase's payload; `intendedPenaltyKinds` lets the server refuse a county-reserved penalty at once. */
export function filingPayload(
  values: FormValues,
  extra: Partial<FileCasePayload> = {},
): FileCasePayload & { intendedPenaltyKinds?: PenaltyProposalKind[] } {
  const v = cleanObject(values);
  const item = v.item as CaseItemRef | undefined;
  const kinds = v.intendedPenaltyKinds as PenaltyProposalKind[] | undefined;
  return {
    ...(kinds?.length ? { intendedPenaltyKinds: kinds } : {}),
    party: v.party as FileCasePayload['party'],
    items: item ? [item] : [],
    source: v.source as string,
    facts: v.facts as string,
    violationDate: v.violationDate as string,
    ...(v.actEndedOn ? { actEndedOn: v.actEndedOn as string } : {}),
    discoveredOn: v.discoveredOn as string,
    lifeOrFinancialSafetyHarm: v.lifeOrFinancialSafetyHarm === true,
    officerIds: (v.officerIds as string[]) ?? [],
    ...extra,
  };
}

export function filingInitial(ctx: { myPersonId?: string }): FormValues {
  return {
    party: { kind: 'organisation' },
    discoveredOn: todayString(),
    officerIds: ctx.myPersonId ? [ctx.myPersonId] : [],
  };
}

const caseOfficers = (ctx: FormContext) => ctx.detail.people?.filter((p) => ctx.state.officerIds.includes(p.id)) ?? [];

export const filingForms: ActionForms = {
  addParty: {
    wide: true,
    intro:
      '共同实施违法行为的，每一名当事人分别作出处罚决定（行政处罚法 第29条）。追加当事人应当在事先告知前，由负责人批准。',
    Fields: () => (
      <>
        <Form.Item name="partyId" label="当事人编号" rules={requiredText('请填写')}>
          <Input maxLength={20} />
        </Form.Item>
        <PartyFields />
        <Form.Item name="jointFacts" label="共同违法事实" rules={requiredText('请写明该当事人参与共同违法的事实')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      partyId: nextId(
        'P',
        caseParties(ctx.state).map((p) => p.id),
      ),
      party: { kind: 'person' },
    }),
  },
  fileCase: {
    wide: true,
    intro: '立案申请提交后由负责人审批（行政处罚法 第54条）。',
    Fields: () => <FilingFields />,
    initial: (ctx) => filingInitial(ctx),
    toPayload: (values) => filingPayload(values),
  },
  approveFiling: {
    intro: '批准后案件进入调查取证；负责人不得为本案调查人员。',
    Fields: () => (
      <Form.Item name="opinion" label="审批意见">
        <TextArea rows={3} maxLength={2000} placeholder="同意立案，由承办人员依法调查" />
      </Form.Item>
    ),
    initial: () => ({ opinion: '同意立案。' }),
  },
  refuseFiling: {
    Fields: () => (
      <Form.Item name="reason" label="不予立案理由" rules={requiredText('请填写不予立案的理由')}>
        <TextArea rows={3} maxLength={2000} />
      </Form.Item>
    ),
  },
  assignOfficers: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="officerIds" label="承办执法人员" rules={twoOfficers}>
          <OfficerSelect multiple roles={['officer', 'departmentOfficer']} fallback={caseOfficers(ctx)} />
        </Form.Item>
        <Form.Item name="reason" label="调整理由" rules={requiredText('请填写调整理由')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ officerIds: ctx.state.officerIds }),
  },
  requestRecusal: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="applicant" label="申请人" rules={required('请选择申请人')}>
          <Radio.Group
            options={[
              { value: 'party', label: '当事人申请' },
              { value: 'officer', label: '执法人员自行回避' },
            ]}
          />
        </Form.Item>
        <Form.Item name="officerId" label="被申请回避人员" rules={required('请选择被申请回避人员')}>
          <OfficerSelect fallback={caseOfficers(ctx)} />
        </Form.Item>
        <Form.Item name="reason" label="回避理由" rules={requiredText('请填写回避理由')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="receivedOn" label="收到申请日期" rules={required('请填写收到申请日期')}>
          <DateInput max={ctx.today} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ applicant: 'party', receivedOn: ctx.today }),
  },
  decideRecusal: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="officerId" label="被申请回避人员" rules={required('请选择')}>
          <Select
            options={ctx.state.recusals
              .filter((r) => !r.decision)
              .map((r) => ({
                value: r.officerId,
                label: ctx.detail.people?.find((p) => p.id === r.officerId)?.name ?? r.officerId,
              }))}
          />
        </Form.Item>
        <Form.Item name="granted" label="决定" rules={required('请选择是否回避')}>
          <YesNo yes="回避" no="不予回避" />
        </Form.Item>
        <Form.Item name="reason" label="决定理由" rules={requiredText('请填写决定理由')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  transferCase: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="toAgency" label="移送机关" rules={requiredText('请填写有管辖权的机关')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="reason" label="移送理由" rules={requiredText('请填写移送理由')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidenceList" label="移送证据清单" rules={required('请列出移送的证据')}>
          <Select
            mode="tags"
            options={ctx.state.evidence.map((e) => ({ value: e.title, label: e.title }))}
            placeholder="选择或输入证据名称"
          />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ evidenceList: ctx.state.evidence.filter((e) => !e.illegal).map((e) => e.title) }),
  },
  requestJurisdictionRuling: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="otherAgency" label="争议机关" rules={requiredText('请填写')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="negotiationFailedOn" label="协商不成日期" rules={required('请填写')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="superior" label="共同上一级行政机关" rules={requiredText('请填写')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="otherFiledOn" label="对方立案日期">
          <DateInput />
        </Form.Item>
      </>
    ),
  },
  recordJurisdictionRuling: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="designated" label="指定结果" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'this', label: '由本机关管辖' },
              { value: 'other', label: '由其他机关管辖' },
            ]}
          />
        </Form.Item>
        <Form.Item name="rulingBody" label="指定机关" rules={requiredText('请填写')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="ruledOn" label="指定日期" rules={required('请填写')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="otherAgency" label="被指定机关（由其他机关管辖时）">
          <Input maxLength={300} />
        </Form.Item>
      </>
    ),
    initial: () => ({ designated: 'this' }),
  },
};
