import { Alert, Descriptions, Skeleton, Table, Tag } from 'antd';
import { QueryError } from '../../../shared/QueryError';
import { useIsMobile } from '../../../shared/useIsMobile';
import { useCaseFile } from '../api';
import type { CaseFileEntry } from '@zhifa/contract';

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
const RETENTION: Record<string, string> = { permanent: '永久', thirtyYears: '30年' };

export function CaseFileTab({ caseId, active }: { caseId: string; active: boolean }) {
  const isMobile = useIsMobile();
  const file = useCaseFile(caseId, active);
  if (file.isPending) return <Skeleton active />;
  if (file.isError) return <QueryError error={file.error} onRetry={() => void file.refetch()} />;
  const f = file.data;
  return (
    <div className="case-file">
      <Descriptions size="small" column={isMobile ? 1 : 3}>
        <Descriptions.Item label="档案号">
          {f.archiveNumber ? (
            <Tag color="green" className="mono archive-number" data-testid="archive-number">
              {f.archiveNumber}
            </Tag>
          ) : (
            '未归档'
          )}
        </Descriptions.Item>
        {f.cover?.retention && (
          <Descriptions.Item label="保管期限">{RETENTION[f.cover.retention] ?? f.cover.retention}</Descriptions.Item>
        )}
        {f.cover?.closedOn && <Descriptions.Item label="结案日期">{f.cover.closedOn}</Descriptions.Item>}
        {f.cover?.documentCount !== undefined && (
          <Descriptions.Item label="卷内材料">
            {f.cover.documentCount} 件{f.cover.pageCount !== undefined ? `，${f.cover.pageCount} 页` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {!f.archiveNumber && (
        <Alert
          type="info"
          showIcon
          className="form-hint"
          title="以下为按现有材料组卷的顺序，结案后立卷归档时确定档案号。"
        />
      )}
      <Volume title="正卷" rows={f.main} />
      <Volume title="副卷" rows={f.internal} />
    </div>
  );
}
