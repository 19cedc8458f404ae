import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Select, Space } from 'antd';
import { useIsMobile } from '../../shared/useIsMobile';
import { caseFilePdfUrl, documentPdfUrl, type DocumentListItem } from './api';
import { fileNameOf } from './file-names';
import { LazyPdfPreview } from './LazyPdfPreview';

export type PreviewTarget =
  | { kind: 'document'; document: DocumentListItem; version: number }
  | { kind: 'caseFile'; caseId: string; title: string };

function urlOf(t: PreviewTarget): string {
  return t.kind === 'document' ? documentPdfUrl(t.document.id, t.version) : caseFilePdfUrl(t.caseId);
}

/** 预览: the PDF as the party receives it, any version of it, without leaving the case. */
export function PreviewDrawer({
  target,
  onClose,
  onVersion,
}: {
  target: PreviewTarget | null;
  onClose: () => void;
  onVersion?: (version: number) => void;
}) {
  const isMobile = useIsMobile();
  const title = target?.kind === 'document' ? target.document.title : (target?.title ?? '');
  const doc = target?.kind === 'document' ? target.document : null;
  const latest = doc !== null && target?.kind === 'document' && target.version === doc.version;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={title}
      size={isMobile ? '100%' : 880}
      destroyOnHidden
      className="pdf-drawer"
      extra={
        target && (
          <Space wrap>
            {doc && doc.versions.length > 1 && target.kind === 'document' && (
              <Select
                size="small"
                value={target.version}
                aria-label="版本"
                onChange={(v) => onVersion?.(v)}
                options={doc.versions.map((v) => ({
                  value: v.version,
                  label: v.version === doc.version ? `第${v.version}版（现行）` : `第${v.version}版`,
                }))}
              />
            )}
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={urlOf(target)}
              download={fileNameOf(
                doc && !latest && target.kind === 'document' ? `${title} 第${target.version}版` : title,
              )}
            >
              下载
            </Button>
          </Space>
        )
      }
    >
      {target && <LazyPdfPreview url={urlOf(target)} maxPages={target.kind === 'caseFile' ? 200 : undefined} />}
    </Drawer>
  );
}
