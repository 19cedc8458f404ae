import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useTownships } from './queries';
import type { Township } from '@zhifa/contract';

export function TownshipsTab() {
  const townships = useTownships();
  if (townships.isError) return <QueryError error={townships.error} onRetry={() => void townships.refetch()} />;
  return (
    <Table<Township>
      rowKey="id"
      loading={townships.isFetching}
      dataSource={townships.data ?? []}
      pagination={false}
      columns={[
        {
          title: '乡镇（街道）',
          dataIndex: 'name',
          render: (name: string, t) => <Link to={`/delegations/townships/${t.id}`}>{name}</Link>,
        },
        {
          title: '分类',
          dataIndex: 'groups',
          width: 200,
          render: (g: string[]) => g.map((n) => <Tag key={n}>{n}</Tag>),
        },
        { title: '今日可行使事项', dataIndex: 'itemCount', width: 150 },
      ]}
    />
  );
}
