import { Alert, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../../app/feedback';
import { newIdempotencyKey } from '../../api/client';
import { FileDrop } from '../../shared/import/FileDrop';
import { useImportLaw } from './queries';
import type { ImportResult } from '@zhifa/contract';

// The server takes request bodies up to 1 MiB; the largest shipped law is about 100 KB.
const MAX_BYTES = 900 * 1024;

const OUTCOME_TEXT: Record<ImportResult['outcome'], (r: ImportResult) => string> = {
  created: (r) => `已导入新法律法规“${r.shortTitle}”（${r.versionDate} 版，共 ${r.articleCount} 条）。`,
  newVersion: (r) =>
    r.current
      ? `已导入“${r.shortTitle}”的新版本（${r.versionDate}），原版本保留为历史版本。`
      : `已导入“${r.shortTitle}”的历史版本（${r.versionDate}），现行版本不变。`,
  unchanged: (r) => `文件内容与“${r.shortTitle}”${r.versionDate} 版相同，未作任何更改。`,
};

export function ImportLawModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const importLaw = useImportLaw();
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const close = () => {
    setProblem(null);
    setResult(null);
    importLaw.reset();
    onClose();
  };

  const pick = async (file: File) => {
    setProblem(null);
    setResult(null);
    if (!/\.md$/i.test(file.name)) return setProblem('请选择 .md 格式的法律法规文本文件。');
    if (file.size > MAX_BYTES) return setProblem('文件超过 900 KB，无法导入。');
    try {
      const text = await file.text();
      setResult(await importLaw.mutateAsync({ fileName: file.name, text, key: newIdempotencyKey() }));
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  return (
    <Modal open={open} title="导入法律法规" onCancel={close} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        文件为 Markdown
        文本，文件名写明版本日期，如“行政处罚法(2021-01-22).md”。同一文件重复导入不会改变任何内容；同一法律法规的新日期文本作为新版本导入，旧版本保留可查。
      </Typography.Paragraph>
      <FileDrop
        accept=".md,text/markdown"
        disabled={importLaw.isPending}
        text={importLaw.isPending ? '正在导入…' : '点击或拖入文件'}
        onFile={(file) => void pick(file)}
      />
      {problem && <Alert className="import-result" type="error" showIcon title={problem} />}
      {result && (
        <Alert
          className="import-result"
          type={result.outcome === 'unchanged' ? 'info' : 'success'}
          showIcon
          title={OUTCOME_TEXT[result.outcome](result)}
          action={
            <Link to={`/laws/${result.lawId}`} onClick={close}>
              查看
            </Link>
          }
        />
      )}
    </Modal>
  );
}
