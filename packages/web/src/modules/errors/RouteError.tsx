import { Button, Result, Space } from 'antd';
import { useNavigate, useRouteError } from 'react-router-dom';

// A page that failed to load or render. After a new release, an open browser tab may ask for
// code files that no longer exist; reloading fetches the new version.
function isStaleBundle(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Loading chunk/i.test(
    message,
  );
}

export default function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const stale = isStaleBundle(error);
  return (
    <Result
      status={stale ? 'info' : 'error'}
      title={stale ? '系统已更新' : '页面出现错误'}
      subTitle={
        stale
          ? '平台刚刚发布了新版本，请刷新页面后继续使用。'
          : '页面未能正常显示。请刷新重试；如果问题持续，请联系系统管理员。'
      }
      extra={
        <Space>
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
          <Button onClick={() => void navigate('/')}>返回工作台</Button>
        </Space>
      }
    />
  );
}
