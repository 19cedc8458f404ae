import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Steps, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type Key, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/feedback';
import { FileDrop, XLSX_ACCEPT } from './FileDrop';
import { IMPORT_STEPS, importPercent, importStep, type ImportStage } from './import-progress';

/** What the import tells the screen while it runs. */
export interface ImportProgress {
  /** The browser is reading the file: percent read so far. */
  reading: (percent: number) => void;
  /** The file is with the server, which checks every row. */
  checking: () => void;
}

type Outcome<L> =
  | { kind: 'ok'; fileName: string; text: string }
  | { kind: 'rows'; fileName: string; message: string; lines: L[] }
  | { kind: 'error'; fileName: string; message: string };

interface Props<L> {
  title: string;
  templateHref: string;
  /** What the file holds and that one bad row stops the whole file. */
  intro: ReactNode;
  /** Under the drop zone: the limits. */
  hint: string;
  /** While the server checks the rows. */
  checkingText: string;
  /** Shows the steps and a progress bar (for imports that read the file in the browser first). */
  withProgress?: boolean;
  /** Why the file is refused before anything is sent (e.g. too large), or null. */
  refuse?: (file: File) => string | null;
  /** Reads and sends the file; returns the result for the success message. */
  run: (file: File, progress: ImportProgress) => Promise<string>;
  /** The rows and columns the server refused, from its all-or-nothing answer; undefined for other errors. */
  problems: (err: ApiError) => L[] | undefined;
  problemColumns: ColumnsType<L>;
  /** The count under the problem list. */
  problemTotal?: (count: number, lines: L[]) => string;
  /** A link shown with the success message, e.g. back to the list. */
  doneLink?: { to: string; text: string };
}

/**
 * Import from a spreadsheet: template download, one file at a time, and either the result or every
 * refused cell listed by row and column (nothing is imported while any row is wrong).
 */
export function ImportScreen<L extends { key: Key }>({
  title,
  templateHref,
  intro,
  hint,
  checkingText,
  withProgress,
  refuse,
  run,
  problems,
  problemColumns,
  problemTotal = (count) => `共 ${count} 处错误`,
  doneLink,
}: Props<L>) {
  const [stage, setStage] = useState<ImportStage>('idle');
  const [percent, setPercent] = useState(0);
  const [outcome, setOutcome] = useState<Outcome<L> | null>(null);
  const busy = stage === 'reading' || stage === 'checking';

  const upload = async (file: File) => {
    setOutcome(null);
    const refused = refuse?.(file);
    if (refused) return setOutcome({ kind: 'error', fileName: file.name, message: refused });
    try {
      setStage('reading');
      setPercent(0);
      const text = await run(file, { reading: setPercent, checking: () => setStage('checking') });
      setOutcome({ kind: 'ok', fileName: file.name, text });
    } catch (err) {
      const lines = err instanceof ApiError ? problems(err) : undefined;
      if (lines) setOutcome({ kind: 'rows', fileName: file.name, message: (err as ApiError).message, lines });
      else setOutcome({ kind: 'error', fileName: file.name, message: errorText(err) });
    } finally {
      setStage('done');
    }
  };

  return (
    <Card
      title={title}
      extra={
        <Button icon={<DownloadOutlined />} href={templateHref}>
          下载导入模板
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {withProgress && (
        <Steps
          className="import-steps"
          size="small"
          current={importStep(stage)}
          status={outcome && outcome.kind !== 'ok' ? 'error' : undefined}
          items={IMPORT_STEPS.map((t) => ({ title: t }))}
        />
      )}
      <FileDrop
        accept={XLSX_ACCEPT}
        disabled={busy}
        text={stage === 'checking' ? checkingText : '点击或将 Excel 文件（.xlsx）拖到此处'}
        hint={hint}
        onFile={(file) => void upload(file)}
      />
      {withProgress && busy && (
        <Progress className="import-progress" percent={importPercent(stage, percent)} status="active" />
      )}
      {outcome?.kind === 'ok' && (
        <Alert
          className="import-result"
          type="success"
          showIcon
          title={`${outcome.fileName}：${outcome.text}`}
          action={doneLink && <Link to={doneLink.to}>{doneLink.text}</Link>}
        />
      )}
      {outcome?.kind === 'error' && (
        <Alert className="import-result" type="error" showIcon title={`${outcome.fileName}：${outcome.message}`} />
      )}
      {outcome?.kind === 'rows' && (
        <div className="import-result">
          <Alert type="error" showIcon title={`${outcome.fileName}：${outcome.message}`} className="form-alert" />
          <Table<L>
            size="small"
            rowKey="key"
            dataSource={outcome.lines}
            pagination={{
              defaultPageSize: 20,
              hideOnSinglePage: true,
              showTotal: (t) => problemTotal(t, outcome.lines),
            }}
            columns={problemColumns}
          />
        </div>
      )}
    </Card>
  );
}
