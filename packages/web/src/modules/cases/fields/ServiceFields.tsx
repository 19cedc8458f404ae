import { Col, Form, Input, Radio, Row } from 'antd';
import { SERVICE_METHODS, SERVICE_METHOD_LABELS, type ServiceMethod } from '@zhifa/domain';
import type { CaseDetail } from '@zhifa/contract';
import { EvidenceSelect } from './EvidenceSelect';
import { DateInput, required, requiredText } from './inputs';

/** 送达 by method (民事诉讼法 第87–95条): each method asks for the date its service takes effect. */
export function ServiceFields({ detail, today }: { detail: CaseDetail; today: string }) {
  const form = Form.useFormInstance();
  const method = (Form.useWatch('method', form) ?? 'direct') as ServiceMethod;
  return (
    <>
      <Form.Item name="method" label="送达方式" rules={required('请选择送达方式')}>
        <Radio.Group options={SERVICE_METHODS.map((m) => ({ value: m, label: SERVICE_METHOD_LABELS[m] }))} />
      </Form.Item>
      <Form.Item name="recipient" label="受送达人" rules={requiredText('请填写受送达人')}>
        <Input maxLength={200} />
      </Form.Item>
      {method === 'direct' && (
        <Form.Item name="signedOn" label="送达回证签收日期" rules={required('请填写签收日期')}>
          <DateInput max={today} />
        </Form.Item>
      )}
      {method === 'refusalWitnessed' && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="leftOn" label="留置日期" rules={required('请填写留置日期')}>
              <DateInput max={today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="witness" label="见证人">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="photoOrVideoEvidenceId" label="留置过程照片或录像">
              <EvidenceSelect detail={detail} kinds={['audioVisual', 'electronicData']} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {method === 'post' && (
        <Form.Item name="receiptDate" label="回执上注明的收件日期" rules={required('请填写收件日期')}>
          <DateInput max={today} />
        </Form.Item>
      )}
      {method === 'electronic' && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="consentSignedOn"
              label="电子送达确认书签署日期"
              rules={required('须当事人同意并签订确认书')}
            >
              <DateInput max={today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="arrivedOn" label="到达受送达人系统的日期" rules={required('请填写到达日期')}>
              <DateInput max={today} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="electronicAddress" label="电子送达地址">
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {method === 'publicNotice' && (
        <>
          <Form.Item name="publishedOn" label="公告日期" rules={required('请填写公告日期')}>
            <DateInput max={today} />
          </Form.Item>
          <Form.Item name="publicNoticeReason" label="公告送达理由" rules={requiredText('请记明公告送达的原因和经过')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </>
  );
}

export function serviceInitial(detail: CaseDetail, today: string) {
  return { method: 'direct', recipient: detail.state.party?.name, signedOn: today };
}

/** Only the fields of the chosen method travel: a hidden field of another method must not leak a date. */
const FIELDS_OF: Record<ServiceMethod, string[]> = {
  direct: ['signedOn'],
  refusalWitnessed: ['leftOn', 'witness', 'photoOrVideoEvidenceId'],
  post: ['receiptDate'],
  electronic: ['arrivedOn', 'consentSignedOn', 'electronicAddress'],
  publicNotice: ['publishedOn', 'publicNoticeReason'],
};

export function servicePayload(v: Record<string, unknown>) {
  const method = v.method as ServiceMethod;
  const out: Record<string, unknown> = { method, recipient: v.recipient };
  for (const f of FIELDS_OF[method] ?? []) if (v[f] !== undefined) out[f] = v[f];
  return out;
}
