import { LockOutlined, SafetyCertificateFilled, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, isApiError } from '../../api/client';
import type { Me, ResponseOf, SignInResult } from '@zhifa/contract';
import { errorText } from '../../app/feedback';
import { ME_QUERY_KEY } from '../../app/session';
import { OTHER_SESSIONS_KEY } from '../../layout/OtherSessionsBanner';
import { SecondFactorStep } from './SecondFactorStep';

type Step = { kind: 'credentials' } | { kind: 'totp' } | { kind: 'enrol'; otpauthUrl: string; qrDataUrl: string };

interface LocationState {
  from?: string;
  expired?: boolean;
  signedOut?: boolean;
}

export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ username: string; password: string }>();

  useEffect(() => {
    document.title = '登录 - 综合行政执法平台';
  }, []);

  const finish = (user: Me, otherSessions: number) => {
    queryClient.setQueryData(ME_QUERY_KEY, user);
    const target = state.from && state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
    // The server keeps older sessions unless told otherwise (ZHIFA_SESSIONS_ON_LOGIN): the frame offers to end them.
    if (otherSessions > 0) sessionStorage.setItem(OTHER_SESSIONS_KEY, String(otherSessions));
    else sessionStorage.removeItem(OTHER_SESSIONS_KEY);
    void navigate(target, { replace: true });
  };

  const submitCredentials = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<SignInResult>('/api/auth/login', {
        username: values.username.trim(),
        password: values.password,
      });
      if (result.status === 'ok') finish(result.user, result.otherSessions);
      else if (result.status === 'secondFactorRequired') setStep({ kind: 'totp' });
      else setStep({ kind: 'enrol', otpauthUrl: result.otpauthUrl, qrDataUrl: result.qrDataUrl });
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (code: string): Promise<'retry' | 'done'> => {
    setError(null);
    try {
      const result = await api.post<ResponseOf<'POST /api/auth/totp'>>('/api/auth/totp', { code });
      finish(result.user, result.otherSessions);
      return 'done';
    } catch (err) {
      setError(errorText(err));
      // Anything but a wrong code (expired or missing password step, lock) needs the password again.
      if (!(isApiError(err) && (err.code === 'INVALID_SECOND_FACTOR' || err.code === 'SECOND_FACTOR_REUSED'))) {
        setStep({ kind: 'credentials' });
        form.setFieldValue('password', '');
      }
      return 'retry';
    }
  };

  const notice = state.expired ? '登录已失效，请重新登录' : state.signedOut ? '您已安全退出' : null;
  const title = step.kind === 'credentials' ? '账号登录' : step.kind === 'totp' ? '动态验证码' : '绑定动态验证码';

  return (
    <div className="login-page">
      <main className="login-panel">
        <header className="login-brand">
          <SafetyCertificateFilled className="login-brand-icon" />
          <h1 className="login-brand-name">综合行政执法平台</h1>
          <p className="login-brand-subtitle">乡镇（街道）综合行政执法 · 县级执法监督</p>
        </header>
        <Card className="login-card" title={title}>
          {error ? (
            <Alert type="error" showIcon title={error} className="login-alert" />
          ) : notice && step.kind === 'credentials' ? (
            <Alert type={state.expired ? 'warning' : 'success'} showIcon title={notice} className="login-alert" />
          ) : null}
          {step.kind === 'credentials' ? (
            <Form
              form={form}
              layout="vertical"
              size="large"
              requiredMark={false}
              onFinish={(values: { username: string; password: string }) => void submitCredentials(values)}
              disabled={busy}
            >
              <Form.Item
                name="username"
                label="用户名"
                rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  placeholder="请输入用户名"
                  autoComplete="username"
                  autoFocus
                  maxLength={64}
                />
              </Form.Item>
              <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder="请输入密码"
                  autoComplete="current-password"
                  maxLength={256}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                登录
              </Button>
            </Form>
          ) : (
            <SecondFactorStep
              enrolment={step.kind === 'enrol' ? step : null}
              onSubmit={submitCode}
              onBack={() => {
                setError(null);
                setStep({ kind: 'credentials' });
              }}
            />
          )}
        </Card>
        <p className="login-footer">请使用本单位分配的账号登录。连续多次输错密码，账号将被临时锁定。</p>
      </main>
    </div>
  );
}
