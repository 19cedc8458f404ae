import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, newIdempotencyKey } from '../../api/client';
import { errorText } from '../../app/feedback';
import { importItems, readAsBase64 } from './queries';
import type { ImportRowProblem } from '@zhifa/contract';
import './catalogue.css';

// The server takes JSON up to 1 MB; base64 adds a third.
const MAX_BYTES = 700 * 1024;

type Stage = 'idle' | 'reading' | 'checking' | 'done';
type Outcome =
  | { kind: 'ok'; fileName: string; created: number; updated: number }
  | { kind: 'rows'; fileName: string; message: string; problems: ImportRowProblem[] }
  | { kind: 'error'; fileName: string; message: string };

interface ProblemLine {
  key: string;
  sheet: string;
  row: number;
  code: string | null;
  column: string;
  message: string;
}

export default function ItemImportPage() {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>('idle');
  const [percent, setPercent] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = stage === 'reading' || stage === 'checking';

  const upload = async (file: File) => {
    setOutcome(null);
    if (file.size > MAX_BYTES) {
      setOutcome({
        kind: 'error',
        fileName: file.name,
        message: `文件过大（${Math.round(file.size / 1024)} KB），请分批导入，每个文件不超过 700 KB`,
      });
      return;
    }
    try {
      setStage('reading');
      setPercent(0);
      const content = await readAsBase64(file, setPercent);
      setStage('checking');
      const r = await importItems(file.name, content, newIdempotencyKey());
      setOutcome({ kind: 'ok', fileName: file.name, created: r.created, updated: r.updated });
      void queryClient.invalidateQueries({ queryKey: ['items'] });
    } catch (err) {
      const rows =
        err instanceof ApiError && err.code === 'IMPORT_INVALID'
          ? (err.details as { rows?: ImportRowProblem[] } | undefined)?.rows
          : undefined;
      if (rows) setOutcome({ kind: 'rows', fileName: file.name, message: (err as ApiError).message, problems: rows });
      else setOutcome({ kind: 'error', fileName: file.name, message: errorText(err) });
    } finally {
      setStage('done');
    }
  };

  const lines: ProblemLine[] =
    outcome?.kind === 'rows'
      ? outcome.problems.flatMap((p) =>
          p.errors.map((e, i) => ({
            key: `${p.sheet}-${p.row}-${i}`,
            sheet: p.sheet,
            row: p.row,
            code: p.code,
            column: e.column,
            message: e.message,
          })),
        )
      : [];

  return (
    <Card
      title="从 Excel 导入执法事项"
      extra={
        <Button icon={<DownloadOutlined />} href="/api/items/template">
          下载导入模板
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        模板有“执法事项”和“处罚种类及幅度”两张表：每个事项一行，每项处罚一行并用事项编码对应；实施依据和处罚依据须能在法律法规库中找到。已存在的事项编码按文件内容更新。
        <Typography.Text strong>任何一行有错误时整个文件都不导入</Typography.Text>
        ，请按下方列出的错误改正后重新上传。导出的目录文件可原样导入。
      </Typography.Paragraph>
      <Steps
        className="import-steps"
        size="small"
        current={stage === 'idle' ? 0 : stage === 'reading' ? 1 : stage === 'checking' ? 2 : 3}
        status={outcome && outcome.kind !== 'ok' ? 'error' : undefined}
        items={[{ title: '选择文件' }, { title: '读取文件' }, { title: '逐行校验' }, { title: '完成' }]}
      />
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {stage === 'checking' ? '正在逐行校验并导入…' : '点击或将 Excel 文件（.xlsx）拖到此处'}
        </p>
        <p className="ant-upload-hint">一次最多 5000 个事项</p>
      </Upload.Dragger>
      {busy && (
        <Progress
          className="import-progress"
          percent={stage === 'reading' ? Math.round(percent / 2) : 75}
          status="active"
        />
      )}
      {outcome?.kind === 'ok' && (
        <Alert
          className="import-result"
          type="success"
          showIcon
          title={`${outcome.fileName}：新增 ${outcome.created} 个事项，更新 ${outcome.updated} 个事项`}
          action={<Link to="/items">查看目录</Link>}
        />
      )}
      {outcome?.kind === 'error' && (
        <Alert className="import-result" type="error" showIcon title={`${outcome.fileName}：${outcome.message}`} />
      )}
      {outcome?.kind === 'rows' && (
        <div className="import-result">
          <Alert type="error" showIcon title={`${outcome.fileName}：${outcome.message}`} className="form-alert" />
          <Table<ProblemLine>
            size="small"
            rowKey="key"
            dataSource={lines}
            pagination={{
              defaultPageSize: 20,
              hideOnSinglePage: true,
              showTotal: (t) => `共 ${t} 处错误，涉及 ${outcome.problems.length} 行`,
            }}
            columns={[
              { title: '工作表', dataIndex: 'sheet', width: 130 },
              { title: '行号', dataIndex: 'row', width: 70 },
              {
                title: '事项编码',
                dataIndex: 'code',
                width: 140,
                render: (c: string | null) => <span className="mono">{c ?? '—'}</span>,
              },
              { title: '列', dataIndex: 'column', width: 130 },
              { title: '错误', dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
