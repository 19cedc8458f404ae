import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { WorkbenchItem } from '@zhifa/contract';
import { QueryError } from '../../../shared/QueryError';
import { dueText } from '../../../shared/format';
import { useWorkbench } from '../useWorkbench';

interface Props {
  title: string;
  icon: ReactNode;
  pick: (data: NonNullable<ReturnType<typeof useWorkbench>['data']>) => WorkbenchItem[];
  emptyText: string;
}

function dueColor(due: string): string {
  const days = dayjs(due).startOf('day').diff(dayjs().startOf('day'), 'day');
  return days < 0 ? 'red' : days <= 3 ? 'orange' : 'blue';
}

export function WorkbenchListCard({ title, icon, pick, emptyText }: Props) {
  const query = useWorkbench();
  const items = query.data ? pick(query.data) : [];
  return (
    <Card
      className="wb-card"
      title={
        <span className="wb-card-title">
          {icon}
          {title}
          {items.length > 0 && <Tag className="wb-count">{items.length}</Tag>}
        </span>
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <ul className="wb-list">
          {items.slice(0, 8).map((item) => (
            <li key={item.id}>
              <Link to={item.href} className="wb-list-item">
                <span className="wb-list-main">
                  <span className="wb-list-title">{item.title}</span>
                  {item.subtitle && <span className="wb-list-sub">{item.subtitle}</span>}
                </span>
                {item.due ? (
                  <Tag color={item.status === 'overdue' ? 'red' : dueColor(item.due)}>{dueText(item.due)}</Tag>
                ) : (
                  item.status === 'overdue' && <Tag color="red">已逾期</Tag>
                )}
                <RightOutlined className="wb-list-arrow" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
