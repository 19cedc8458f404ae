import { Empty, Tag, Timeline, Typography } from 'antd';
import { formatMinute } from '../../../shared/format';
import { roleLabel } from '../../../shared/roles';
import type { TimelineEntry } from '@zhifa/contract';

/** Every action of the case, newest first: what, who (with the role they acted in), when, and a summary. */
export function TimelineTab({ timeline }: { timeline: TimelineEntry[] }) {
  if (!timeline.length) return <Empty description="尚无办案记录" />;
  const rows = [...timeline].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      className="case-timeline"
      items={rows.map((t) => ({
        key: t.seq,
        content: (
          <div className="timeline-entry" data-testid={`timeline-${t.type}`}>
            <div className="timeline-head">
              <Typography.Text strong>{t.label}</Typography.Text>
              <span className="timeline-meta">
                {t.actorName ?? '—'}
                {t.actorRole && <Tag className="timeline-role">{roleLabel(t.actorRole)}</Tag>}
                <span className="mono">{formatMinute(t.at)}</span>
              </span>
            </div>
            {t.summary && <div className="timeline-summary">{t.summary}</div>}
            {t.warnings?.map((w, i) => (
              <div key={i} className="timeline-warning">
                提示：{w.message}（{w.article}）
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
