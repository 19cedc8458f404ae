import { Form, Typography } from 'antd';

/** Where a numbered document's number would be typed: the server issues it, gapless, on submission. */
export function ServerNumberNote({ what, how = '按本机关文书序号顺序编号' }: { what: string; how?: string }) {
  return (
    <Form.Item label={what}>
      <Typography.Text type="secondary">提交后由系统{how}</Typography.Text>
    </Form.Item>
  );
}
