import { FolderOpenOutlined } from '@ant-design/icons';
import { WorkbenchListCard } from './WorkbenchListCard';

export default function MyCasesWidget() {
  return (
    <WorkbenchListCard
      title="我的案件"
      icon={<FolderOpenOutlined />}
      pick={(d) => d.cases}
      emptyText="暂无承办中的案件"
    />
  );
}
