import { Checkbox, Form, Input, Radio } from 'antd';
import { REFERRAL_ATTACHMENT_LABELS, REFERRAL_RESPONSE_LABELS } from '@zhifa/domain';
import { DateInput, DateTimeInput, YesNo, required, requiredText } from '../../fields/inputs';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { nowMinute } from '../../fields/today';
import type { ActionForms } from '../types';

const { TextArea } = Input;

export const criminalForms: ActionForms = {
  markSuspectedCrime: {
    intro: '涉嫌犯罪的，由两名以上执法人员组成专案组提出移送报告，报负责人审批。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="reportOn" label="移送报告日期" rules={required('请填写')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="reportSummary" label="涉嫌犯罪情况" rules={requiredText('请填写')}>
          <TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Form.Item name="officerIds" label="专案组执法人员" rules={required('请选择')}>
          <OfficerSelect multiple roles={['officer', 'departmentOfficer']} fallback={ctx.detail.people ?? []} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ reportOn: ctx.today, officerIds: ctx.state.officerIds }),
  },
  referCriminal: {
    Fields: () => {
      const form = Form.useFormInstance();
      const approved = Form.useWatch('approved', form);
      return (
        <>
          <Form.Item name="approved" label="审批结果" rules={required('请选择')}>
            <YesNo yes="批准移送" no="不批准移送" />
          </Form.Item>
          {approved === false && (
            <Form.Item name="reason" label="不批准理由" rules={requiredText('请填写不批准的理由')}>
              <TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {approved === true && (
            <>
              <Form.Item name="recipient" label="接收移送的公安机关" rules={requiredText('请填写')}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item
                name="approvedAt"
                label="批准时间"
                rules={required('请填写批准时间')}
                extra="应当自批准时起 24 小时内移送（移送规定 第5条）"
              >
                <DateTimeInput />
              </Form.Item>
              <Form.Item name="transferredAt" label="移送时间">
                <DateTimeInput />
              </Form.Item>
              <Form.Item name="attachments" label="移送材料">
                <Checkbox.Group
                  className="vertical-checkbox"
                  options={Object.entries(REFERRAL_ATTACHMENT_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name="noExpertReports" valuePropName="checked">
                <Checkbox>本案无检验报告或鉴定结论</Checkbox>
              </Form.Item>
            </>
          )}
        </>
      );
    },
    initial: () => ({ approved: true, attachments: [], approvedAt: nowMinute() }),
    toPayload: (v) => ({
      ...v,
      attachments: (v.attachments as string[] | undefined) ?? [],
      approvedAt: v.approved === true ? v.approvedAt : undefined,
    }),
  },
  recordReferralResponse: {
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="response" label="反馈情况" rules={required('请选择')}>
          <Radio.Group
            className="vertical-radio"
            options={Object.entries(REFERRAL_RESPONSE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="on" label="日期" rules={required('请填写')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => ({ on: ctx.today }),
  },
};
