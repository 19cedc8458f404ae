// 审、批、定 on the record: a reviewer or a head sees the case's documents and evidence beside
// the form they sign, not under a drawer that hides the form (issue: reviewers see what they approve).
import { FileTextOutlined, PictureOutlined } from '@ant-design/icons';
import { Empty, List, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail, CaseEvidence } from '@zhifa/contract';
import { documentPdfUrl, useCaseDocuments } from '../../documents/api';
import { LazyPdfPreview } from '../../documents/LazyPdfPreview';
import { EvidencePlace, Thumbnail } from '../detail/EvidenceTab';

function EvidenceItem({ e }: { e: CaseEvidence }) {
  return (
    <List.Item extra={<Thumbnail evidence={e} width={96} height={72} />}>
      <List.Item.Meta
        title={
          <span>
            {e.title} <Tag>{e.kindLabel}</Tag>
            {e.illegal && <Tag color="red">已认定为非法证据</Tag>}
          </span>
        }
        description={
          <span>
            {e.capturedAt ? `${e.capturedAt.slice(0, 16).replace('T', ' ')} · ` : ''}
            <EvidencePlace location={e.location} />
          </span>
        }
      />
    </List.Item>
  );
}

export function CaseMaterials({ detail, compact }: { detail: CaseDetail; compact?: boolean }) {
  const documents = useCaseDocuments(detail.id);
  const items = documents.data?.items ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  // The latest document is the one the step usually turns on (the report, the notice, the draft decision).
  const current = items.find((d) => d.id === chosen) ?? items.at(-1);
  return (
    <section className="case-materials" data-testid="case-materials" aria-label="案卷材料">
      <Typography.Title level={5} className="case-materials-title">
        案卷材料
      </Typography.Title>
      <Tabs
        size="small"
        items={[
          {
            key: 'documents',
            label: (
              <span>
                <FileTextOutlined /> 文书（{items.length}）
              </span>
            ),
            children: items.length ? (
              <div>
                <Select
                  className="case-materials-picker"
                  aria-label="选择文书"
                  value={current?.id}
                  onChange={setChosen}
                  style={{ width: '100%' }}
                  options={items.map((d) => ({
                    value: d.id,
                    label: `${d.title}${d.number ? `（${d.number}）` : ''}`,
                  }))}
                />
                {current && (
                  <div className="case-materials-pdf">
                    <LazyPdfPreview url={documentPdfUrl(current.id)} maxPages={compact ? 2 : 6} />
                  </div>
                )}
              </div>
            ) : (
              <Empty description={documents.isPending ? '正在读取文书…' : '本案尚无文书'} />
            ),
          },
          {
            key: 'evidence',
            label: (
              <span>
                <PictureOutlined /> 证据（{detail.evidence.length}）
              </span>
            ),
            children: detail.evidence.length ? (
              <List size="small" dataSource={detail.evidence} renderItem={(e) => <EvidenceItem e={e} />} />
            ) : (
              <Empty description="本案尚无证据" />
            ),
          },
        ]}
      />
    </section>
  );
}
