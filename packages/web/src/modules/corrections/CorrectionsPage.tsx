import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CORRECTION_STATUS_LABELS, type CorrectionStatus } from '@zhifa/domain';
import { useCan } from '../../app/session';
import { FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { urlPaging, useUrlParams } from '../../shared/useUrlParams';
import { IssueCorrectionModal } from './IssueCorrectionModal';
import { STATUS_COLORS, useCorrections, type CorrectionList } from './queries';

type Row = CorrectionList['items'][number];
const PAGE = 20;
const STATUS_OPTIONS = Object.entries(CORRECTION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

export default function CorrectionsPage() {
  const can = useCan();
  const url = useUrlParams({ resetPage: true });
  const paging = urlPaging(url, PAGE);
  const [issuing, setIssuing] = useState(false);
  const list = useCorrections({ status: url.get('status'), limit: paging.pageSize, offset: paging.offset });
  return (
    <ListPage<Row>
      filters={<FilterSelect label="状态" placeholder="全部状态" {...url.field('status')} options={STATUS_OPTIONS} />}
      actions={
        can('correction:issue') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
            制发意见书
          </Button>
        )
      }
      query={list}
      table={{
        loading: list.isFetching,
        dataSource: list.data?.items ?? [],
        pagination: paging.pagination(list.data?.total ?? 0, (n) => `共 ${n} 份`),
        columns: [
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
        ],
      }}
    >
      <IssueCorrectionModal open={issuing} onClose={() => setIssuing(false)} />
    </ListPage>
  );
}
