import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form } from 'antd';
import { checkInput, openingAction } from '@zhifa/domain';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, request } from '../../../api/client';
import { errorText, showSuccess } from '../../../app/feedback';
import { refusalsOf } from '../actions/ActionDialog';
import { RefusalList } from '../actions/RefusalList';
import type { FormValues } from '../actions/types';
import { useInvalidateCase } from '../api';
import { useMyPerson } from '../fields/people';
import type { CaseRefusalView, ResponseOf } from '@zhifa/contract';
import { SummaryFields, summaryInitial, summaryPayload, useSummaryEligibility } from './SummaryFields';
import '../cases.css';

// The summary procedure opens with the decision on the spot (第51条).
const OPENING = openingAction('summary');

function SubmitButton({ sending }: { sending: boolean }) {
  const { refusals } = useSummaryEligibility();
  return (
    <Button
      type="primary"
      htmlType="submit"
      size="large"
      block
      icon={<ThunderboltOutlined />}
      loading={sending}
      disabled={refusals.length > 0}
    >
      当场作出处罚决定
    </Button>
  );
}

/** 简易程序: the on-the-spot decision, made on a phone in the street; it is numbered and handed over at once. */
export default function SummaryCasePage() {
  const navigate = useNavigate();
  const me = useMyPerson();
  const invalidate = useInvalidateCase();
  const [form] = Form.useForm<FormValues>();
  const [commandId, setCommandId] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<{
    title: string;
    lines: CaseRefusalView[] | { message: string; article: string }[];
  } | null>(null);

  useEffect(() => {
    // The officer's own person record arrives with the people list; put them on the form once.
    const current = form.getFieldValue('officerIds') as string[] | undefined;
    if (me && !current?.length) form.setFieldValue('officerIds', [me.id]);
  }, [me, form]);

  const submit = async () => {
    const payload = summaryPayload(form.getFieldsValue(true));
    // The form number is the server's (第52条): the input holds everything else.
    const invalid = checkInput(OPENING, payload);
    if (invalid.length) {
      setProblems({ title: '请先补全以下内容', lines: invalid.map((m) => ({ message: m, article: '' })) });
      return;
    }
    setSending(true);
    setProblems(null);
    try {
      const created = await request<ResponseOf<'POST /api/cases'>>('POST', '/api/cases', {
        body: { procedure: 'summary', commandId, payload },
        idempotencyKey: commandId,
      });
      showSuccess('当场处罚决定已作出');
      await invalidate();
      void navigate(`/cases/${created.id}`, { state: { created: true } });
    } catch (err) {
      setCommandId(crypto.randomUUID());
      const refusals = refusalsOf(err);
      if (refusals.length) setProblems({ title: '不能当场作出处罚决定', lines: refusals });
      else if (err instanceof ApiError && err.fieldErrors.length) {
        setProblems({
          title: err.message,
          lines: err.fieldErrors.map((f) => ({ message: `${f.path ?? ''} ${f.message ?? ''}`.trim(), article: '' })),
        });
      } else setProblems({ title: errorText(err), lines: [] });
    } finally {
      setSending(false);
    }
  };

  return (
    <Card className="summary-card">
      <Alert
        type="info"
        showIcon
        className="form-hint"
        title="简易程序适用于违法事实确凿并有法定依据、对公民处二百元以下或对法人或者其他组织处三千元以下罚款或者警告的案件。"
      />
      <Form
        form={form}
        layout="vertical"
        name="summaryCase"
        initialValues={summaryInitial(me?.id)}
        onFinish={() => void submit()}
        scrollToFirstError
        className="summary-form"
      >
        <SummaryFields />
        {problems &&
          (problems.lines.length ? (
            <RefusalList refusals={problems.lines} title={problems.title} />
          ) : (
            <Alert type="error" showIcon title={problems.title} className="refusal-alert" />
          ))}
        <SubmitButton sending={sending} />
      </Form>
    </Card>
  );
}
