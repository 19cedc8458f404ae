import { Breadcrumb, Spin, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { PageRoute } from '../app/routes';
import { useCan } from '../app/session';
import ForbiddenPage from '../modules/errors/ForbiddenPage';
import { breadcrumbTrail } from './breadcrumbs';

/** Title, breadcrumb and permission gate around one registered page. */
export function PageFrame({ route }: { route: PageRoute }) {
  const can = useCan();
  const allowed = can(route.permission);
  useEffect(() => {
    document.title = `${allowed ? route.title : '无权访问'} - 综合行政执法平台`;
  }, [route.title, allowed]);
  if (!allowed) return <ForbiddenPage />;
  const Page = route.component;
  const trail = breadcrumbTrail(route);
  return (
    <div className="page-frame">
      <div className="page-header">
        <Breadcrumb items={trail.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))} />
        {route.path !== '/' && (
          <Typography.Title level={4} className="page-title">
            {route.title}
          </Typography.Title>
        )}
      </div>
      <Suspense
        fallback={
          <div className="page-loading">
            <Spin size="large" />
          </div>
        }
      >
        <Page />
      </Suspense>
    </div>
  );
}
