import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { showError } from '../../app/feedback';
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

/** The file name the server gave (RFC 5987 first), else the last part of the address. */
function fileNameOf(res: Response, href: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain?.[1] ?? href.split('?')[0].split('/').pop() ?? 'export.xlsx';
}

/**
 * Downloads the list as the server builds it (filters included); a long export shows that it is
 * running instead of leaving the page silent.
 */
export function ExportButton({ href }: { href: string }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const res = await fetch(href, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`导出失败（${res.status}）`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(res, href);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="list-export">
      {busy ? '正在导出…' : '导出'}
    </Button>
  );
}
