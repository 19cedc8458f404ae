// 裁量基准 from Excel: the whole workbook is checked first; any error and nothing is imported, each
// error listed with its row and column (docs/BENCHMARK-FORMATS.md).
import { useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { newIdempotencyKey } from '../../../api/client';
import { ImportScreen } from '../../../shared/import/ImportScreen';
import { readAsBase64 } from '../queries';
import { importBenchmarkWorkbook } from './queries';

const MAX_BYTES = 700 * 1024;

interface ProblemLine {
  key: string;
  row?: number;
  where: string;
  column?: string;
  message: string;
}

export default function BenchmarkImportPage() {
  const queryClient = useQueryClient();
  return (
    <ImportScreen<ProblemLine>
      title="从 Excel 导入裁量基准"
      templateHref="/api/benchmarks/template"
      intro={
        <>
          每行为一个档次的一组适用条件；同一事项、违法行为、文号和施行日期的各行组成一个版本，同一档次序号的多行为该档次的几组可选条件。
          裁量阶次填“首违不罚”“轻微不罚”“包容免罚”的行为减免责清单条目。
          <Typography.Text strong>任何一行有错误时整个文件都不导入</Typography.Text>
          ，请按下方列出的行和列改正后重新上传。导出的基准库可原样导入。
        </>
      }
      hint="模板含示例和填写说明"
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
        const r = await importBenchmarkWorkbook(file.name, content, newIdempotencyKey());
        void queryClient.invalidateQueries({ queryKey: ['benchmarks'] });
        return `导入 ${r.benchmarks} 项裁量基准，新增 ${r.versions} 个版本`;
      }}
      problems={(err) => {
        const list =
          err.code === 'IMPORT_INVALID'
            ? (err.details as { problems?: Omit<ProblemLine, 'key'>[] } | undefined)?.problems
            : undefined;
        return list?.map((p, i) => ({ ...p, key: String(i) }));
      }}
      problemColumns={[
        { title: '位置', dataIndex: 'where', width: 160 },
        { title: '列', dataIndex: 'column', width: 130 },
        { title: '错误', dataIndex: 'message' },
      ]}
      problemTotal={(t) => `共 ${t} 处错误`}
      doneLink={{ to: '/benchmarks', text: '查看裁量基准库' }}
    />
  );
}
