import { Alert, Button, Space, Tag } from 'antd';
import { CASE_PROCEDURE_LABELS, CASE_STATUSES, type CaseStatus } from '@zhifa/domain';
import type { UrlParams } from '../../shared/useUrlParams';
import type { CaseFilter } from './api';

/** Every filter the address carries, in words, each removable: a list reached by a link (the dashboard's
 * drill-down, the workbench) always says what it is filtered by. */
export function ActiveFilters({
  filter,
  url,
  agencyName,
}: {
  filter: CaseFilter;
  url: UrlParams;
  agencyName: (id: string) => string | undefined;
}) {
  const range = (from?: string, to?: string) => (from && to ? `${from} 至 ${to}` : from ? `${from} 起` : `至 ${to}`);
  const tags: { keys: (keyof CaseFilter)[]; text: string }[] = [];
  if (filter.agencyId)
    tags.push({ keys: ['agencyId'], text: `执法主体：${agencyName(filter.agencyId) ?? '（加载中）'}` });
  if (filter.status)
    tags.push({
      keys: ['status'],
      text: `状态：${filter.status
        .split(',')
        .map((s) => CASE_STATUSES[s as CaseStatus]?.label ?? s)
        .join('、')}`,
    });
  if (filter.procedure)
    tags.push({
      keys: ['procedure'],
      text: `程序：${CASE_PROCEDURE_LABELS[filter.procedure as 'summary'] ?? filter.procedure}`,
    });
  if (filter.overdue === 'true') tags.push({ keys: ['overdue'], text: '有逾期环节' });
  if (filter.assigned === 'me') tags.push({ keys: ['assigned'], text: '我办理的' });
  if (filter.q) tags.push({ keys: ['q'], text: `关键词：${filter.q}` });
  if (filter.domain) tags.push({ keys: ['domain'], text: `领域：${filter.domain}` });
  if (filter.itemCode) tags.push({ keys: ['itemCode'], text: `执法事项：${filter.itemCode}` });
  if (filter.filedFrom || filter.filedTo)
    tags.push({ keys: ['filedFrom', 'filedTo'], text: `立案日期：${range(filter.filedFrom, filter.filedTo)}` });
  if (filter.closedFrom || filter.closedTo)
    tags.push({ keys: ['closedFrom', 'closedTo'], text: `结案日期：${range(filter.closedFrom, filter.closedTo)}` });
  if (tags.length === 0) return null;
  const clear = (keys: (keyof CaseFilter)[]) => url.update(Object.fromEntries(keys.map((k) => [k, undefined])));
  return (
    <Alert
      className="case-active-filters"
      type="info"
      showIcon
      message={
        <Space wrap size={[4, 4]}>
          <span>当前筛选：</span>
          {tags.map((t) => (
            <Tag key={t.keys.join()} closable onClose={() => clear(t.keys)} data-testid="case-filter-tag">
              {t.text}
            </Tag>
          ))}
          <Button type="link" size="small" onClick={() => clear(tags.flatMap((t) => t.keys))}>
            清除全部筛选
          </Button>
        </Space>
      }
    />
  );
}
