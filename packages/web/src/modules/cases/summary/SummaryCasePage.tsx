import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Steps } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
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
import {
  SummaryConfirmStep,
  SummaryFactsStep,
  SummaryPartyStep,
  SummaryPenaltyStep,
  summaryInitial,
  summaryPayload,
  useSummaryEligibility,
} from './SummaryFields';
import '../cases.css';

// The summary procedure opens with the decision on the spot (第51条).
const OPENING = openingAction('summary');

/**
 * The form in four short steps, so a phone shows one screen at a time. Every step stays mounted
 * (hidden when not current): values and live checks hold across steps, and the final submit checks all.
 */
const STEPS: { title: string; fields: NamePath[]; Body: () => React.JSX.Element }[] = [
  { title: '当事人', fields: [['party']], Body: SummaryPartyStep },
  {
    title: '违法事实',
    fields: ['item', 'violation', 'place', 'occurredAt', 'discoveredOn', 'officerIds'],
    Body: SummaryFactsStep,
  },
  {
    title: '处罚',
    fields: ['penaltyKind', 'fineAmount', 'tier', 'deviationReason', ['basis'], 'agencyName', 'remediesText'],
    Body: SummaryPenaltyStep,
  },
  { title: '确认', fields: ['certificatesShown', 'partyHeard'], Body: SummaryConfirmStep },
];

function NextButton({ onNext }: { onNext: () => void }) {
  const { refusals } = useSummaryEligibility();
  return (
    <Button type="primary" size="large" block onClick={onNext} disabled={refusals.length > 0}>
      下一步
    </Button>
  );
}

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
  const [current, setCurrent] = useState(0);
  const last = current === STEPS.length - 1;

  const next = async () => {
    const ok = await form
      .validateFields(STEPS[current].fields, { recursive: true })
      .then(() => true)
      .catch(() => false);
    if (!ok) return;
    setCurrent((c) => c + 1);
    window.scrollTo({ top: 0 });
  };
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
        onFinishFailed={({ errorFields }) => {
          // A field of an earlier step failed the final check: go back to it.
          const first = errorFields[0]?.name[0];
          const at = STEPS.findIndex((st) => st.fields.some((f) => (Array.isArray(f) ? f[0] : f) === first));
          if (at >= 0) setCurrent(at);
        }}
        scrollToFirstError
        className="summary-form"
      >
        <Steps
          current={current}
          size="small"
          responsive={false}
          titlePlacement="vertical"
          className="summary-steps"
          items={STEPS.map((st, i) => ({ title: st.title, disabled: i > current }))}
          onChange={(i) => i < current && setCurrent(i)}
        />
        {STEPS.map(({ title, Body }, i) => (
          <div key={title} hidden={i !== current} data-step={title}>
            <Body />
          </div>
        ))}
        {problems &&
          (problems.lines.length ? (
            <RefusalList refusals={problems.lines} title={problems.title} />
          ) : (
            <Alert type="error" showIcon title={problems.title} className="refusal-alert" />
          ))}
        <div className="summary-step-buttons">
          {current > 0 && (
            <Button size="large" onClick={() => setCurrent((c) => c - 1)}>
              上一步
            </Button>
          )}
          {last ? <SubmitButton sending={sending} /> : <NextButton onNext={() => void next()} />}
        </div>
      </Form>
    </Card>
  );
}
