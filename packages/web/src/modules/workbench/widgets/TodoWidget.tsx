import { CheckSquareOutlined } from '@ant-design/icons';
import { WorkbenchListCard } from './WorkbenchListCard';

export default function TodoWidget() {
  return (
    <WorkbenchListCard title="我的待办" icon={<CheckSquareOutlined />} pick={(d) => d.todo} emptyText="暂无待办事项" />
  );
}
