import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Skeleton, Table, Tooltip } from 'antd';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../shared/format';
import { QueryError } from '../../../shared/QueryError';
import { shortHash } from '../labels';
import type { CaseEvidence, EvidenceLedger } from '@zhifa/contract';

const EVENT_LABELS: Record<string, string> = {
  captured: '采集',
  uploaded: '上传入库',
  viewed: '查看',
  downloaded: '下载',
  exported: '导出',
};

/** 证据保管记录: every capture, upload, view and download, hash-chained; the chain is checked on reading. */
export function LedgerModal({ evidence, onClose }: { evidence: CaseEvidence | null; onClose: () => void }) {
  const ledger = useQuery({
    queryKey: ['evidence', 'ledger', evidence?.id],
    queryFn: ({ signal }) => api.get<EvidenceLedger>(`/api/evidence/${evidence!.id}/ledger`, undefined, signal),
    enabled: !!evidence,
  });
  return (
    <Modal
      open={!!evidence}
      title={`证据保管记录：${evidence?.title ?? ''}`}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      {ledger.isPending ? (
        <Skeleton active />
      ) : ledger.isError ? (
        <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <>
          <Alert
            type={ledger.data.chain.ok ? 'success' : 'error'}
            showIcon
            className="form-hint"
            title={
              ledger.data.chain.ok
                ? `保管链完整：共 ${ledger.data.chain.rows} 条记录，逐条哈希相连，未发现篡改`
                : `保管链在第 ${ledger.data.chain.brokenAt} 条记录处断开，记录可能被改动`
            }
          />
          <Table<EvidenceLedger['items'][number]>
            size="small"
            rowKey="seq"
            dataSource={ledger.data.items}
            pagination={false}
            scroll={{ x: 600 }}
            columns={[
              { title: '环节', dataIndex: 'event', width: 90, render: (e: string) => EVENT_LABELS[e] ?? e },
              { title: '人员', dataIndex: 'actorName', width: 100, render: (v: string | null) => v ?? '—' },
              {
                title: '时间',
                dataIndex: 'at',
                width: 170,
                render: (t: string) => <span className="mono">{formatDateTime(t)}</span>,
              },
              {
                title: '内容摘要',
                dataIndex: 'contentSha256',
                render: (h: string) => (
                  <Tooltip title={<span className="mono break-all">{h}</span>}>
                    <span className="mono">{shortHash(h)}</span>
                  </Tooltip>
                ),
              },
              {
                title: '来源地址',
                dataIndex: 'sourceIp',
                width: 120,
                render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
