import { CameraOutlined, DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Image, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { EVIDENCE_KIND_LABELS } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';
import { LedgerModal } from '../evidence/LedgerModal';
import { splitLocation } from '../evidence/location';
import { shortHash } from '../labels';
import type { CaseEvidence } from '@zhifa/contract';

const PHOTO = /^image\/(jpeg|png|gif|webp)$/;

/** A photo's thumbnail, opening the full picture; each look is recorded in the custody ledger. */
export function Thumbnail({
  evidence,
  width = 64,
  height = 64,
}: {
  evidence: CaseEvidence;
  width?: number;
  height?: number;
}) {
  if (!evidence.mimeType || !PHOTO.test(evidence.mimeType)) return null;
  return (
    <Image
      src={`/api/evidence/${evidence.id}/preview`}
      alt={evidence.title}
      width={width}
      height={height}
      loading="lazy"
      className="evidence-thumb"
      preview={{ mask: '预览' }}
    />
  );
}

/** The place first, the coordinates kept beside it in smaller type. */
export function EvidencePlace({ location }: { location: string | null | undefined }) {
  const { place, coordinates } = splitLocation(location);
  if (!place && !coordinates) return <>—</>;
  return (
    <span className="evidence-place">
      {place && <span>{place}</span>}
      {coordinates && <span className="cell-sub mono">{coordinates}</span>}
    </span>
  );
}

/** Evidence of the case: kind, title, SHA-256 (short, full on hover), when and where it was captured. */
export function EvidenceTab({
  evidence,
  canUpload,
  onUpload,
}: {
  evidence: CaseEvidence[];
  canUpload: boolean;
  onUpload: () => void;
}) {
  const isMobile = useIsMobile();
  const [ledgerOf, setLedgerOf] = useState<CaseEvidence | null>(null);
  return (
    <div>
      {canUpload && (
        <div className="tab-toolbar">
          <Button type="primary" icon={<CameraOutlined />} onClick={onUpload}>
            上传证据
          </Button>
        </div>
      )}
      <Table<CaseEvidence>
        size="small"
        rowKey="id"
        dataSource={evidence}
        pagination={false}
        locale={{ emptyText: '尚未登记证据' }}
        scroll={isMobile ? undefined : { x: 760 }}
        columns={[
          {
            title: '证据',
            dataIndex: 'title',
            render: (title: string, e) => (
              <div className="evidence-cell">
                <Thumbnail evidence={e} />
                <div>
                  <Tag color="blue">{EVIDENCE_KIND_LABELS[e.kind] ?? e.kind}</Tag>
                  <span className={e.illegal ? 'evidence-illegal' : undefined}>{title}</span>
                  {e.illegal && <Tag color="red">非法证据，不得采用</Tag>}
                  {isMobile && (
                    <div className="cell-sub">
                      <span className="mono">{shortHash(e.sha256)}</span> · {e.capturedAt?.replace('T', ' ')}
                      {e.location && (
                        <div>
                          <EvidencePlace location={e.location} />
                        </div>
                      )}
                    </div>
                  )}
                </div>
              </div>
            ),
          },
          ...(isMobile
            ? []
            : [
                {
                  title: 'SHA-256',
                  dataIndex: 'sha256',
                  width: 170,
                  render: (h: string | null) => (
                    <Tooltip title={<span className="mono break-all">{h}</span>}>
                      <span className="mono">{shortHash(h)}</span>
                    </Tooltip>
                  ),
                },
                {
                  title: '取证时间',
                  dataIndex: 'capturedAt',
                  width: 150,
                  render: (t: string | null) => <span className="mono">{t?.replace('T', ' ') ?? '—'}</span>,
                },
                {
                  title: '地点',
                  dataIndex: 'location',
                  width: 180,
                  render: (l?: string | null) => <EvidencePlace location={l} />,
                },
              ]),
          {
            title: '',
            key: 'download',
            width: 96,
            render: (_v, e) => (
              <Space size={0}>
                <Tooltip title="保管记录">
                  <Button
                    type="text"
                    icon={<HistoryOutlined />}
                    onClick={() => setLedgerOf(e)}
                    aria-label={`${e.title} 的保管记录`}
                  />
                </Tooltip>
                <Tooltip title="下载原件（记入证据保管记录）">
                  <Button
                    type="text"
                    icon={<DownloadOutlined />}
                    href={`/api/evidence/${e.id}/content`}
                    aria-label={`下载 ${e.title}`}
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]}
      />
      <LedgerModal evidence={ledgerOf} onClose={() => setLedgerOf(null)} />
      {evidence.length > 0 && (
        <Typography.Paragraph type="secondary" className="tab-note">
          每份证据上传时在浏览器中计算 SHA-256 摘要值，服务器核对一致后保存；每次查看、下载均记入证据保管记录。
        </Typography.Paragraph>
      )}
    </div>
  );
}
