import { Button, Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import {
  REVIEW_ITEMS,
  REVIEW_ITEM_LABELS,
  REVIEW_TRIGGERS,
  REVIEW_TRIGGER_LABELS,
  checkReviewChecklist,
  draftReviewMaterials,
  reviewTriggers,
  type RecordReviewPayload,
} from '@zhifa/domain';
import { DateInput, required, requiredText } from '../../fields/inputs';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { PenaltyLines } from '../../fields/PenaltyLines';
import { clean } from '../clean';
import { RefusalList } from '../RefusalList';
import type { ActionForms, FormContext } from '../types';

const { TextArea } = Input;

function ChecklistCheck() {
  const form = Form.useFormInstance();
  const outcome = Form.useWatch('outcome', form) as RecordReviewPayload['outcome'] | undefined;
  const checklist = Form.useWatch('checklist', form) as RecordReviewPayload['checklist'] | undefined;
  if (!outcome || !checklist) return null;
  const refusals = checkReviewChecklist({
    outcome,
    checklist: (clean(checklist) as RecordReviewPayload['checklist']) ?? {},
  });
  return <RefusalList refusals={refusals} title="审核意见与审核事项不一致" type="warning" live />;
}

/** 国办发〔2018〕118号: the nine headings, each found 符合 or 不符合 with a note. */
export function ReviewChecklistFields() {
  const form = Form.useFormInstance();
  // 全部符合 fills every item at once; each stays shown and can be changed one by one.
  const allInOrder = () =>
    form.setFieldsValue({
      checklist: Object.fromEntries(
        REVIEW_ITEMS.map((item) => [item, { ...(form.getFieldValue(['checklist', item]) ?? {}), ok: true }]),
      ),
    });
  return (
    <>
      <Button size="small" onClick={allInOrder} className="review-all-ok" data-testid="review-all-ok">
        全部符合
      </Button>
      <div className="review-checklist">
        {REVIEW_ITEMS.map((item, i) => (
          <div key={item} className="review-item">
            <div className="review-item-label">
              {i + 1}. {REVIEW_ITEM_LABELS[item]}
            </div>
            <Form.Item name={['checklist', item, 'ok']} rules={required('请逐项审核')} className="review-item-ok">
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: '符合' },
                  { value: false, label: '不符合' },
                ]}
              />
            </Form.Item>
            <Form.Item name={['checklist', item, 'note']} className="review-item-note">
              <Input placeholder="意见（可选）" maxLength={5000} />
            </Form.Item>
          </div>
        ))}
      </div>
      <Form.Item name="outcome" label="审核结论" rules={required('请选择审核结论')}>
        <Radio.Group
          options={[
            { value: 'pass', label: '同意（通过）' },
            { value: 'return', label: '存在问题，退回' },
          ]}
        />
      </Form.Item>
      <Form.Item name="opinion" label="审核意见" rules={requiredText('请填写审核意见')}>
        <TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <ChecklistCheck />
    </>
  );
}

function suggestedTriggers(ctx: FormContext): string[] {
  return reviewTriggers(ctx.state, ctx.state.intendedPenalty, ctx.state.party?.kind ?? null, ctx.config);
}

export const reviewForms: ActionForms = {
  submitForReview: {
    intro: '重大执法决定作出前应当进行法制审核；未经审核或审核未通过的，不得作出决定（行政处罚法 第58条）。',
    Fields: () => (
      <>
        <Form.Item name="triggers" label="审核情形" rules={required('请选择至少一种审核情形')}>
          <Checkbox.Group
            className="vertical-checkbox"
            options={REVIEW_TRIGGERS.map((t) => ({ value: t, label: REVIEW_TRIGGER_LABELS[t] }))}
          />
        </Form.Item>
        <Form.Item name="materials" label="送审材料" rules={requiredText('请列明送审材料')}>
          <TextArea rows={4} maxLength={20000} />
        </Form.Item>
      </>
    ),
    initial: (ctx) => {
      const triggers = suggestedTriggers(ctx);
      return {
        triggers: triggers.length ? triggers : ['voluntary'],
        // Only what the case file holds now (no 听证笔录 without a hearing).
        materials: draftReviewMaterials(ctx.state),
      };
    },
  },
  recordReview: {
    wide: true,
    intro: '逐项审核九个方面，发现问题的应当退回；审核人员不得为本案调查人员。',
    Fields: () => <ReviewChecklistFields />,
    initial: () => ({ checklist: {} }),
    toPayload: (v) => ({ ...v, checklist: v.checklist ?? {} }),
  },
  recordDeliberation: {
    intro: '情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（行政处罚法 第57条第2款）。',
    Fields: ({ ctx }) => (
      <>
        <Form.Item name="heldOn" label="讨论日期" rules={required('请填写讨论日期')}>
          <DateInput max={ctx.today} />
        </Form.Item>
        <Form.Item
          name="participantIds"
          label="参加讨论的负责人（两名以上，含本人）"
          rules={[
            ...required('请选择参加讨论的负责人'),
            // The domain refuses fewer than two participants; say so at the field, before sending.
            {
              validator: async (_r, v?: string[]) => {
                if (v && v.length < 2) throw new Error('集体讨论应当由两名以上负责人参加（行政处罚法 第57条第2款）');
              },
            },
          ]}
        >
          {/* Only the agency's heads take part (第57条第2款); the server refuses anyone else. */}
          <OfficerSelect multiple roles={['agencyHead']} />
        </Form.Item>
        <Form.Item name="conclusion" label="讨论结论" rules={requiredText('请填写讨论结论')}>
          <TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <PenaltyLines name={['proposedPenalty', 'lines']} label="讨论确定的处罚（可选）" optional />
      </>
    ),
    initial: (ctx) => ({ heldOn: ctx.today, participantIds: ctx.myPersonId ? [ctx.myPersonId] : [] }),
    toPayload: (v) => {
      const p = v.proposedPenalty as { lines?: unknown[] } | undefined;
      return p?.lines?.length ? v : { ...v, proposedPenalty: undefined };
    },
  },
  extendDeadline: {
    intro: '办案期限自立案之日起九十日；负责人可批准延长一次不超过三十日，再延长须集体讨论决定（行政处罚法 第60条）。',
    Fields: () => (
      <>
        <Form.Item name="days" label="延长天数" rules={required('请填写延长天数')}>
          <InputNumber min={1} max={365} precision={0} suffix="日" className="full-width" />
        </Form.Item>
        <Form.Item name="approval" label="批准方式" rules={required('请选择')}>
          <Radio.Group
            options={[
              { value: 'head', label: '负责人批准' },
              { value: 'collective', label: '集体讨论决定' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label="延长理由" rules={requiredText('请填写延长理由')}>
          <TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </>
    ),
    initial: () => ({ days: 30, approval: 'head' }),
  },
};
