import { Attestation } from '../../fields/Attestation';
import { Col, Form, Input, Row } from 'antd';
import { DateTimeInput, YesNo, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { OfficerSelect } from '../../fields/OfficerSelect';
import { nowMinute } from '../../fields/today';
import { nextId } from '../ids';
import type { FormContext, FormValues } from '../types';

/**
 * 行政处罚法 第55条: a record cannot state a time after it is entered (the server refuses beyond ten
 * minutes of clock difference); the form says so first.
 */
const notLater = {
  validator: async (_r: unknown, v?: string) => {
    if (v && v.slice(0, 16) > nowMinute()) throw new Error('笔录时间不能晚于现在（登记时间）');
  },
};

/** What every 笔录 carries: number, the two officers, time, place, certificates shown, signature. */
export function RecordBaseFields({ ctx, partyLabel = '当事人' }: { ctx: FormContext; partyLabel?: string }) {
  const form = Form.useFormInstance();
  const signed = Form.useWatch(['signature', 'partySigned'], form);
  const caseOfficers = ctx.detail.people?.filter((p) => ctx.state.officerIds.includes(p.id)) ?? [];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="recordId" label="笔录编号" rules={requiredText('请填写笔录编号')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label="地点" rules={requiredText('请填写地点')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="startedAt" label="开始时间" rules={[...required('请填写开始时间'), notLater]}>
            <DateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="endedAt" label="结束时间" rules={[notLater]}>
            <DateTimeInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="officerIds"
        label="执法人员（两名以上，含本人）"
        rules={[
          { required: true, message: '请选择执法人员' },
          {
            validator: async (_r, v?: string[]) => {
              if (v && v.length < 2) throw new Error('调查或者进行检查时，执法人员不得少于两人（行政处罚法 第42条）');
            },
          },
        ]}
      >
        <OfficerSelect multiple roles={['officer', 'departmentOfficer']} fallback={caseOfficers} />
      </Form.Item>
      <Attestation name="certificatesShown" missing="执法人员应当主动出示执法证件（行政处罚法 第55条）">
        已主动向{partyLabel}出示执法证件
      </Attestation>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={['signature', 'partySigned']} label={`${partyLabel}签名`} rules={required('请选择签名情况')}>
            <YesNo yes="已签名" no="未签名" />
          </Form.Item>
        </Col>
        {signed === false && (
          <Col xs={24} md={16}>
            <Form.Item
              name={['signature', 'refusalNote']}
              label="拒签（或不在场）情况"
              rules={requiredText('请注明拒绝签名或不在场的情况')}
            >
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={signed === false ? 24 : 16}>
          <Form.Item name={['signature', 'witness']} label="见证人">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="avEvidenceId" label="音像记录">
        <EvidenceSelect
          detail={ctx.detail}
          kinds={['audioVisual', 'electronicData']}
          placeholder="选择已上传的录音录像（可选）"
        />
      </Form.Item>
    </>
  );
}

export function recordInitial(ctx: FormContext, prefix: string): FormValues {
  return {
    recordId: nextId(
      prefix,
      ctx.state.records.map((r) => r.recordId),
    ),
    officerIds: ctx.state.officerIds.slice(0, 2).length === 2 ? ctx.state.officerIds.slice(0, 2) : ctx.state.officerIds,
    startedAt: nowMinute(),
    signature: { partySigned: true },
  };
}
