import { Alert, Badge, Card, Result, Skeleton, Tabs, Typography } from 'antd';
import { CASE_ACTIONS, type CaseActionType } from '@zhifa/domain';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { ActionDialog } from './actions/ActionDialog';
import { useCase } from './api';
import { CaseAlertsPanel } from './CaseAlertsPanel';
import { ActionBar } from './detail/ActionBar';
import { CaseFileTab } from './detail/CaseFileTab';
import { CaseHeader } from './detail/CaseHeader';
import { DeadlinesTab } from './detail/DeadlinesTab';
import { EvidenceTab } from './detail/EvidenceTab';
import { SummaryDecisionCard } from './detail/SummaryDecisionCard';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { TimelineTab } from './detail/TimelineTab';
import { EvidenceUploadDialog } from './evidence/EvidenceUploadDialog';
import './cases.css';

export default function CaseDetailPage() {
  const { id } = useParams();
  const location = useLocation();
  const can = useCan();
  const query = useCase(id);
  const [action, setAction] = useState<{ type: CaseActionType; label: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [tab, setTab] = useState('timeline');
  const [params, setParams] = useSearchParams();
  const autoOpened = useRef(false);

  // A queue links to /cases/:id?action=recordReview: open that step once, if it is allowed now.
  const wanted = params.get('action');
  useEffect(() => {
    if (!wanted || autoOpened.current || !query.data) return;
    autoOpened.current = true;
    const found = query.data.allowedActions.find((a) => a.type === wanted);
    if (found) setAction({ type: found.type, label: found.label });
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('action');
        return next;
      },
      { replace: true },
    );
  }, [wanted, query.data, setParams]);

  if (query.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (query.isError) {
    return (
      <Card>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  const detail = query.data;
  const overdue = detail.deadlines.filter((d) => d.status === 'overdue').length;
  // Uploading registers evidence (登记证据), so it is offered only when that step is allowed now.
  const byUpload = (type: CaseActionType) => CASE_ACTIONS[type].byUpload === true;
  const canUpload = detail.allowedActions.some((a) => byUpload(a.type)) && can('evidence:upload');
  const open = (type: CaseActionType, label: string) => {
    if (byUpload(type)) setUploading(true);
    else setAction({ type, label });
  };
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <div className="case-page">
      {justCreated && detail.state.status === 'summaryDecided' && (
        <Result
          status="success"
          title="当场处罚决定已作出"
          subTitle="请当场将决定书交付当事人，并报所属行政机关备案。"
          className="case-created"
        />
      )}
      <Card className="case-card">
        <CaseHeader detail={detail} />
      </Card>
      {detail.state.summary && <SummaryDecisionCard detail={detail} />}
      <Card className="case-card case-actions-card" title="可办理的操作" size="small">
        <ActionBar state={detail.state} actions={detail.allowedActions} onAction={open} />
      </Card>
      {overdue > 0 && (
        <Alert type="error" showIcon className="case-alert" title={`本案有 ${overdue} 项期限已逾期，请查看“期限”`} />
      )}
      <CaseAlertsPanel caseId={detail.id} />
      <Card className="case-card">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'timeline', label: '办案进程', children: <TimelineTab timeline={detail.timeline} /> },
            {
              key: 'deadlines',
              label: (
                <Badge count={overdue} size="small" offset={[8, 0]}>
                  期限
                </Badge>
              ),
              children: <DeadlinesTab deadlines={detail.deadlines} />,
            },
            {
              key: 'evidence',
              label: `证据（${detail.evidence.length}）`,
              children: (
                <EvidenceTab evidence={detail.evidence} canUpload={canUpload} onUpload={() => setUploading(true)} />
              ),
            },
            {
              key: 'documents',
              label: `文书（${detail.documents.length}）`,
              children: <DocumentsPanel caseId={detail.id} caseNumber={detail.number} />,
            },
            { key: 'file', label: '案卷', children: <CaseFileTab caseId={detail.id} active={tab === 'file'} /> },
          ]}
        />
      </Card>
      <Typography.Paragraph type="secondary" className="case-version">
        版本 {detail.version}
      </Typography.Paragraph>
      <ActionDialog detail={detail} type={action?.type ?? null} label={action?.label} onClose={() => setAction(null)} />
      <EvidenceUploadDialog detail={detail} open={uploading} onClose={() => setUploading(false)} />
    </div>
  );
}
