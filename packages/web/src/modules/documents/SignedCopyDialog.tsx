import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { errorText, showSuccess } from '../../app/feedback';
import { useCommandKey } from '../../shared/commands';
import { caseDetailKey, documentsKey, uploadSignedCopy, type DocumentListItem } from './api';

/** 上传签章扫描件: the signed (or party-signed) paper, scanned or photographed, goes back to its step. */
export function SignedCopyDialog({
  caseId,
  document,
  onClose,
}: {
  caseId: string;
  document: DocumentListItem | null;
  onClose: () => void;
}) {
  const open = document !== null;
  const commandId = useCommandKey(open);
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadSignedCopy(document!.id, f, commandId),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess('扫描件已上传');
      // The copy is registered as evidence too: the case's evidence list changes with it.
      void queryClient.invalidateQueries({ queryKey: documentsKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseDetailKey(caseId) });
      close();
    },
  });
  const close = () => {
    setFile(null);
    upload.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={document ? `上传签章扫描件：${document.title}` : '上传签章扫描件'}
      okText="上传"
      cancelText="取消"
      okButtonProps={{ disabled: !file }}
      confirmLoading={upload.isPending}
      onOk={() => file && upload.mutate(file)}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        签章或当事人签收后的纸质文书，扫描或拍照后上传，作为该文书的签章件归入案卷。支持 PDF 和图片。
      </Typography.Paragraph>
      <input
        ref={input}
        id="signed-copy-file"
        type="file"
        accept="application/pdf,image/*"
        hidden
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        选择文件
      </Button>
      {file && (
        <Typography.Text className="signed-copy-name" data-testid="signed-copy-name">
          {file.name}
        </Typography.Text>
      )}
      {upload.isError && (
        <Alert type="error" showIcon className="form-hint" title="上传失败" description={errorText(upload.error)} />
      )}
    </Modal>
  );
}
