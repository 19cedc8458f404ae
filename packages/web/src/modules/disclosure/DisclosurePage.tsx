import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DisclosureTaskRow } from '@zhifa/contract';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { FilterSearch, FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { useIsMobile } from '../../shared/useIsMobile';
import { urlPaging, useUrlParams } from '../../shared/useUrlParams';
import { useAgencyOptions, useDisclosureTask, useDisclosureTasks, type Transition } from './api';
import { RenditionPreview } from './RenditionPreview';
import { TransitionModal } from './TransitionModal';
import { STATUS_LABELS, STATUSES } from './labels';

const STATUS_COLORS: Record<DisclosureTaskRow['status'], string> = {
  pending: 'blue',
  held: 'orange',
  published: 'green',
  withdrawn: 'red',
  expired: 'default',
  excluded: 'default',
};

export function StatusTag({ status }: { status: DisclosureTaskRow['status'] }) {
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}

function TaskDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const can = useCan();
  const task = useDisclosureTask(id);
  const [kind, setKind] = useState<Transition | null>(null);
  const t = task.data;
  const may = can('disclosure:publish');
  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={t ? `公示文本：${t.documentNumber}` : '公示文本'}>
      {task.isError ? (
        <QueryError error={task.error} onRetry={() => void task.refetch()} />
      ) : t ? (
        <>
          <Descriptions column={2} size="small" className="mb-12">
            <Descriptions.Item label="状态">
              <StatusTag status={t.status} />
            </Descriptions.Item>
            <Descriptions.Item label="公示期限">
              <span className={t.late ? 'text-danger' : undefined}>{t.dueOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label="决定日期">{t.decidedOn}</Descriptions.Item>
            <Descriptions.Item label="公示截止">{t.publicationEndsOn ?? '—'}</Descriptions.Item>
            {t.published && (
              <Descriptions.Item label="发布">{`${t.published.by ?? ''} ${t.published.at.slice(0, 10)}`}</Descriptions.Item>
            )}
            {t.held && (
              <Descriptions.Item label="暂缓">{`${t.held.by ?? '系统检测'}：${t.held.reason ?? ''}`}</Descriptions.Item>
            )}
            {t.released && (
              <Descriptions.Item label="放行">{`${t.released.by ?? ''}：${t.released.reason ?? ''}`}</Descriptions.Item>
            )}
            {t.withdrawn && (
              <Descriptions.Item label="撤回">{`${t.withdrawn.by ?? ''}：${t.withdrawn.reason ?? ''}`}</Descriptions.Item>
            )}
            {t.noticeServedOn && (
              <Descriptions.Item label="公开告知">{`随决定书于 ${t.noticeServedOn} 送达`}</Descriptions.Item>
            )}
          </Descriptions>
          {may && (
            <Space wrap className="mb-12">
              {t.status === 'pending' && (
                <Button type="primary" onClick={() => setKind('publish')}>
                  发布
                </Button>
              )}
              {(t.status === 'pending' || t.status === 'published') && (
                <Button onClick={() => setKind('hold')}>暂缓</Button>
              )}
              {t.status === 'held' && (
                <Button type="primary" onClick={() => setKind('release')}>
                  复核放行
                </Button>
              )}
              {(t.status === 'pending' || t.status === 'held' || t.status === 'published') && (
                <Button danger onClick={() => setKind('withdraw')}>
                  撤回
                </Button>
              )}
            </Space>
          )}
          {t.status === 'published' && (
            <Typography.Paragraph>
              公开地址：
              <a href={t.publicUrl} target="_blank" rel="noreferrer">
                {t.publicUrl}
              </a>
            </Typography.Paragraph>
          )}
          <RenditionPreview task={t} />
          <TransitionModal task={t} kind={kind} onClose={() => setKind(null)} />
        </>
      ) : null}
    </Drawer>
  );
}

export default function DisclosurePage() {
  const can = useCan();
  const isMobile = useIsMobile();
  // County supervisors see every township's tasks: they filter by agency.
  const supervising = can('oversight:read');
  const agencies = useAgencyOptions(supervising);
  const url = useUrlParams();
  const paging = urlPaging(url, 20);
  const filter = {
    status: url.get('status'),
    agencyId: url.get('agencyId'),
    due: url.get('due'),
    q: url.get('q'),
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const tasks = useDisclosureTasks(filter);
  const [open, setOpen] = useState<string | null>(null);

  const columns: ColumnsType<DisclosureTaskRow> = [
    {
      title: '决定书',
      dataIndex: 'documentNumber',
      render: (n: string, t) => (
        <div>
          <Button type="link" className="cell-strong p-0" onClick={() => setOpen(t.id)}>
            {n}
          </Button>
          <div className="cell-sub">
            {t.agencyName}
            {t.partyName ? ` · ${t.partyName}` : ''}
          </div>
          {isMobile && <StatusTag status={t.status} />}
        </div>
      ),
    },
    ...(isMobile
      ? []
      : ([
          { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
          {
            title: '公示期限',
            dataIndex: 'dueOn',
            width: 120,
            render: (d: string, t: DisclosureTaskRow) => (
              <span className={t.late ? 'text-danger' : undefined}>
                {d}
                {t.late ? '（逾期）' : ''}
              </span>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: DisclosureTaskRow['status'], t: DisclosureTaskRow) => (
              <Space size={4} wrap>
                <StatusTag status={s} />
                {t.findingCount > 0 && <Tag color="red">检测 {t.findingCount} 处</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            key: 'case',
            width: 90,
            render: (_v: unknown, t: DisclosureTaskRow) => <Link to={`/cases/${t.caseId}`}>查看案件</Link>,
          },
        ] as ColumnsType<DisclosureTaskRow>)),
  ];

  return (
    <ListPage<DisclosureTaskRow>
      filters={
        <>
          <FilterSearch id="disclosure-q" placeholder="决定书文号" value={filter.q} onSearch={(v) => url.set('q', v)} />
          <FilterSelect
            id="disclosure-status"
            placeholder="全部状态"
            {...url.field('status')}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          {supervising && (
            <FilterSelect
              id="disclosure-agency"
              placeholder="全部机关"
              searchable
              {...url.field('agencyId')}
              options={(agencies.data ?? [])
                .filter((a) => a.kind === 'township' || a.kind === 'street' || a.kind === 'countyDepartment')
                .map((a) => ({ value: a.id, label: a.name }))}
            />
          )}
          <FilterSelect
            id="disclosure-due"
            placeholder="全部期限"
            {...url.field('due')}
            options={[
              { value: 'dueSoon', label: '3 个工作日内到期' },
              { value: 'late', label: '已逾期未公示' },
            ]}
          />
        </>
      }
      query={tasks}
      table={{
        loading: tasks.isPending,
        dataSource: tasks.data?.items ?? [],
        columns,
        locale: { emptyText: '没有符合条件的公示任务' },
        pagination: paging.pagination(tasks.data?.total ?? 0, (n) =>
          tasks.data?.totalCapped ? `超过 ${n} 项` : `共 ${n} 项`,
        ),
      }}
    >
      <TaskDrawer id={open} onClose={() => setOpen(null)} />
    </ListPage>
  );
}
