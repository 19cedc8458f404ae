import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import AppLayout from '../layout/AppLayout';
import { PageFrame } from '../layout/PageFrame';
import LoginPage from '../modules/auth/LoginPage';
import ForbiddenPage from '../modules/errors/ForbiddenPage';
import NotFoundPage from '../modules/errors/NotFoundPage';
import RouteError from '../modules/errors/RouteError';
import { RegisteredPagesProvider } from './registered-pages';
import { isRegistered, PAGES } from './routes';

// The public certificate check behind the QR code (事中公示): no sign-in, outside the layout.
const VerifyCertificatePage = lazy(() => import('../modules/people/VerifyCertificatePage'));

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      path: '/verify/:token',
      element: (
        <Suspense fallback={null}>
          <VerifyCertificatePage />
        </Suspense>
      ),
      errorElement: <RouteError />,
    },
    {
      element: (
        <RegisteredPagesProvider value={isRegistered}>
          <AppLayout />
        </RegisteredPagesProvider>
      ),
      errorElement: <RouteError />,
      children: [
        // A page's own error boundary keeps the menu and header usable when one page fails.
        ...PAGES.map((route) => ({
          path: route.path,
          element: <PageFrame key={route.path} route={route} />,
          errorElement: <RouteError />,
        })),
        { path: '/403', element: <ForbiddenPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
