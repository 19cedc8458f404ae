import { QueueTable } from './QueueTable';

export default function ApprovalQueuePage() {
  return (
    <QueueTable
      kind="approval"
      actionLabel="办理"
      intro="等待负责人审批或签发的事项：立案审批、先行登记保存、延长期限、处罚决定等。负责人不得审批本人参与调查的案件。"
      emptyText="没有待审批的事项"
    />
  );
}
