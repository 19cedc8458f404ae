import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { onUnauthorized } from './api/client';
import { FeedbackBridge } from './app/feedback';
import { createQueryClient } from './app/queryClient';
import { createAppRouter, preloadPage } from './app/router';
import { ME_QUERY_KEY, meQuery } from './app/session';
import { theme } from './app/theme';

export default function App({ nonce }: { nonce?: string }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // A signed-in visit asks who the user is while the layout's code is still loading.
    if (preloadPage(window.location.pathname) === 'signedIn') void client.prefetchQuery(meQuery);
    return client;
  });
  const [router] = useState(() => {
    const r = createAppRouter();
    onUnauthorized(() => {
      if (r.state.location.pathname === '/login') return;
      const hadSession = queryClient.getQueryData(ME_QUERY_KEY) !== undefined;
      const from = r.state.location.pathname + r.state.location.search;
      void r
        .navigate('/login', { replace: true, state: { from, expired: hadSession } })
        .then(() => queryClient.clear());
    });
    return r;
  });

  return (
    <ConfigProvider csp={{ nonce }} locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <FeedbackBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
