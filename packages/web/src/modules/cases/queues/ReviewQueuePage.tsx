import { QueueTable } from './QueueTable';

export default function ReviewQueuePage() {
  return (
    <QueueTable
      kind="review"
      actionLabel="审核"
      intro="提交法制审核的案件。逐项审核执法主体、权限、程序、事实、证据、法律适用、裁量、文书和是否涉嫌犯罪九个方面，审核人员不得为本案调查人员。"
      emptyText="没有待审核的案件"
    />
  );
}
