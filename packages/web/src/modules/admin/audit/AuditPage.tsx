import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Card, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { AuditEntry, AuditPage as AuditPageData } from '@zhifa/contract';
import { useCan } from '../../../app/session';
import { formatDateTime } from '../../../shared/format';
import { ListPage } from '../../../shared/list/ListPage';
import { roleLabel } from '../../../shared/roles';
import { useIsMobile } from '../../../shared/useIsMobile';
import { AuditVerifyResult } from './AuditVerifyResult';
import { AUDIT_EVENT_GROUPS, OBJECT_TYPE_LABELS, OUTCOME_LABELS, eventLabel } from './labels';
import { useAuditVerify } from './useAuditVerify';

const PAGE_SIZE = 50;

interface Filter {
  eventType?: string;
  actor?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

interface FilterForm {
  eventType?: string;
  actor?: string;
  outcome?: string;
  range?: [Dayjs, Dayjs] | null;
}

function exportQuery(filter: Filter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v) params.set(k, v);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export default function AuditPage() {
  const can = useCan();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<Filter>({});
  const verify = useAuditVerify();
  const [checkedAt, setCheckedAt] = useState<string>();

  const audit = useInfiniteQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPageData>('/api/audit', { ...filter, before: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = audit.data?.pages.flatMap((p) => p.items) ?? [];

  const search = (v: FilterForm) =>
    setFilter({
      eventType: v.eventType?.trim() || undefined,
      actor: v.actor?.trim() || undefined,
      outcome: v.outcome,
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });

  const columns: ColumnsType<AuditEntry> = [
    {
      title: '序号',
      dataIndex: 'seq',
      width: 80,
      fixed: 'left',
      render: (v: string) => <span className="mono">{v}</span>,
    },
    { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
    {
      title: '操作人',
      dataIndex: 'actorName',
      width: 160,
      render: (name: string | null, r) => (
        <div>
          <div>{name ?? <Typography.Text type="secondary">系统</Typography.Text>}</div>
          {r.actorRole && (
            <Typography.Text type="secondary" className="cell-sub">
              {roleLabel(r.actorRole)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: '事件',
      dataIndex: 'eventType',
      width: 180,
      render: (t: string) => (
        <div>
          <div>{eventLabel(t)}</div>
          <Typography.Text type="secondary" className="cell-sub mono">
            {t}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '对象',
      key: 'object',
      width: 200,
      render: (_v, r) =>
        r.objectType ? (
          <div>
            <div>{OBJECT_TYPE_LABELS[r.objectType] ?? r.objectType}</div>
            {/* The object by name (case number, person) where the server knows it; the id stays in the details. */}
            <Typography.Text
              type="secondary"
              className={r.objectName ? 'cell-sub' : 'cell-sub mono'}
              ellipsis={{ tooltip: r.objectName ?? r.objectId }}
              data-testid="audit-object"
            >
              {r.objectName ?? r.objectId}
            </Typography.Text>
            {r.summary && <div className="cell-sub">{r.summary}</div>}
          </div>
        ) : (
          '—'
        ),
    },
    {
      title: '结果',
      dataIndex: 'outcome',
      width: 80,
      render: (o: string) => <Tag color={OUTCOME_LABELS[o]?.color}>{OUTCOME_LABELS[o]?.label ?? o}</Tag>,
    },
    {
      title: '来源 IP',
      dataIndex: 'sourceIp',
      width: 130,
      render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
    },
  ];

  // Phones: one stacked cell per event instead of a table to scroll sideways.
  const mobileColumns: ColumnsType<AuditEntry> = [
    {
      title: '审计事件',
      key: 'event',
      render: (_v, r) => (
        <div className="m-cell">
          <div className="m-cell-head">
            <span className="cell-strong">{eventLabel(r.eventType)}</span>
            <Tag color={OUTCOME_LABELS[r.outcome]?.color}>{OUTCOME_LABELS[r.outcome]?.label ?? r.outcome}</Tag>
          </div>
          <div className="cell-sub m-cell-line">
            #{r.seq} · {formatDateTime(r.at)}
          </div>
          <div className="cell-sub m-cell-line">
            {r.actorName ?? '系统'}
            {r.actorRole ? `（${roleLabel(r.actorRole)}）` : ''}
            {r.sourceIp ? ` · ${r.sourceIp}` : ''}
          </div>
        </div>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Card>
        <Form form={form} layout="inline" onFinish={search} className="filter-form">
          <Form.Item name="eventType" label="事件">
            <AutoComplete
              options={AUDIT_EVENT_GROUPS}
              placeholder="事件类型或前缀，如 auth."
              allowClear
              className="filter-wide"
              showSearch={{
                filterOption: (input, option) =>
                  `${option?.value ?? ''}${option?.label ?? ''}`.toLowerCase().includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
          <Form.Item name="actor" label="操作人">
            <Input placeholder="姓名（精确匹配）" allowClear maxLength={64} className="filter-mid" />
          </Form.Item>
          <Form.Item name="outcome" label="结果">
            <Select
              allowClear
              placeholder="全部"
              className="filter-narrow"
              options={Object.entries(OUTCOME_LABELS).map(([value, o]) => ({ value, label: o.label }))}
            />
          </Form.Item>
          <Form.Item name="range" label="日期">
            <DatePicker.RangePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} className="filter-range" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilter({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>

      {can('audit:verify') && (
        <Card>
          <div className="verify-bar">
            <Typography.Text type="secondary">
              审计记录以哈希链相连并加盖密封，校验可发现被修改、删除或插入的记录。
            </Typography.Text>
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() =>
                verify.mutate(undefined, { onSuccess: () => setCheckedAt(dayjs().format('YYYY-MM-DD HH:mm:ss')) })
              }
            >
              校验审计链
            </Button>
          </div>
          {verify.data && (
            <div className="verify-result">
              <AuditVerifyResult result={verify.data} checkedAt={checkedAt} />
            </div>
          )}
        </Card>
      )}

      <ListPage<AuditEntry>
        // The export holds what the filters select, objects by name and case actions in words.
        exportHref={`/api/audit/export${exportQuery(filter)}`}
        // Keep the rows already shown when loading a further page fails.
        query={{ isError: audit.isError && !audit.data, error: audit.error, refetch: audit.refetch }}
        table={{
          rowKey: 'seq',
          size: 'middle',
          columns: isMobile ? mobileColumns : columns,
          dataSource: rows,
          loading: audit.isPending,
          scroll: isMobile ? undefined : { x: 1000 },
          locale: { emptyText: '没有符合条件的审计记录' },
          expandable: {
            expandedRowRender: (r) => (
              <dl className="audit-detail">
                <dt>请求编号</dt>
                <dd className="mono">{r.requestId ?? '—'}</dd>
                <dt>对象编号</dt>
                <dd className="mono">{r.objectId ?? '—'}</dd>
                {r.summary && (
                  <>
                    <dt>操作内容</dt>
                    <dd>{r.summary}</dd>
                  </>
                )}
                <dt>详细信息</dt>
                <dd>
                  <pre className="audit-json">{r.details == null ? '—' : JSON.stringify(r.details, null, 2)}</pre>
                </dd>
              </dl>
            ),
          },
        }}
        more={{
          query: audit,
          count: rows.length,
          countText: (n) => `已加载 ${n} 条`,
          allText: () => '已全部加载',
        }}
      />
    </Space>
  );
}
