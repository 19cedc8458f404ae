import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { PRESERVATION_HANDLING_LABELS, draftInvestigationReport } from '@zhifa/domain';
import { DateInput, YesNo, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { nextId } from '../ids';
import type { ActionForms } from '../types';
import { RecordBaseFields, recordInitial } from './record-fields';

const { TextArea } = Input;

const PROPOSED_OUTCOME_LABELS = {
  penalty: '给予行政处罚',
  noPenalty: '不予行政处罚',
  criminalReferral: '移送司法机关',
  transfer: '移送有管辖权机关',
};

const FLAG_LABELS = {
  complex: '情节复杂',
  majorViolation: '重大违法行为',
  majorPublicInterest: '涉及重大公共利益',
  multipleLegalRelations: '疑难复杂、涉及多个法律关系',
  lawRequiresReview: '法律法规规定应当法制审核',
} as const;

export const investigationForms: ActionForms = {
  requestAssistance: {
    intro:
      '因实施行政处罚的需要，可以向有关机关提出协助请求；协助事项属于被请求机关职权范围内的，应当依法予以协助（行政处罚法 第26条）。提交后生成编号的协助函。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="toAgency" label="被请求协助单位" rules={requiredText('请填写被请求协助的单位')}>
          <Input maxLength={200} placeholder="如：某县自然资源局某自然资源所" />
        </Form.Item>
        <Form.Item name="matters" label="请求协助事项" rules={requiredText('请写明请求协助的事项')}>
          <TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="reason" label="请求协助的理由和依据" rules={requiredText('请写明理由和依据')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="replyBy" label="请于此日期前回复">
          <DateInput min={ctx.today} />
        </Form.Item>
        <Form.Item name="agencyContact" label="本机关联系人及电话">
          <Input maxLength={200} />
        </Form.Item>
      </>
    ),
  },
  recordInterview: {
    wide: true,
    intro: '询问笔录由两名以上执法人员制作，交被询问人核对签名（行政处罚法 第42条、第55条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="interviewee" label="被询问人" rules={requiredText('请填写被询问人')}>
          <Input maxLength={200} />
        </Form.Item>
        <RecordBaseFields ctx={ctx} partyLabel="被询问人" />
        <Form.Item name="summary" label="询问内容摘要" rules={requiredText('请填写询问内容')}>
          <TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      ...recordInitial(ctx, 'XW-'),
      interviewee: ctx.state.party?.legalRepresentative ?? ctx.state.party?.name,
    }),
  },
  recordSiteInspection: {
    wide: true,
    intro: '现场检查（勘验）笔录：当事人不在场或拒绝签名的，应当注明并可邀请见证人。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="partyPresent" label="当事人在场" rules={required('请选择当事人是否在场')}>
          <YesNo yes="在场" no="不在场" />
        </Form.Item>
        <RecordBaseFields ctx={ctx} />
        <Form.Item name="findings" label="检查情况" rules={requiredText('请填写检查情况')}>
          <TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ ...recordInitial(ctx, 'JC-'), partyPresent: true }),
  },
  markEvidenceIllegal: {
    intro: '以非法手段取得的证据，不得作为认定案件事实的根据（行政处罚法 第46条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="evidenceId" label="证据" rules={required('请选择证据')}>
          <EvidenceSelect detail={ctx.detail} />
        </Form.Item>
        <Form.Item name="reason" label="非法取得情形" rules={requiredText('请填写非法取得的情形')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  preserveEvidence: {
    intro: '先行登记保存须经负责人批准，七个工作日内作出处理决定（行政处罚法 第56条）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="preservationId" label="保存编号" rules={requiredText('请填写')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="items" label="保存物品" rules={required('请列出保存的物品')}>
          <Select mode="tags" placeholder="输入物品名称及数量后回车" />
        </Form.Item>
        <Form.Item name="officerIds" label="执法人员" rules={required('请选择执法人员')}>
          <OfficerSelect multiple roles={['officer', 'departmentOfficer']} fallback={ctx.detail.people ?? []} />
        </Form.Item>
        <Form.Item name="reason" label="证据可能灭失或以后难以取得的情形" rules={requiredText('请填写')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="place" label="保存地点" rules={requiredText('请填写保存地点')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="avEvidenceId" label="音像记录">
          <EvidenceSelect detail={ctx.detail} kinds={['audioVisual', 'electronicData']} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({
      preservationId: nextId(
        'BC-',
        ctx.state.preservations.map((p) => p.id),
      ),
      officerIds: ctx.state.officerIds,
    }),
  },
  handlePreservedEvidence: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="preservationId" label="先行登记保存" rules={required('请选择')}>
          <Select
            options={ctx.state.preservations
              .filter((p) => !p.handling)
              .map((p) => ({ value: p.id, label: `${p.id}：${p.items.join('、')}` }))}
          />
        </Form.Item>
        <Form.Item name="handling" label="处理决定" rules={required('请选择处理决定')}>
          <Radio.Group
            options={Object.entries(PRESERVATION_HANDLING_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  finishInvestigation: {
    wide: true,
    intro: '调查终结报告写明认定的事实、证据和处理建议；下列情形决定是否须集体讨论或法制审核。',
    Fields: () => (
      <>
        <Form.Item name="report" label="调查终结报告" rules={requiredText('请填写调查终结报告')}>
          <TextArea rows={6} maxLength={50000} showCount />
        </Form.Item>
        <Form.Item name="proposedOutcome" label="处理建议" rules={required('请选择处理建议')}>
          <Radio.Group options={Object.entries(PROPOSED_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="案件情形">
          {(Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]).map((k) => (
            <Form.Item key={k} name={['flags', k]} valuePropName="checked" noStyle>
              <Checkbox className="block-checkbox">{FLAG_LABELS[k]}</Checkbox>
            </Form.Item>
          ))}
        </Form.Item>
      </>
    ),
    // A draft from the records and evidence, for the officer to complete.
    initial: (ctx) => ({
      report: draftInvestigationReport(ctx.state),
      proposedOutcome: 'penalty',
      flags: {
        complex: false,
        majorViolation: false,
        majorPublicInterest: false,
        multipleLegalRelations: false,
        lawRequiresReview: false,
      },
    }),
  },
};
