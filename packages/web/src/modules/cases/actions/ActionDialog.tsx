import { Alert, App, Button, Col, Collapse, Drawer, Form, Modal, Row, Space, Typography } from 'antd';
import { CASE_ACTIONS, checkInput, type CaseActionType } from '@zhifa/domain';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { ApiError } from '../../../api/client';
import { errorText, showSuccess } from '../../../app/feedback';
import { useCurrentUser } from '../../../app/session';
import { useIsMobile } from '../../../shared/useIsMobile';
import { isStale, sendCaseCommand, useInvalidateCase } from '../api';
import { useMyPerson } from '../fields/people';
import { todayString } from '../fields/today';
import type { CaseDetail, CaseRefusalView, CommandResult } from '@zhifa/contract';
import { CaseMaterials } from './CaseMaterials';
import { clean } from './clean';
import { actionForm } from './registry';
import { RefusalList } from './RefusalList';
import type { FormContext, FormValues } from './types';

export function refusalsOf(err: unknown): CaseRefusalView[] {
  if (!(err instanceof ApiError)) return [];
  const details = err.details as { refusals?: CaseRefusalView[] } | undefined;
  return Array.isArray(details?.refusals) ? details.refusals : [];
}

interface Problem {
  kind: 'invalid' | 'refused' | 'stale' | 'error';
  lines: { message: string; article: string }[];
  text?: string;
}

interface Props {
  detail: CaseDetail;
  type: CaseActionType | null;
  label?: string;
  onClose: () => void;
  onDone?: (result: CommandResult) => void;
}

/** The form of one action: its input checked by the domain's schema before it is sent, refusals shown with their articles. */
export function ActionDialog({ detail, type, label, onClose, onDone }: Props) {
  const open = type !== null;
  const spec = type ? actionForm(type) : undefined;
  const isMobile = useIsMobile();
  const me = useCurrentUser();
  const myPerson = useMyPerson();
  const [form] = Form.useForm<FormValues>();
  const invalidate = useInvalidateCase();
  const { message } = App.useApp();
  const [commandId, setCommandId] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const [versionShown, setVersionShown] = useState(detail.version);

  const ctx: FormContext = useMemo(
    () => ({ detail, state: detail.state, config: detail.config, today: todayString(), me, myPersonId: myPerson?.id }),
    [detail, me, myPerson?.id],
  );

  // Reads the case as it is when the form opens; an effect event, so that a reload of the case while
  // the form is open does not re-run it and wipe what was typed.
  const startForm = useEffectEvent((opened: CaseActionType) => {
    setCommandId(crypto.randomUUID());
    setProblem(null);
    setVersionShown(detail.version);
    // One form instance serves every action: clear what the last form left, then start this one.
    // Values are set here rather than through initialValues, which would lose to the old store.
    form.resetFields();
    form.setFieldsValue(actionForm(opened)?.initial?.(ctx) ?? {});
  });
  useEffect(() => {
    if (open && type) startForm(type);
  }, [open, type]);

  const title = label ?? (type ? CASE_ACTIONS[type].label : '');
  // 审、批、定: whoever reviews, approves or decides sees the documents and evidence beside the form.
  const signsOff = type !== null && ['review', 'approve', 'decide'].includes(CASE_ACTIONS[type].duty);

  const submit = async () => {
    if (!type || !spec) return;
    try {
      await form.validateFields();
    } catch {
      setProblem({ kind: 'invalid', lines: [], text: '表单尚未填写完整，请按提示修改后再提交' });
      return;
    }
    // Every stored value, not only the mounted fields': some steps carry values the form does not show.
    const cleaned = (clean(form.getFieldsValue(true)) as FormValues | undefined) ?? {};
    const payload = spec.toPayload ? spec.toPayload(cleaned, ctx) : cleaned;
    // The client's part only: the server fills in the numbers it issues, then decide() checks the whole.
    const invalid = checkInput(type, payload);
    if (invalid.length) {
      setProblem({ kind: 'invalid', lines: invalid.map((m) => ({ message: m, article: '' })) });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const result = await sendCaseCommand(detail.id, { commandId, expectedVersion: detail.version, type, payload });
      showSuccess(`${title}：已办理，案件状态为“${result.statusLabel}”`);
      // Warnings do not stop the step but belong in front of the officer (e.g. 宜进行音像记录).
      for (const w of result.warnings ?? []) void message.warning(`${w.message}（${w.article}）`, 8);
      await invalidate(detail.id);
      onDone?.(result);
      onClose();
    } catch (err) {
      // The server did not take this command; a corrected resend is a new command.
      setCommandId(crypto.randomUUID());
      if (isStale(err)) {
        setProblem({
          kind: 'stale',
          lines: [],
          text: '案件已被他人更新，已重新加载最新内容。请核对案件情况后重新提交。',
        });
        await invalidate(detail.id);
      } else if (refusalsOf(err).length) {
        setProblem({ kind: 'refused', lines: refusalsOf(err) });
      } else {
        const fields =
          err instanceof ApiError
            ? err.fieldErrors.map((f) => ({ message: `${f.path ? `${f.path}：` : ''}${f.message ?? ''}`, article: '' }))
            : [];
        setProblem({ kind: 'error', lines: fields, text: errorText(err) });
      }
    } finally {
      setSending(false);
    }
  };

  const body = spec ? (
    <Form
      form={form}
      layout="vertical"
      name={`action-${type}`}
      preserve={false}
      scrollToFirstError
      onValuesChange={() => setProblem((p) => (p && p.kind !== 'stale' ? null : p))}
    >
      {spec.intro && (
        <Typography.Paragraph type="secondary" className="action-intro">
          {spec.intro}
        </Typography.Paragraph>
      )}
      {detail.version !== versionShown && (
        <Alert
          type="warning"
          showIcon
          className="form-hint"
          title={`案件已更新（版本 ${versionShown} → ${detail.version}），提交时以最新版本为准`}
        />
      )}
      <spec.Fields ctx={ctx} />
      {problem && <ProblemAlert problem={problem} />}
    </Form>
  ) : (
    <Alert type="error" showIcon title="该操作暂无办理表单" />
  );

  const footer = (
    <Space className="action-footer">
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" loading={sending} onClick={() => void submit()} disabled={!spec}>
        提交
      </Button>
    </Space>
  );

  if (isMobile || spec?.wide || signsOff) {
    const content = !signsOff ? (
      body
    ) : isMobile ? (
      <>
        <Collapse
          className="case-materials-collapse"
          items={[
            {
              key: 'materials',
              label: '查看案卷材料（文书、证据）',
              children: <CaseMaterials detail={detail} compact />,
            },
          ]}
        />
        {body}
      </>
    ) : (
      <Row gutter={24} wrap={false}>
        <Col flex="620px">{body}</Col>
        <Col flex="auto" className="case-materials-col">
          <CaseMaterials detail={detail} />
        </Col>
      </Row>
    );
    return (
      <Drawer
        open={open}
        title={title}
        onClose={onClose}
        size={isMobile ? '100%' : signsOff ? 'min(1400px, 96vw)' : 760}
        destroyOnHidden
        footer={footer}
        className={signsOff ? 'action-drawer action-drawer-materials' : 'action-drawer'}
        mask={{ closable: false }}
      >
        {content}
      </Drawer>
    );
  }
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
      width={620}
      mask={{ closable: false }}
      className="action-modal"
    >
      {body}
    </Modal>
  );
}

function ProblemAlert({ problem }: { problem: Problem }) {
  if (problem.kind === 'refused') return <RefusalList refusals={problem.lines} title="不符合法定程序，未予办理" />;
  if (problem.kind === 'invalid' && problem.lines.length)
    return <RefusalList refusals={problem.lines} title="请先补全以下内容" type="warning" />;
  if (problem.kind === 'error' && problem.lines.length)
    return <RefusalList refusals={problem.lines} title={problem.text ?? '提交失败'} />;
  return (
    <Alert
      type={problem.kind === 'stale' ? 'warning' : 'error'}
      showIcon
      className="refusal-alert"
      title={problem.text}
    />
  );
}
