import { useQueryClient } from '@tanstack/react-query';
import { Typography } from 'antd';
import { TRAINING_COLUMNS } from '@zhifa/domain';
import { ImportScreen } from '../../shared/import/ImportScreen';
import { formatHours } from './labels';
import { uploadTrainingSheet } from './queries';
import type { ImportProblem } from '@zhifa/contract';
import './people.css';

type ProblemLine = ImportProblem & { key: number };

export default function TrainingImportPage() {
  const queryClient = useQueryClient();
  return (
    <ImportScreen<ProblemLine>
      title="从 Excel 导入培训记录"
      templateHref="/api/training/template"
      intro={
        <>
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
        </>
      }
      hint="单个文件不超过 5 MB，一次最多 5000 条"
      checkingText="正在校验并导入…"
      run={async (file, progress) => {
        progress.checking();
        const r = await uploadTrainingSheet(file);
        void queryClient.invalidateQueries({ queryKey: ['people'] });
        return `已导入 ${r.imported} 条培训记录，共 ${formatHours(r.hours)} 学时`;
      }}
      problems={(err) =>
        err.code === 'TRAINING_IMPORT_INVALID' && Array.isArray(err.details)
          ? (err.details as ImportProblem[]).map((p, i) => ({ ...p, key: i }))
          : undefined
      }
      problemColumns={[
        { title: '行号', dataIndex: 'row', width: 80 },
        { title: '列', dataIndex: 'column', width: 160 },
        { title: '错误', dataIndex: 'message' },
      ]}
    />
  );
}
