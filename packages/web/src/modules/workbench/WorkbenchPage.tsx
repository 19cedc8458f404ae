import { BankOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Avatar, Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { Suspense } from 'react';
import { WIDGETS } from '../../app/widgets';
import { useCan, useCurrentUser } from '../../app/session';
import { isAdminRoleName, roleColor, roleLabel } from '../../shared/roles';

const SPAN = { third: { xs: 24, lg: 12, xl: 8 }, half: { xs: 24, lg: 12 }, full: { xs: 24 } } as const;

function greeting(hour: number): string {
  if (hour < 6) return '凌晨好';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export default function WorkbenchPage() {
  const user = useCurrentUser();
  const can = useCan();
  const now = dayjs();
  const widgets = WIDGETS.filter((w) => can(w.permission)).sort((a, b) => a.order - b.order);
  const isAdmin = user.roles.some(isAdminRoleName);
  const navigate = useNavigate();

  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Card className="greeting-card">
        <div className="greeting">
          <Avatar size={56} className="greeting-avatar">
            {user.name.slice(-2)}
          </Avatar>
          <div className="greeting-body">
            <Typography.Title level={4} className="greeting-title">
              {greeting(now.hour())}，{user.name}
            </Typography.Title>
            <div className="greeting-meta">
              <span className="greeting-agency">
                <BankOutlined /> {user.agency?.name ?? '未归属执法主体'}
              </span>
              <span>
                {user.roles.map((r) => (
                  <Tag key={r} color={roleColor(r)}>
                    {roleLabel(r)}
                  </Tag>
                ))}
              </span>
            </div>
          </div>
          {can('case:handle') && (
            <Button
              type="primary"
              size="large"
              icon={<ThunderboltOutlined />}
              className="greeting-shortcut"
              onClick={() => void navigate('/cases/new/summary')}
            >
              当场处罚
            </Button>
          )}
          <div className="greeting-date">
            <div className="greeting-day">{now.format('YYYY年M月D日')}</div>
            <div className="greeting-week">{now.format('dddd')}</div>
          </div>
        </div>
        {isAdmin && (
          <Typography.Paragraph type="secondary" className="greeting-note">
            管理员账号仅用于系统管理，不能办理执法业务；所有操作均记入审计日志。
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        {widgets.map((w) => {
          const Widget = w.component;
          return (
            <Col key={w.key} {...SPAN[w.width]}>
              <Suspense
                fallback={
                  <Card className="wb-card">
                    <Skeleton active />
                  </Card>
                }
              >
                <Widget />
              </Suspense>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
