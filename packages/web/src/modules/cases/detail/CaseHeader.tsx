import { Descriptions, Space, Tag, Typography } from 'antd';
import { CASE_PARTY_KIND_LABELS, CASE_PROCEDURE_LABELS, describePenalty } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';
import { statusColor } from '../labels';
import type { CaseDetail } from '@zhifa/contract';
import { PhaseSteps } from './PhaseSteps';

function names(detail: CaseDetail, ids: readonly string[]): string {
  const byId = new Map((detail.people ?? []).map((p) => [p.id, p.name]));
  return (
    ids
      .map((id) => byId.get(id) ?? '')
      .filter(Boolean)
      .join('、') || '—'
  );
}

/** Number, party, item, status and procedure, then where the case stands among its phases. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const isMobile = useIsMobile();
  const s = detail.state;
  const party = s.party;
  const decision = s.decision;
  return (
    <div className="case-header">
      <div className="case-title-row">
        <Typography.Title level={4} className="case-number" data-testid="case-number">
          {detail.number ?? '（未编号）'}
        </Typography.Title>
        <Space size={4} wrap>
          <Tag color={statusColor(s.status)} data-testid="case-status">
            {detail.statusLabel}
          </Tag>
          <Tag color={s.procedure === 'summary' ? 'cyan' : 'geekblue'}>{CASE_PROCEDURE_LABELS[s.procedure]}</Tag>
          {s.flags.limitationExpired && <Tag color="red">已过追责时效</Tag>}
          {s.flags.suspectedCrime && <Tag color="volcano">涉嫌犯罪</Tag>}
        </Space>
      </div>
      <Descriptions size="small" column={isMobile ? 1 : 3} className="case-facts">
        <Descriptions.Item label="当事人">
          {party ? (
            <span>
              {party.name}
              <Typography.Text type="secondary">（{CASE_PARTY_KIND_LABELS[party.kind]}）</Typography.Text>
              {(s.parties?.length ?? 0) > 1 && (
                <span data-testid="joint-parties">
                  ；共同违法：
                  {s.parties
                    .slice(1)
                    .map((p) => p.name)
                    .join('、')}
                </span>
              )}
            </span>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label="执法事项">{s.items.map((i) => i.name).join('；') || '—'}</Descriptions.Item>
        <Descriptions.Item label="执法主体">{detail.header.agencyName ?? '—'}</Descriptions.Item>
        {s.procedure === 'ordinary' && (
          <Descriptions.Item label="承办人员">{names(detail, s.officerIds)}</Descriptions.Item>
        )}
        {s.filing?.approvedOn && <Descriptions.Item label="立案日期">{s.filing.approvedOn}</Descriptions.Item>}
        {decision && (
          <Descriptions.Item label={decision.onTheSpot ? '当场处罚决定书' : '决定书'}>
            <span className="nowrap" data-testid="decision-number">
              {decision.number}
            </span>
          </Descriptions.Item>
        )}
        {decision && (
          <Descriptions.Item label="处理结果">
            {decision.penalty ? describePenalty(decision.penalty) : '不予行政处罚'}
          </Descriptions.Item>
        )}
        {s.archive && (
          <Descriptions.Item label="档案号">
            <span className="mono">{s.archive.archiveNumber}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <PhaseSteps state={s} />
    </div>
  );
}
