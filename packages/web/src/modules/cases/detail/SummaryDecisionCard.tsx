import { Alert, Card, Descriptions } from 'antd';
import { describePenalty } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';
import type { CaseDetail } from '@zhifa/contract';
import { provisionalMark } from './provisional';

/** The on-the-spot decision as handed to the party: its number, the penalty and the remedies. */
export function SummaryDecisionCard({ detail }: { detail: CaseDetail }) {
  const isMobile = useIsMobile();
  const s = detail.state;
  const summary = s.summary;
  if (!summary) return null;
  return (
    <Card className="case-card" size="small" title="当场行政处罚决定书">
      <Descriptions size="small" column={isMobile ? 1 : 2}>
        <Descriptions.Item label="决定书编号">
          <strong className="mono" data-testid="summary-form-number">
            {summary.formNumber}
          </strong>
        </Descriptions.Item>
        <Descriptions.Item label="决定日期">{summary.decidedOn}</Descriptions.Item>
        {s.decision?.penalty && (
          <Descriptions.Item label="处罚">{describePenalty(s.decision.penalty)}</Descriptions.Item>
        )}
        {s.paymentDue && (
          <Descriptions.Item label="缴纳期限">
            {s.paymentDue}
            {provisionalMark(detail, 'payment')}
          </Descriptions.Item>
        )}
        {summary.service && (
          <Descriptions.Item label="交付">
            {summary.service.handedOverOn}{' '}
            {summary.service.partySigned ? '当事人已签收' : `当事人拒绝签收：${summary.service.refusalNote ?? ''}`}
          </Descriptions.Item>
        )}
        {summary.filedOn && (
          <Descriptions.Item label="备案">
            {summary.filedOn} 报 {summary.filedWith}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Alert
        type={summary.reconsiderationFirst ? 'warning' : 'info'}
        showIcon
        title={summary.reconsiderationFirst ? '复议前置：当事人应当先申请行政复议' : '救济途径'}
        description={<span data-testid="remedies-text">{summary.remediesText}</span>}
      />
    </Card>
  );
}
