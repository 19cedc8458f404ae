import { Button, Drawer, Grid, Layout, Result, Spin } from 'antd';
import { useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { isApiError } from '../api/client';
import { CurrentUserProvider, useMeQuery } from '../app/session';
import { BottomNav } from './BottomNav';
import { HeaderBar } from './HeaderBar';
import { Logo } from './Logo';
import { MenuDrawerContext } from './menu-drawer';
import { OtherSessionsBanner } from './OtherSessionsBanner';
import { SideMenu } from './SideMenu';

/** The signed-in frame: dark side menu, header with the account menu, page area. */
export default function AppLayout() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div className="full-page-center">
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401))
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    return (
      <div className="full-page-center">
        <Result
          status="500"
          title="暂时无法连接服务器"
          subTitle={me.error.message}
          extra={
            <Button type="primary" onClick={() => void me.refetch()}>
              重试
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <CurrentUserProvider user={me.data}>
      <Shell />
    </CurrentUserProvider>
  );
}

function Shell() {
  const screens = Grid.useBreakpoint();
  // Until the first measurement, assume desktop only if the window is wide, to avoid a flash.
  const isMobile = screens.lg === undefined ? window.innerWidth < 992 : !screens.lg;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <MenuDrawerContext.Provider value={() => setDrawerOpen(true)}>
      <Layout className={isMobile ? 'app-shell app-shell-phone' : 'app-shell'}>
        {!isMobile && (
          <Layout.Sider
            theme="dark"
            width={220}
            collapsedWidth={64}
            collapsed={collapsed}
            trigger={null}
            className="app-sider"
          >
            <div className="app-sider-inner">
              <Logo collapsed={collapsed} />
              <SideMenu collapsed={collapsed} />
            </div>
          </Layout.Sider>
        )}
        {isMobile && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={248}
            closable={false}
            className="app-drawer"
          >
            <Logo />
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout className="app-main">
          <HeaderBar
            isMobile={isMobile}
            collapsed={collapsed}
            onToggle={() => (isMobile ? setDrawerOpen(true) : setCollapsed((c) => !c))}
          />
          <Layout.Content className="app-content">
            <OtherSessionsBanner />
            <Outlet />
          </Layout.Content>
          {isMobile ? (
            <BottomNav />
          ) : (
            <Layout.Footer className="app-footer">
              综合行政执法平台 · 乡镇（街道）综合行政执法 · 县级执法监督
            </Layout.Footer>
          )}
        </Layout>
      </Layout>
    </MenuDrawerContext.Provider>
  );
}
