import { Alert } from 'antd';
import type { CaseRefusal } from '@zhifa/domain';

/** Every refusal with the article it rests on, e.g. "… （行政处罚法 第62条）". */
export function RefusalList({
  refusals,
  title,
  type = 'error',
  live = false,
}: {
  refusals: Pick<CaseRefusal, 'message' | 'article'>[];
  title: string;
  type?: 'error' | 'warning' | 'info';
  /** A check run while typing (not the server's answer): styled the same, named apart. */
  live?: boolean;
}) {
  if (refusals.length === 0) return null;
  return (
    <Alert
      type={type}
      showIcon
      className={live ? 'live-check' : 'refusal-alert'}
      title={title}
      description={
        <ul className="refusal-list">
          {refusals.map((r, i) => (
            <li key={i}>
              {r.message}
              {r.article && <span className="refusal-article">（{r.article}）</span>}
            </li>
          ))}
        </ul>
      }
    />
  );
}
