import { FieldTimeOutlined } from '@ant-design/icons';
import { WorkbenchListCard } from './WorkbenchListCard';

export default function DeadlinesWidget() {
  return (
    <WorkbenchListCard
      title="临近期限"
      icon={<FieldTimeOutlined />}
      pick={(d) => d.deadlines}
      emptyText="暂无临近期限的事项"
    />
  );
}
