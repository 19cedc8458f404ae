import { Button, Typography } from 'antd';

export interface LoadMoreProps {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  /** Rows loaded so far. */
  count: number;
  /** Shown once nothing more is left, e.g. `已显示全部 ${n} 件`. */
  allText: (count: number) => string;
  /** Shown before the button all along, e.g. `已加载 ${n} 条`. */
  countText?: (count: number) => string;
}

/** Keyset paging: the next page is appended under the rows already shown. */
export function LoadMore({ query, count, allText, countText }: LoadMoreProps) {
  return (
    <div className="load-more">
      {countText && <Typography.Text type="secondary">{countText(count)}</Typography.Text>}
      {query.hasNextPage ? (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          加载更多
        </Button>
      ) : (
        count > 0 && <Typography.Text type="secondary">{allText(count)}</Typography.Text>
      )}
    </div>
  );
}
