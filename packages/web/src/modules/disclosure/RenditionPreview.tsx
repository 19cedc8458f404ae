import { Alert, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TaskDetail } from './api';

/** Marks where a finding's field is, so the reviewer sees what the detector saw. */
function Field({ name, findings, children }: { name: string; findings: TaskDetail['findings']; children: ReactNode }) {
  const hits = findings.filter((f) => f.field === name);
  if (hits.length === 0) return <>{children}</>;
  return (
    <div className="disclosure-finding" data-testid={`finding-${name}`}>
      <Space size={4} wrap>
        {hits.map((f, i) => (
          <Tag key={i} color="red">
            {f.label}：{f.excerpt}
          </Tag>
        ))}
      </Space>
      <div>{children}</div>
    </div>
  );
}

export function RenditionPreview({ task }: { task: TaskDetail }) {
  const r = task.rendition;
  if (!r) return <Alert type="info" showIcon message="不予公开，未生成公示文本" description={task.excludedReason} />;
  const f = task.findings;
  return (
    <>
      {f.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`公开前检测发现 ${f.length} 处疑似个人信息`}
          description="下方以红色标注。确认不属于应当隐去的信息后方可复核放行；否则请更正案件记录后重新生成。"
          className="mb-12"
        />
      )}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="标题">
          <Field name="title" findings={f}>
            {r.title}
          </Field>
        </Descriptions.Item>
        <Descriptions.Item label="当事人">
          <Field name="partyName" findings={f}>
            {r.party.name}
            {r.party.creditCode ? `（${r.party.creditCode}）` : ''}
          </Field>
        </Descriptions.Item>
        <Descriptions.Item label="违法事实">
          <Field name="facts" findings={f}>
            <Typography.Paragraph className="pre-wrap">{r.facts}</Typography.Paragraph>
          </Field>
        </Descriptions.Item>
        <Descriptions.Item label="处罚依据">
          <Field name="basis" findings={f}>
            {r.basis.map((b) => `${b.title}${b.article}`).join('；')}
          </Field>
        </Descriptions.Item>
        <Descriptions.Item label="处罚内容">
          <Field name="penalty" findings={f}>
            {r.penalty}
          </Field>
        </Descriptions.Item>
        {r.benchmark && (
          <Descriptions.Item label="裁量基准">
            <Field name="benchmark" findings={f}>
              {r.benchmark}
            </Field>
          </Descriptions.Item>
        )}
        {r.reasoning && (
          <Descriptions.Item label="裁量理由">
            <Field name="reasoning" findings={f}>
              {r.reasoning}
            </Field>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} className="mt-16">
        办理过程
      </Typography.Title>
      <Timeline items={r.steps.map((s) => ({ children: `${s.label}　${s.on}` }))} />
      {Object.keys(task.redactions).length > 0 && (
        <Typography.Text type="secondary">
          已隐去：
          {Object.entries(task.redactions)
            .map(([k, n]) => `${REDACTION_LABELS[k] ?? k} ${n} 处`)
            .join('，')}
        </Typography.Text>
      )}
    </>
  );
}

const REDACTION_LABELS: Record<string, string> = {
  idNumber: '身份证件号码',
  phone: '联系电话',
  bankAccount: '银行账号',
  email: '电子邮箱',
  address: '住址',
  personName: '其他自然人姓名',
};
