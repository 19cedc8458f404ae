import { isDocumentSeries } from '@zhifa/domain';
import { Col, Divider, Form, Input, Row, Typography } from 'antd';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { saveDocumentSettings, settingsKey, type DocumentSettingsView, type DocumentSettingsBody } from './api';
import { codeProblem, formatDocumentNumber } from './numbering';

interface Values {
  docPrefix: string;
  codes: Record<string, string>;
  accountName?: string;
  bank?: string;
  accountNumber?: string;
}

const codeRule = (what: '机关代字' | '类别代字') => ({
  validator: (_: unknown, v: string | undefined) => {
    const problem = codeProblem(v ?? '', what);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
});

export function DocumentSettingsModal({
  open,
  agencyId,
  settings,
  year,
  onClose,
}: {
  open: boolean;
  agencyId: string;
  settings: DocumentSettingsView;
  year: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const prefix = Form.useWatch('docPrefix', form) ?? settings.docPrefix;
  const command = useFormCommand<Omit<DocumentSettingsBody, 'commandId'>, DocumentSettingsView>({
    open,
    form,
    send: (body, commandId) => saveDocumentSettings(agencyId, { ...body, commandId }),
    success: '文书编号设置已保存',
    refresh: settingsKey(agencyId),
    onClose,
  });
  const finish = (v: Values) => {
    const payee =
      v.accountName?.trim() && v.bank?.trim() && v.accountNumber?.trim()
        ? { accountName: v.accountName.trim(), bank: v.bank.trim(), accountNumber: v.accountNumber.replace(/\s+/g, '') }
        : null;
    command.mutate({
      docPrefix: v.docPrefix.trim(),
      series: settings.series.flatMap((s) =>
        isDocumentSeries(s.series) ? [{ series: s.series, code: (v.codes[s.series] ?? s.code).trim() }] : [],
      ),
      // All three fields emptied: the account is removed.
      payee,
    });
  };
  return (
    <FormModal<Values>
      open={open}
      title="文书编号与收款账户"
      form={form}
      name="documentSettings"
      width={720}
      pending={command.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={{
        docPrefix: settings.docPrefix,
        codes: Object.fromEntries(settings.series.map((s) => [s.series, s.code])),
        accountName: settings.payee?.accountName,
        bank: settings.payee?.bank,
        accountNumber: settings.payee?.accountNumber,
      }}
      intro={
        <Typography.Paragraph type="secondary">
          文号格式为“机关代字＋类别代字〔年份〕序号号”，序号按机关、年度和类别连续编号，由系统生成。已出具文书的文号不随设置改变。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="docPrefix" label="机关代字" rules={[codeRule('机关代字')]} extra="例如：蓬杜综执">
        <Input maxLength={20} />
      </Form.Item>
      <Divider titlePlacement="start">类别代字</Divider>
      <Row gutter={12}>
        {settings.series.map((s) => (
          <Col xs={24} md={12} key={s.series}>
            <Form.Item
              name={['codes', s.series]}
              label={s.title}
              rules={[codeRule('类别代字')]}
              extra={
                <Form.Item noStyle dependencies={[['codes', s.series]]}>
                  {({ getFieldValue }) => (
                    <span className="mono">
                      {formatDocumentNumber(prefix, String(getFieldValue(['codes', s.series]) ?? ''), year, 1)}
                    </span>
                  )}
                </Form.Item>
              }
            >
              <Input maxLength={10} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">罚款收缴账户</Divider>
      <Typography.Paragraph type="secondary">
        印在处罚决定书的缴款说明中。罚缴分离：罚款缴入指定银行的财政账户，执法人员不直接收取（当场收缴的情形除外）。
      </Typography.Paragraph>
      {/* All three or none: the payment instructions need the whole account. */}
      <Form.Item
        name="accountName"
        label="户名"
        dependencies={['bank', 'accountNumber']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) =>
              !v?.trim() && (getFieldValue('bank')?.trim() || getFieldValue('accountNumber')?.trim())
                ? Promise.reject(new Error('请填写户名'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="bank"
            label="开户银行"
            dependencies={['accountName']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) =>
                  !v?.trim() && getFieldValue('accountName')?.trim()
                    ? Promise.reject(new Error('请填写开户银行'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="accountNumber"
            label="账号"
            dependencies={['accountName']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) => {
                  if (!v?.trim()) {
                    return getFieldValue('accountName')?.trim()
                      ? Promise.reject(new Error('请填写账号'))
                      : Promise.resolve();
                  }
                  return /^[\d\s-]{6,60}$/.test(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error('账号只能包含数字、空格或连字符'));
                },
              }),
            ]}
          >
            <Input maxLength={60} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
