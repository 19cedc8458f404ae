import { createBrowserRouter } from 'react-router-dom';
import AppLayout from '../layout/AppLayout';
import { PageFrame } from '../layout/PageFrame';
import LoginPage from '../modules/auth/LoginPage';
import ForbiddenPage from '../modules/errors/ForbiddenPage';
import NotFoundPage from '../modules/errors/NotFoundPage';
import { PAGES } from './routes';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <AppLayout />,
      children: [
        ...PAGES.map((route) => ({ path: route.path, element: <PageFrame key={route.path} route={route} /> })),
        { path: '/403', element: <ForbiddenPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
