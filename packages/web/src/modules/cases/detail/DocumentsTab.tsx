import { Table } from 'antd';
import { formatDate } from '../../../shared/format';
import type { CaseDocument } from '@zhifa/contract';

/** The numbered documents the case issued (告知书、决定书 …). */
export function DocumentsTab({ documents }: { documents: CaseDocument[] }) {
  return (
    <Table<CaseDocument>
      size="small"
      rowKey="id"
      dataSource={documents}
      pagination={false}
      locale={{ emptyText: '尚未制作文书' }}
      columns={[
        { title: '文书', dataIndex: 'title' },
        { title: '文号', dataIndex: 'number', render: (n: string | null) => <span className="mono">{n ?? '—'}</span> },
        { title: '日期', dataIndex: 'issuedAt', width: 120, render: formatDate },
      ]}
    />
  );
}
