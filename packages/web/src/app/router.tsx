import { lazy, Suspense } from 'react';
import { createBrowserRouter, matchRoutes } from 'react-router-dom';
import { PageFrame } from '../layout/PageFrame';
import ForbiddenPage from '../modules/errors/ForbiddenPage';
import NotFoundPage from '../modules/errors/NotFoundPage';
import RouteError from '../modules/errors/RouteError';
import { RegisteredPagesProvider } from './registered-pages';
import { isRegistered, PAGES } from './routes';

// The sign-in page and the signed-in layout are separate chunks: the first visit loads only the
// form, and the layout (menu, header, the domain's permission table) follows after sign-in.
const LoginPage = lazy(() => import('../modules/auth/LoginPage'));
const loadLayout = () => import('../layout/AppLayout');
const AppLayout = lazy(loadLayout);

/**
 * Starts the layout's and the page's code together on a signed-in visit, instead of one after the
 * other (the layout would ask for the page only once it rendered).
 */
export function preloadPage(pathname: string): 'signedIn' | 'public' {
  if (pathname === '/login' || pathname.startsWith('/verify/')) return 'public';
  void loadLayout();
  const match = matchRoutes(
    PAGES.map((p) => ({ path: p.path, page: p })),
    pathname,
  );
  void match?.[0]?.route.page.preload();
  return 'signedIn';
}

// The public certificate check behind the QR code (事中公示): no sign-in, outside the layout.
const VerifyCertificatePage = lazy(() => import('../modules/people/VerifyCertificatePage'));

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <Suspense fallback={null}>
          <LoginPage />
        </Suspense>
      ),
      errorElement: <RouteError />,
    },
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
          <Suspense fallback={null}>
            <AppLayout />
          </Suspense>
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
