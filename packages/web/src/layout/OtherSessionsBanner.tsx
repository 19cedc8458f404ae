import { Alert, Button } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { showError, showSuccess } from '../app/feedback';
import type { ResponseOf } from '@zhifa/contract';

// Set by the sign-in page when the server reports other open sessions of the account
// (ZHIFA_SESSIONS_ON_LOGIN=offer); read once by the signed-in frame.
export const OTHER_SESSIONS_KEY = 'zhifa.otherSessions';

/** In the page flow, not floating over it: offers to end the account's sessions elsewhere. */
export function OtherSessionsBanner() {
  const [count, setCount] = useState(() => Number(sessionStorage.getItem(OTHER_SESSIONS_KEY) ?? 0));
  const [busy, setBusy] = useState(false);
  if (!count) return null;
  const dismiss = () => {
    sessionStorage.removeItem(OTHER_SESSIONS_KEY);
    setCount(0);
  };
  const endOthers = async () => {
    setBusy(true);
    try {
      const r = await api.post<ResponseOf<'POST /api/auth/sessions/end-others'>>('/api/auth/sessions/end-others', {});
      showSuccess(`已退出其他 ${r.ended} 处登录`);
      dismiss();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      className="other-sessions-banner"
      type="warning"
      showIcon
      closable={{ onClose: dismiss }}
      title={`该账号在其他 ${count} 处仍处于登录状态。如不是您本人，请退出其他登录并修改密码。`}
      action={
        <Button size="small" loading={busy} onClick={() => void endOthers()}>
          退出其他登录
        </Button>
      }
    />
  );
}
