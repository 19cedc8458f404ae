import { createBrowserRouter } from 'react-router-dom';
import AppLayout from '../layout/AppLayout';
import { PageFrame } from '../layout/PageFrame';
import LoginPage from '../modules/auth/LoginPage';
import ForbiddenPage from '../modules/errors/ForbiddenPage';
import NotFoundPage from '../modules/errors/NotFoundPage';
import RouteError from '../modules/errors/RouteError';
import { PAGES } from './routes';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        // A page's own error boundary keeps the menu and header usable when one page fails.
        ...PAGES.map((route) => ({ path: route.path, element: <PageFrame key={route.path} route={route} />, errorElement: <RouteError /> })),
        { path: '/403', element: <ForbiddenPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
