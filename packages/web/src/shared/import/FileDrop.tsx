import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A drop zone for one file; the file goes to `onFile` instead of being uploaded by the component. */
export function FileDrop({
  accept,
  disabled,
  text,
  hint,
  onFile,
}: {
  accept: string;
  disabled: boolean;
  text: string;
  hint?: string;
  onFile: (file: File) => void;
}) {
  return (
    <Upload.Dragger
      accept={accept}
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
      {hint && <p className="ant-upload-hint">{hint}</p>}
    </Upload.Dragger>
  );
}
