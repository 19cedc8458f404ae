import { useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { newIdempotencyKey } from '../../api/client';
import { ImportScreen } from '../../shared/import/ImportScreen';
import { rowsConcerned } from '../../shared/import/import-progress';
import { problemLines, type ProblemLine } from './import-lines';
import { importItems, readAsBase64 } from './queries';
import type { ImportRowProblem } from '@zhifa/contract';
import './catalogue.css';

// The server takes JSON up to 1 MB; base64 adds a third.
const MAX_BYTES = 700 * 1024;

export default function ItemImportPage() {
  const queryClient = useQueryClient();
  return (
    <ImportScreen<ProblemLine>
      title="从 Excel 导入执法事项"
      templateHref="/api/items/template"
      intro={
        <>
          模板有“执法事项”和“处罚种类及幅度”两张表：每个事项一行，每项处罚一行并用事项编码对应；实施依据和处罚依据须能在法律法规库中找到。已存在的事项编码按文件内容更新。
          <Typography.Text strong>任何一行有错误时整个文件都不导入</Typography.Text>
          ，请按下方列出的错误改正后重新上传。导出的目录文件可原样导入。
        </>
      }
      hint="一次最多 5000 个事项"
      checkingText="正在逐行校验并导入…"
      withProgress
      refuse={(file) =>
        file.size > MAX_BYTES
          ? `文件过大（${Math.round(file.size / 1024)} KB），请分批导入，每个文件不超过 700 KB`
          : null
      }
      run={async (file, progress) => {
        const content = await readAsBase64(file, progress.reading);
        progress.checking();
        const r = await importItems(file.name, content, newIdempotencyKey());
        void queryClient.invalidateQueries({ queryKey: ['items'] });
        return `新增 ${r.created} 个事项，更新 ${r.updated} 个事项`;
      }}
      problems={(err) => {
        const rows =
          err.code === 'IMPORT_INVALID' ? (err.details as { rows?: ImportRowProblem[] } | undefined)?.rows : undefined;
        return rows && problemLines(rows);
      }}
      problemColumns={[
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
      problemTotal={(t, lines) => `共 ${t} 处错误，涉及 ${rowsConcerned(lines)} 行`}
      doneLink={{ to: '/items', text: '查看目录' }}
    />
  );
}
