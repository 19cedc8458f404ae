import { App } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../api/client';

// Lets code outside React components (the query cache's error hook) show a message with the
// themed, nonce-carrying message API of <App>.
type MessageApi = ReturnType<typeof App.useApp>['message'];
let messageApi: MessageApi | null = null;

export function FeedbackBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    messageApi = message;
    return () => {
      messageApi = null;
    };
  }, [message]);
  return null;
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '操作失败，请稍后重试';
}

export function showError(err: unknown) {
  // An expired session already leads to the sign-in page; a toast on top of it is noise.
  if (err instanceof ApiError && err.status === 401) return;
  messageApi?.error(errorText(err));
}

export function showSuccess(text: string) {
  messageApi?.success(text);
}
