import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useEffect } from 'react';
import { useCaseDocuments, type DocumentListItem } from '../../documents/api';

function paperState(d: DocumentListItem): string | null {
  if (d.signedCopies.length > 0) return `已上传签章件 ${d.signedCopies.length} 份`;
  if (d.version > 0) return `已打印（第 ${d.version} 版）`;
  return null;
}

/**
 * 第52条, 第61条: the decision handed over is the printed one, so the step shows whether it exists
 * on paper (printed, or its signed copy uploaded), with its print page in a new tab: the form
 * stays open and reads the documents again when the officer comes back to it.
 */
export function DocumentOnPaper({
  caseId,
  kinds,
  title,
  missing,
}: {
  caseId: string;
  kinds: readonly string[];
  title: string;
  missing: string;
}) {
  const list = useCaseDocuments(caseId);
  const { refetch } = list;
  useEffect(() => {
    const again = () => void refetch();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [refetch]);
  const docs = (list.data?.items ?? []).filter((d) => kinds.includes(d.kind));
  if (list.isPending) return <Alert type="info" showIcon title={`正在读取${title}…`} />;
  if (docs.length === 0) return <Alert type="warning" showIcon title={`本案尚无${title}`} />;
  return (
    <Space orientation="vertical" className="full-width" data-testid="document-on-paper">
      {docs.map((d) => {
        const state = paperState(d);
        const name = `${d.title}${d.number ? `（${d.number}）` : ''}`;
        return (
          <Alert
            key={d.id}
            type={state ? 'success' : 'warning'}
            showIcon
            title={state ? `${name}${state}` : `${name}尚未打印：${missing}`}
            action={
              <Space>
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  href={`/cases/${caseId}/documents/${d.id}/print`}
                  target="_blank"
                  rel="noopener"
                >
                  打印{title}
                </Button>
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  onClick={() => void refetch()}
                  aria-label="刷新打印状态"
                />
              </Space>
            }
          />
        );
      })}
    </Space>
  );
}
