import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  /** Present on the first sign-in of an account that must bind an authenticator app. */
  enrolment: { otpauthUrl: string; qrDataUrl: string } | null;
  onSubmit: (code: string) => Promise<'retry' | 'done'>;
  onBack: () => void;
}

/** The secret from `otpauth://totp/...?secret=XXXX`, grouped by four for typing by hand. */
function secretOf(otpauthUrl: string): string {
  try {
    const secret = new URL(otpauthUrl).searchParams.get('secret') ?? '';
    return secret.replace(/(.{4})/g, '$1 ').trim();
  } catch {
    return '';
  }
}

export function SecondFactorStep({ enrolment, onSubmit, onBack }: Props) {
  const [form] = Form.useForm<{ totp: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ totp }: { totp: string }) => {
    setBusy(true);
    const outcome = await onSubmit(totp.trim());
    setBusy(false);
    if (outcome === 'retry') form.setFieldValue('totp', '');
  };

  return (
    <div>
      {enrolment ? (
        <div className="enrol-box">
          <Typography.Paragraph>
            首次登录需绑定动态验证码。请用手机上的身份验证器应用（如 Microsoft Authenticator、FreeOTP、Google
            Authenticator）扫描下方二维码：
          </Typography.Paragraph>
          <img className="enrol-qr" src={enrolment.qrDataUrl} alt="动态验证码绑定二维码" width={176} height={176} />
          <Typography.Paragraph type="secondary" className="enrol-secret-label">
            无法扫码时，可在应用中手动输入密钥：
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: secretOf(enrolment.otpauthUrl).replaceAll(' ', '') }}
            className="enrol-secret"
          >
            {secretOf(enrolment.otpauthUrl)}
          </Typography.Paragraph>
        </div>
      ) : (
        <Typography.Paragraph>请打开手机上的身份验证器应用，输入当前显示的 6 位动态验证码。</Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={(values: { totp: string }) => void submit(values)}
        disabled={busy}
      >
        <Form.Item
          name="totp"
          label="动态验证码"
          rules={[
            { required: true, message: '请输入动态验证码' },
            { pattern: /^\d{6}$/, message: '动态验证码为 6 位数字' },
          ]}
        >
          <Input
            prefix={<SafetyOutlined />}
            placeholder="6 位数字"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {enrolment ? '绑定并登录' : '验证并登录'}
        </Button>
        <Button type="link" block onClick={onBack} className="login-back">
          返回重新输入账号
        </Button>
      </Form>
    </div>
  );
}
