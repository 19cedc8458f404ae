import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../QueryError';
import { LoadMore, type LoadMoreProps } from './LoadMore';

export interface ListQuery {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface Props<T> {
  /** Above the toolbar, e.g. a reminder with a shortcut filter. */
  banner?: ReactNode;
  /** The filter controls, laid out as one wrapping row. */
  filters?: ReactNode;
  /** Buttons at the right end of the toolbar (create, import…). */
  actions?: ReactNode;
  /** A download of the whole list, shown first among the actions. */
  exportHref?: string;
  query: ListQuery;
  /** Between the toolbar and the table, left out while the load failed (totals, explanations). */
  summary?: ReactNode;
  table: TableProps<T>;
  /** Keyset lists: a "加载更多" button under the table instead of the table's pagination. */
  more?: LoadMoreProps;
  /** Modals and drawers the page opens. */
  children?: ReactNode;
}

/** The list page: a card with a filter toolbar, the table (or the load error with a retry) and its paging. */
export function ListPage<T extends object>({
  banner,
  filters,
  actions,
  exportHref,
  query,
  summary,
  table,
  more,
  children,
}: Props<T>) {
  const buttons =
    exportHref && actions !== undefined ? (
      <Space wrap>
        <ExportButton href={exportHref} />
        {actions}
      </Space>
    ) : exportHref ? (
      <ExportButton href={exportHref} />
    ) : (
      actions
    );
  return (
    <Card>
      {banner}
      {(filters || buttons) && (
        <div className="table-toolbar">
          {filters && (
            <Space wrap className="table-filters">
              {filters}
            </Space>
          )}
          {buttons}
        </div>
      )}
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {summary}
          <Table<T> rowKey="id" {...table} pagination={more ? false : table.pagination} />
          {more && <LoadMore {...more} />}
        </>
      )}
      {children}
    </Card>
  );
}

function ExportButton({ href }: { href: string }) {
  return (
    <Button icon={<DownloadOutlined />} href={href}>
      导出
    </Button>
  );
}
