import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { TRAINING_COLUMNS } from '@zhifa/domain';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/feedback';
import { uploadTrainingSheet } from './queries';
import { formatHours } from './labels';
import type { ImportProblem } from '@zhifa/contract';
import './people.css';

type Outcome =
  | { kind: 'ok'; filename: string; imported: number; hours: number }
  | { kind: 'rows'; filename: string; message: string; problems: ImportProblem[] }
  | { kind: 'error'; filename: string; message: string };

export default function TrainingImportPage() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await uploadTrainingSheet(file);
      setOutcome({ kind: 'ok', filename: file.name, ...r });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TRAINING_IMPORT_INVALID' && Array.isArray(err.details)) {
        setOutcome({
          kind: 'rows',
          filename: file.name,
          message: err.message,
          problems: err.details as ImportProblem[],
        });
      } else {
        setOutcome({ kind: 'error', filename: file.name, message: errorText(err) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title="从 Excel 导入培训记录"
      extra={
        <Button icon={<DownloadOutlined />} href="/api/training/template">
          下载导入模板
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        表头须包含：
        {[
          TRAINING_COLUMNS.personName,
          TRAINING_COLUMNS.certificateNumber,
          TRAINING_COLUMNS.course,
          TRAINING_COLUMNS.date,
        ].join('、')}
        ，以及
        {TRAINING_COLUMNS.minutes}或{TRAINING_COLUMNS.hours}（至少一项）；{TRAINING_COLUMNS.organiser}
        选填。按执法证号匹配人员，姓名须一致；只填分钟时按 45 分钟折合 1 学时。
        <Typography.Text strong>任何一行有错误时整表不导入</Typography.Text>，请按下方列出的错误改正后重新上传。
      </Typography.Paragraph>
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
        <p className="ant-upload-text">{busy ? '正在校验并导入…' : '点击或将 Excel 文件（.xlsx）拖到此处'}</p>
        <p className="ant-upload-hint">单个文件不超过 5 MB，一次最多 5000 条</p>
      </Upload.Dragger>
      {outcome?.kind === 'ok' && (
        <Alert
          className="import-result"
          type="success"
          showIcon
          title={`${outcome.filename}：已导入 ${outcome.imported} 条培训记录，共 ${formatHours(outcome.hours)} 学时`}
        />
      )}
      {outcome?.kind === 'error' && (
        <Alert className="import-result" type="error" showIcon title={`${outcome.filename}：${outcome.message}`} />
      )}
      {outcome?.kind === 'rows' && (
        <div className="import-result">
          <Alert type="error" showIcon title={`${outcome.filename}：${outcome.message}`} className="form-alert" />
          <Table<ImportProblem & { key: number }>
            size="small"
            rowKey="key"
            dataSource={outcome.problems.map((p, i) => ({ ...p, key: i }))}
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 处错误` }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 80 },
              { title: '列', dataIndex: 'column', width: 160 },
              { title: '错误', dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
