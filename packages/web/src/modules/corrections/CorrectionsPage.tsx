import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CORRECTION_STATUS_LABELS, type CorrectionStatus } from '@zhifa/domain';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { IssueCorrectionModal } from './IssueCorrectionModal';
import { STATUS_COLORS, useCorrections, type CorrectionList } from './queries';

type Row = CorrectionList['items'][number];
const PAGE = 20;

export default function CorrectionsPage() {
  const can = useCan();
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const [issuing, setIssuing] = useState(false);
  const list = useCorrections({ status, limit: PAGE, offset: (page - 1) * PAGE });
  return (
    <Card
      title="执法监督意见书"
      extra={
        can('correction:issue') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
            制发意见书
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 180 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={Object.entries(CORRECTION_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Row>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            {
              title: '文号',
              dataIndex: 'number',
              render: (n: string, r) => <Link to={`/oversight/corrections/${r.id}`}>{n}</Link>,
            },
            { title: '执法主体', dataIndex: 'agencyName' },
            { title: '事由', dataIndex: 'subject' },
            { title: '所涉案件', dataIndex: 'caseNumber', render: (v: string | null) => v ?? '—' },
            {
              title: '整改期限',
              dataIndex: 'dueOn',
              render: (d: string, r) => (r.overdue ? <Tag color="red">{d} 已逾期</Tag> : d),
            },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: CorrectionStatus) => <Tag color={STATUS_COLORS[s]}>{CORRECTION_STATUS_LABELS[s]}</Tag>,
            },
            { title: '制发日期', dataIndex: 'issuedOn' },
          ]}
        />
      )}
      <IssueCorrectionModal open={issuing} onClose={() => setIssuing(false)} />
    </Card>
  );
}
