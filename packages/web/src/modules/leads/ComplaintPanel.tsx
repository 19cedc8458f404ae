// A lead that came from the public portal's complaint form: what the complainant wrote, the
// photos (downloads only), and the complainant masked; the full identity only on request, for
// those allowed, and each request is audited by the server.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ComplainantIdentityView, LeadComplaintView } from '@zhifa/contract';
import { api, isApiError } from '../../api/client';
import { formatMinute } from '../../shared/format';
import { useIsMobile } from '../../shared/useIsMobile';

export function ComplaintPanel({ leadId }: { leadId: string }) {
  const isMobile = useIsMobile();
  const [identity, setIdentity] = useState<ComplainantIdentityView | null>(null);
  const [revealError, setRevealError] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const q = useQuery({
    queryKey: ['leads', 'complaint', leadId],
    queryFn: ({ signal }) => api.get<LeadComplaintView>(`/api/leads/${leadId}/complaint`, undefined, signal),
    retry: false,
  });
  // A complaint registered by staff (not through the portal) has no portal record: nothing to show.
  if (q.isError && isApiError(q.error, 404)) return null;
  if (!q.data) return null;
  const c = q.data;
  const reveal = async () => {
    setRevealing(true);
    setRevealError(null);
    try {
      setIdentity(await api.get<ComplainantIdentityView>(`/api/leads/${leadId}/complainant`));
    } catch (err) {
      setRevealError(err instanceof Error ? err.message : '无法查看投诉人身份');
    } finally {
      setRevealing(false);
    }
  };
  const who = c.anonymous
    ? '匿名投诉'
    : identity
      ? `${identity.name ?? '未留姓名'} · ${identity.phone ?? '未留电话'}`
      : `${c.maskedName ?? '未留姓名'} · ${c.maskedPhone ?? '未留电话'}`;
  return (
    <Card title="公众投诉（公示平台）" size="small" data-testid="complaint-panel">
      <Descriptions size="small" column={isMobile ? 1 : 2}>
        <Descriptions.Item label="问题类型">{c.problemLabel}</Descriptions.Item>
        <Descriptions.Item label="提交时间">
          <span className="mono">{formatMinute(c.submittedAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="地点" span={isMobile ? 1 : 2}>
          {c.township}
          {c.address}
        </Descriptions.Item>
        <Descriptions.Item label="投诉内容" span={isMobile ? 1 : 2}>
          {c.description}
        </Descriptions.Item>
        <Descriptions.Item label="投诉人" span={isMobile ? 1 : 2}>
          <Space wrap>
            <span data-testid="complainant">{who}</span>
            {c.canReveal && !identity && (
              <Button size="small" loading={revealing} onClick={() => void reveal()}>
                查看完整身份（留痕）
              </Button>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="现场照片" span={isMobile ? 1 : 2}>
          {c.photos.length ? (
            <Space wrap>
              {c.photos.map((p, i) => (
                <Typography.Link key={p.id} href={`/api/complaint-photos/${p.id}`} download>
                  照片 {i + 1}（{Math.ceil(p.sizeBytes / 1024)} KB）
                </Typography.Link>
              ))}
            </Space>
          ) : (
            '无'
          )}
        </Descriptions.Item>
      </Descriptions>
      {revealError && <Alert type="error" showIcon message={revealError} />}
    </Card>
  );
}
