import {
  DownloadOutlined,
  EditOutlined,
  EyeOutlined,
  FilePdfOutlined,
  PrinterOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/session';
import { formatDate } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { caseFilePdfUrl, documentPdfUrl, documentsKey, useCaseDocuments, type DocumentListItem } from './api';
import { CorrectionDialog } from './CorrectionDialog';
import { DocumentHistory } from './DocumentHistory';
import { PreviewDrawer, type PreviewTarget } from './PreviewDrawer';
import { SignedCopyDialog } from './SignedCopyDialog';
import { fileNameOf } from './file-names';
import './documents.css';

/**
 * 文书 of a case: every document issued as a PDF, with its number, version and verification code;
 * preview, download and print, 更正 (a new version with its reason), the signed scans that came
 * back, and the whole bound case file (卷宗).
 */
export function DocumentsPanel({ caseId, caseNumber }: { caseId: string; caseNumber: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useCaseDocuments(caseId);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const [correcting, setCorrecting] = useState<DocumentListItem | null>(null);
  const [uploading, setUploading] = useState<DocumentListItem | null>(null);

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const documents = list.data?.items ?? [];

  return (
    <div className="documents-panel">
      <div className="table-toolbar documents-toolbar">
        <Typography.Text type="secondary">
          已出具的文书不可改动；更正生成新版本，原版本仍可查阅。决定书附二维码和校验码（一案一码）。
        </Typography.Text>
        <Space wrap>
          <Button
            icon={<FilePdfOutlined />}
            onClick={() => setPreview({ kind: 'caseFile', caseId, title: `卷宗 ${caseNumber}` })}
          >
            预览卷宗
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={caseFilePdfUrl(caseId)}
            download={fileNameOf(`${caseNumber}-案卷`)}
            data-testid="case-file-pdf"
          >
            卷宗
          </Button>
        </Space>
      </div>
      <Table<DocumentListItem>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={documents}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未制作文书' }}
        expandable={{
          expandedRowRender: (d) => <DocumentHistory document={d} onPreview={setPreview} />,
          rowExpandable: (d) => d.versions.length > 1 || d.signedCopies.length > 0,
        }}
        columns={[
          {
            title: '文书',
            dataIndex: 'title',
            render: (title: string, d) => (
              <Space size={4} wrap>
                <span className="cell-strong">{title}</span>
                {d.provisional && (
                  <Tooltip title="文书中的期限按暂算的节假日计算">
                    <Tag color="orange">暂算</Tag>
                  </Tooltip>
                )}
                {d.signedCopies.length > 0 && <Tag color="green">已上传签章件</Tag>}
              </Space>
            ),
          },
          {
            title: '文号',
            dataIndex: 'number',
            render: (n: string | null) => <span className="mono">{n ?? '—'}</span>,
          },
          { title: '日期', dataIndex: 'issuedOn', width: 110, render: formatDate },
          {
            title: '版本',
            dataIndex: 'version',
            width: 70,
            render: (v: number) => <span data-testid="document-version">{v > 0 ? `第${v}版` : '—'}</span>,
          },
          {
            title: '校验码',
            dataIndex: 'verificationCode',
            render: (code: string | null) =>
              code ? (
                <Typography.Text className="mono" copyable data-testid="verification-code">
                  {code}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_v, d) => (
              <Space size={0} wrap className="document-actions">
                <Button
                  type="link"
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => setPreview({ kind: 'document', document: d, version: d.version })}
                >
                  预览
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  href={documentPdfUrl(d.id)}
                  download={fileNameOf(d.number ? `${d.title} ${d.number}` : d.title)}
                >
                  下载
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<PrinterOutlined />}
                  onClick={() => void navigate(`/cases/${caseId}/documents/${d.id}/print`)}
                >
                  打印
                </Button>
                {can('case:handle') && (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setCorrecting(d)}>
                    更正
                  </Button>
                )}
                {can('evidence:upload') && (
                  <Button type="link" size="small" icon={<UploadOutlined />} onClick={() => setUploading(d)}>
                    上传签章扫描件
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PreviewDrawer
        target={preview}
        onClose={() => {
          setPreview(null);
          // A document is printed (its first version and code made) the first time its PDF is read.
          void queryClient.invalidateQueries({ queryKey: documentsKey(caseId) });
        }}
        onVersion={(version) => setPreview((p) => (p?.kind === 'document' ? { ...p, version } : p))}
      />
      <CorrectionDialog caseId={caseId} document={correcting} onClose={() => setCorrecting(null)} />
      <SignedCopyDialog caseId={caseId} document={uploading} onClose={() => setUploading(null)} />
    </div>
  );
}
