import { Alert, Form, Input } from 'antd';
import { Attestation } from '../../fields/Attestation';
import { DocumentOnPaper } from '../../fields/DocumentOnPaper';
import { DateInput, YesNo, required, requiredText } from '../../fields/inputs';
import { useMyAgency } from '../../fields/agency';
import type { ActionForms } from '../types';

function FiledWith() {
  const agency = useMyAgency();
  return (
    <Form.Item
      name="filedWith"
      label="备案机关"
      rules={requiredText('请填写备案机关')}
      extra={agency.agency ? `所属行政机关：${agency.agency.name}` : undefined}
    >
      <Input maxLength={200} />
    </Form.Item>
  );
}

export const summaryForms: ActionForms = {
  recordSummaryService: {
    intro: '当场处罚决定书应当当场交付当事人；当事人拒绝签收的，应当在决定书上注明（行政处罚法 第52条）。',
    Fields: ({ ctx }) => {
      const form = Form.useFormInstance();
      const signed = Form.useWatch('partySigned', form);
      return (
        <>
          <Form.Item name="handedOverOn" label="交付日期" rules={required('请填写交付日期')}>
            <DateInput max={ctx.today} />
          </Form.Item>
          <Form.Item name="partySigned" label="当事人签收" rules={required('请选择')}>
            <YesNo yes="已签收" no="拒绝签收" />
          </Form.Item>
          {signed === false && (
            <Form.Item
              name="refusalNote"
              label="拒绝签收情况（注明于决定书上）"
              rules={requiredText('请注明当事人拒绝签收的情况')}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
          <DocumentOnPaper
            caseId={ctx.detail.id}
            kinds={['onTheSpotDecision']}
            title="决定书"
            missing="请先打印并由执法人员签名，或上传已签名的决定书（行政处罚法 第52条）"
          />
          <Attestation name="officersSigned" missing="交付的决定书应当由执法人员签名或者盖章（行政处罚法 第52条）">
            交付的决定书已由执法人员签名或盖章
          </Attestation>
        </>
      );
    },
    initial: (ctx) => ({ handedOverOn: ctx.state.summary?.decidedOn ?? ctx.today, partySigned: true }),
    toPayload: (v) => (v.partySigned ? { ...v, refusalNote: undefined } : v),
  },
  fileSummaryRecord: {
    intro: '执法人员当场作出的行政处罚决定，应当报所属行政机关备案（行政处罚法 第52条第3款）。',
    Fields: () => (
      <>
        <FiledWith />
        <Alert type="info" showIcon title="备案后，当场处罚的案件材料归入所属行政机关案卷。" />
      </>
    ),
    initial: (ctx) => ({ filedWith: ctx.me.agency?.name }),
  },
};
