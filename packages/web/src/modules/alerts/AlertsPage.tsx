import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ALERT_SEVERITY_LABELS, ALERT_STATUS_LABELS, type AlertSeverity, type AlertStatus } from '@zhifa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { formatMinute } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { IssueCorrectionModal } from '../corrections/IssueCorrectionModal';
import {
  useAgencies,
  useAlertCommand,
  useAlertRules,
  useAlerts,
  useLatestRun,
  useStartRun,
  type AlertRow,
} from './queries';

const SEVERITY_COLORS: Record<AlertSeverity, string> = { high: 'red', medium: 'orange', low: 'blue' };
const STATUS_COLORS: Record<AlertStatus, string> = { open: 'red', acknowledged: 'gold', resolved: 'green' };
const PAGE = 20;

export default function AlertsPage() {
  const can = useCan();
  const [rule, setRule] = useState<string>();
  const [status, setStatus] = useState<string>('active');
  const [agencyId, setAgencyId] = useState<string>();
  const [page, setPage] = useState(1);
  // The case page links here with ?caseId= for the alerts of one case.
  const [params, setParams] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const [issuing, setIssuing] = useState<AlertRow | null>(null);
  const filter = { rule, status, agencyId, caseId, limit: PAGE, offset: (page - 1) * PAGE };
  const list = useAlerts(filter);
  const rules = useAlertRules();
  const agencies = useAgencies();
  const run = useLatestRun();
  const start = useStartRun();
  const ack = useAlertCommand('acknowledge');
  const recheck = useAlertCommand('recheck');
  const qc = useQueryClient();
  const current = run.data?.run;
  const running = current?.status === 'queued' || current?.status === 'running';

  // A run that just finished changes the list.
  useEffect(() => {
    if (current?.status === 'finished' || current?.status === 'failed')
      void qc.invalidateQueries({ queryKey: ['alerts', 'list'] });
  }, [current?.status, qc]);

  const columns = [
    {
      title: '预警规则',
      dataIndex: 'ruleTitle',
      width: 200,
      render: (t: string, r: AlertRow) => (
        <Space direction="vertical" size={0}>
          <span>
            <Tag color={SEVERITY_COLORS[r.severity]}>{ALERT_SEVERITY_LABELS[r.severity]}</Tag>
            {t}
          </span>
        </Space>
      ),
    },
    {
      title: '预警内容',
      dataIndex: 'title',
      render: (t: string, r: AlertRow) => (
        <Space direction="vertical" size={0}>
          {r.caseId ? <Link to={`/cases/${r.caseId}`}>{t}</Link> : t}
          {r.acknowledgedNote && <Typography.Text type="secondary">处理说明：{r.acknowledgedNote}</Typography.Text>}
        </Space>
      ),
    },
    { title: '执法主体', dataIndex: 'agencyName', width: 110, render: (v: string | null) => v ?? '全县' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (s: AlertStatus) => <Tag color={STATUS_COLORS[s]}>{ALERT_STATUS_LABELS[s]}</Tag>,
    },
    { title: '最近发现', dataIndex: 'lastSeenAt', width: 150, render: formatMinute },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, r: AlertRow) =>
        can('alert:handle') && r.status !== 'resolved' ? (
          <Space size="small" wrap>
            {can('correction:issue') && r.caseId && r.agencyId && (
              <Tooltip title="就此案件向执法主体制发执法监督意见书">
                <Button size="small" onClick={() => setIssuing(r)}>
                  意见书
                </Button>
              </Tooltip>
            )}
            {r.status === 'open' && (
              <Button
                size="small"
                onClick={() =>
                  ack.mutate({ id: r.id }, { onSuccess: () => showSuccess('已标记为知悉'), onError: showError })
                }
              >
                知悉
              </Button>
            )}
            <Tooltip title="立即重新运行该规则，情况已消除则自动关闭">
              <Button
                size="small"
                loading={recheck.isPending && recheck.variables?.id === r.id}
                onClick={() =>
                  recheck.mutate({ id: r.id }, { onSuccess: () => showSuccess('已复核'), onError: showError })
                }
              >
                复核
              </Button>
            </Tooltip>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title="预警中心"
      extra={
        can('alert:run') && (
          <Space>
            {current && (
              <span className="alert-run-status">
                {running ? (
                  <Progress
                    percent={Math.round((current.rulesDone / Math.max(current.rulesTotal, 1)) * 100)}
                    size="small"
                    style={{ width: 160 }}
                  />
                ) : (
                  <Typography.Text type="secondary">
                    上次运行 {formatMinute(current.finishedAt ?? current.requestedAt)}：新增 {current.opened}，消除{' '}
                    {current.resolved}
                  </Typography.Text>
                )}
              </span>
            )}
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              loading={start.isPending || running}
              onClick={() => start.mutate(undefined, { onError: showError })}
            >
              立即运行
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="预警规则"
          allowClear
          placeholder="全部规则"
          style={{ width: 240 }}
          value={rule}
          onChange={(v) => {
            setRule(v);
            setPage(1);
          }}
          options={(rules.data ?? []).filter((r) => !r.planned).map((r) => ({ value: r.id, label: r.title }))}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { value: 'active', label: '未消除' },
            { value: 'open', label: '待处理' },
            { value: 'acknowledged', label: '已知悉' },
            { value: 'resolved', label: '已消除' },
          ]}
        />
        {can('oversight:read') && (
          <Select
            aria-label="执法主体"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部执法主体"
            style={{ width: 200 }}
            value={agencyId}
            onChange={(v) => {
              setAgencyId(v);
              setPage(1);
            }}
            options={(agencies.data ?? [])
              .filter((a) => a.kind === 'township' || a.kind === 'street' || a.kind === 'countyDepartment')
              .map((a) => ({ value: a.id, label: a.shortName }))}
          />
        )}
        {caseId && (
          <Tag closable onClose={() => setParams({})}>
            仅本案件{list.data?.items[0]?.caseNumber ? ` ${list.data.items[0].caseNumber}` : ''}
          </Tag>
        )}
        {list.data && (
          <Typography.Text type="secondary">
            待处理 {list.data.counts.open} · 已知悉 {list.data.counts.acknowledged} · 已消除 {list.data.counts.resolved}
          </Typography.Text>
        )}
      </Space>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<AlertRow>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          expandable={{
            expandedRowRender: (r) => {
              const def = rules.data?.find((x) => x.id === r.rule);
              return (
                <div>
                  {def && (
                    <p>
                      {def.description} <Typography.Text type="secondary">依据：{def.legalBasis}</Typography.Text>
                    </p>
                  )}
                  <Typography.Text type="secondary">
                    首次发现 {formatMinute(r.firstSeenAt)}
                    {r.resolvedAt ? ` · 消除于 ${formatMinute(r.resolvedAt)}` : ''}
                  </Typography.Text>
                </div>
              );
            },
          }}
        />
      )}
      <IssueCorrectionModal
        open={issuing !== null}
        onClose={() => setIssuing(null)}
        preset={
          issuing?.caseId && issuing.agencyId
            ? { agencyId: issuing.agencyId, caseId: issuing.caseId, caseNumber: issuing.caseNumber ?? '' }
            : undefined
        }
      />
    </Card>
  );
}
