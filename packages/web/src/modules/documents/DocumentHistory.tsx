import { Button, Descriptions, List, Space, Typography } from 'antd';
import { formatMinute } from '../../shared/format';
import type { DocumentListItem } from './api';
import type { PreviewTarget } from './PreviewDrawer';

const shortHash = (h: string) => `${h.slice(0, 8)}…${h.slice(-8)}`;

/** The versions of a document (each with its reason and hash) and the signed scans that came back. */
export function DocumentHistory({
  document,
  onPreview,
}: {
  document: DocumentListItem;
  onPreview: (target: PreviewTarget) => void;
}) {
  const versions = [...document.versions].sort((a, b) => b.version - a.version);
  return (
    <div className="document-history">
      <Typography.Text strong>版本记录</Typography.Text>
      <List
        size="small"
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            data-testid={`document-version-${v.version}`}
            actions={[
              <Button
                key="view"
                type="link"
                size="small"
                onClick={() => onPreview({ kind: 'document', document, version: v.version })}
              >
                预览
              </Button>,
            ]}
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="版本">
                第{v.version}版{v.version === document.version ? '（现行）' : ''}
              </Descriptions.Item>
              <Descriptions.Item label="生成时间">{formatMinute(v.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="SHA-256">
                <Typography.Text className="mono" title={v.sha256}>
                  {shortHash(v.sha256)}
                </Typography.Text>
              </Descriptions.Item>
              {v.reason && <Descriptions.Item label="更正理由">{v.reason}</Descriptions.Item>}
            </Descriptions>
          </List.Item>
        )}
      />
      {document.signedCopies.length > 0 && (
        <>
          <Typography.Text strong>签章扫描件</Typography.Text>
          <List
            size="small"
            dataSource={document.signedCopies}
            renderItem={(c) => (
              <List.Item
                data-testid="signed-copy"
                actions={[
                  <Button
                    key="open"
                    type="link"
                    size="small"
                    href={`/api/evidence/${c.evidenceId}/content`}
                    target="_blank"
                  >
                    查看
                  </Button>,
                ]}
              >
                <Space>
                  <span>{c.fileName}</span>
                  <Typography.Text type="secondary">{formatMinute(c.uploadedAt)}</Typography.Text>
                  <Typography.Text className="mono" type="secondary" title={c.sha256}>
                    {shortHash(c.sha256)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}
