import { Table, Tag, Tooltip, Typography } from 'antd';
import { flagDueSoon, PROVISIONAL_NOTE } from '@zhifa/domain';
import { dueText } from '../../../shared/format';
import { useIsMobile } from '../../../shared/useIsMobile';
import { withCalendar } from '../fields/calendar';
import { todayString } from '../fields/today';
import type { CaseDeadlineView } from '@zhifa/contract';

type Shown = CaseDeadlineView & { soon: boolean };

function statusTag(d: Shown) {
  if (d.status === 'met') return <Tag color="green">已完成</Tag>;
  if (d.status === 'overdue') return <Tag color="red">{d.partyFacing ? '当事人期限已过' : '已逾期'}</Tag>;
  if (d.soon) return <Tag color="orange">即将到期</Tag>;
  return <Tag color="blue">进行中</Tag>;
}

/** The case's time limits: overdue in red, due within the warning window in orange, each with its basis. */
export function DeadlinesTab({ deadlines }: { deadlines: CaseDeadlineView[] }) {
  const isMobile = useIsMobile();
  const today = todayString();
  const soon = new Set(withCalendar((c) => flagDueSoon(deadlines, today, c)).map((d) => d.key));
  const rows: Shown[] = deadlines.map((d) => ({ ...d, soon: d.dueSoon ?? soon.has(d.key) }));
  const order = (d: Shown) => (d.status === 'overdue' ? 0 : d.soon ? 1 : d.status === 'open' ? 2 : 3);
  rows.sort((a, b) => order(a) - order(b) || (a.due ?? '').localeCompare(b.due ?? ''));
  return (
    <Table<Shown>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: '当前没有计算中的期限' }}
      rowClassName={(d) =>
        d.status === 'overdue' ? 'deadline-overdue' : d.soon && d.status === 'open' ? 'deadline-soon' : ''
      }
      scroll={isMobile ? undefined : { x: 720 }}
      columns={[
        {
          title: '期限',
          dataIndex: 'label',
          render: (label: string, d) => (
            <div>
              <div>{label}</div>
              {d.partyFacing && (
                <Typography.Text type="secondary" className="cell-sub">
                  当事人的期限
                </Typography.Text>
              )}
              {isMobile && <div className="cell-sub">{d.basis}</div>}
            </div>
          ),
        },
        {
          title: '截止日期',
          dataIndex: 'due',
          width: isMobile ? 110 : 150,
          render: (due: string | null, d) =>
            due ? (
              <div>
                <div className="mono">{d.dueAt ? d.dueAt.replace('T', ' ') : due}</div>
                {d.provisional && (
                  <Tooltip title={PROVISIONAL_NOTE}>
                    <Tag color="gold" className="deadline-provisional">
                      暂算
                    </Tag>
                  </Tooltip>
                )}
                {d.status === 'open' && <div className="cell-sub">{dueText(due)}</div>}
                {d.provisional && <div className="cell-sub">{PROVISIONAL_NOTE}</div>}
              </div>
            ) : (
              '—'
            ),
        },
        { title: '状态', key: 'status', width: isMobile ? 96 : 130, render: (_v, d) => statusTag(d) },
        ...(isMobile ? [] : [{ title: '法律依据', dataIndex: 'basis', width: 200 }]),
      ]}
    />
  );
}
