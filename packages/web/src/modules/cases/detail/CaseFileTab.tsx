import { Alert, Descriptions, Skeleton, Table, Tag } from 'antd';
import { QueryError } from '../../../shared/QueryError';
import { useCaseFile } from '../api';
import type { CaseFileEntry } from '../types';

function pages(e: CaseFileEntry): string {
  if (!e.numbered || e.pageFrom === null) return '—';
  return e.pageFrom === e.pageTo ? String(e.pageFrom) : `${e.pageFrom}–${e.pageTo}`;
}

function Volume({ title, rows }: { title: string; rows: CaseFileEntry[] }) {
  return (
    <Table<CaseFileEntry>
      size="small"
      rowKey="key"
      title={() => <strong>{title}</strong>}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: '序号', key: 'n', width: 60, render: (_v, _r, i) => i + 1 },
        { title: '材料', dataIndex: 'title' },
        { title: '页号', key: 'pages', width: 90, render: (_v, e) => <span className="mono">{pages(e)}</span> },
      ]}
    />
  );
}

/** 卷宗: 正卷 and 副卷 in the fixed order with page numbers, and the archive number once archived. */
export function CaseFileTab({ caseId, active }: { caseId: string; active: boolean }) {
  const file = useCaseFile(caseId, active);
  if (file.isPending) return <Skeleton active />;
  if (file.isError) return <QueryError error={file.error} onRetry={() => file.refetch()} />;
  const f = file.data;
  return (
    <div className="case-file">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="档案号">
          {f.archiveNumber ? (
            <Tag color="green" className="mono archive-number" data-testid="archive-number">
              {f.archiveNumber}
            </Tag>
          ) : (
            '未归档'
          )}
        </Descriptions.Item>
      </Descriptions>
      {!f.archiveNumber && <Alert type="info" showIcon className="form-hint" title="以下为按现有材料组卷的顺序，结案后立卷归档时确定档案号。" />}
      <Volume title="正卷" rows={f.main} />
      <Volume title="副卷" rows={f.internal} />
    </div>
  );
}
