// 整改任务 of case-file reviews: the agency head answers what it changed, the reviewer accepts or
// returns the answer. Each row opens to the requirement, the answers and the history.
import { Button, Descriptions, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { RECTIFICATION_STATUS_LABELS, type RectificationStatus } from '@zhifa/domain';
import { useCan } from '../../app/session';
import { FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { urlPaging, useUrlParams } from '../../shared/useUrlParams';
import { ReplyModal, ReviewModal, type AnswerTarget } from '../corrections/AnswerModals';
import { RECTIFICATION_COLORS, useRectifications, type RectificationList } from './rectifications';

type Row = RectificationList['items'][number];
const PAGE = 20;
const TARGET: AnswerTarget = {
  url: (id) => `/api/rectifications/${id}`,
  refresh: 'rectifications',
  reviewer: '评查人员',
};
const STATUS_OPTIONS = Object.entries(RECTIFICATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const ACTION_LABELS: Record<string, string> = { issue: '下达', reply: '回复', accept: '认可', return: '退回' };

function Details({ r }: { r: Row }) {
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="整改要求">{r.requirement}</Descriptions.Item>
        {r.reply && (
          <Descriptions.Item label="整改回复">
            {r.reply}（{r.repliedOn} {r.repliedByName}）
          </Descriptions.Item>
        )}
        {r.reviewNote && <Descriptions.Item label="审查意见">{r.reviewNote}</Descriptions.Item>}
      </Descriptions>
      <Timeline
        style={{ marginTop: 16 }}
        items={r.history.map((h) => ({
          children: `${h.on} ${h.by} ${ACTION_LABELS[h.action] ?? h.action}${h.text ? `：${h.text}` : ''}`,
        }))}
      />
    </>
  );
}

export default function RectificationsPage() {
  const can = useCan();
  // The workbench links here with ?status=replied for the answers waiting for review.
  const url = useUrlParams({ resetPage: true });
  const paging = urlPaging(url, PAGE);
  const [replying, setReplying] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ id: string; decision: 'accept' | 'return' } | null>(null);
  const list = useRectifications({ status: url.get('status'), limit: paging.pageSize, offset: paging.offset });
  return (
    <ListPage<Row>
      filters={<FilterSelect label="状态" placeholder="全部状态" {...url.field('status')} options={STATUS_OPTIONS} />}
      query={list}
      table={{
        loading: list.isFetching,
        dataSource: list.data?.items ?? [],
        pagination: paging.pagination(list.data?.total ?? 0, (n) => `共 ${n} 项`),
        expandable: { expandedRowRender: (r) => <Details r={r} /> },
        columns: [
          {
            title: '案卷',
            dataIndex: 'caseNumber',
            render: (n: string | null, r) => (
              <Link to={`/oversight/file-reviews/${r.reviewId}`}>{n ?? r.caseTitle}</Link>
            ),
          },
          { title: '评查计划', dataIndex: 'planName' },
          { title: '执法主体', dataIndex: 'agencyName' },
          { title: '整改要求', dataIndex: 'requirement', ellipsis: true },
          {
            title: '整改期限',
            dataIndex: 'due',
            render: (d: string, r) => (r.overdue ? <Tag color="red">{d} 已逾期</Tag> : d),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: RectificationStatus) => (
              <Tag color={RECTIFICATION_COLORS[s]}>{RECTIFICATION_STATUS_LABELS[s]}</Tag>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r) => (
              <Space>
                {can('correction:reply') && (r.status === 'open' || r.status === 'returned') && (
                  <Button size="small" type="primary" onClick={() => setReplying(r.id)}>
                    回复整改情况
                  </Button>
                )}
                {can('oversight:review') && r.status === 'replied' && (
                  <>
                    <Button size="small" type="primary" onClick={() => setDeciding({ id: r.id, decision: 'accept' })}>
                      认可
                    </Button>
                    <Button size="small" danger onClick={() => setDeciding({ id: r.id, decision: 'return' })}>
                      退回
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ],
      }}
    >
      <ReplyModal target={TARGET} id={replying ?? ''} open={replying !== null} onClose={() => setReplying(null)} />
      <ReviewModal
        target={TARGET}
        id={deciding?.id ?? ''}
        decision={deciding?.decision ?? null}
        onClose={() => setDeciding(null)}
      />
    </ListPage>
  );
}
