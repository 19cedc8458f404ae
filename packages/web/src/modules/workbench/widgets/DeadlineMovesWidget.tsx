import { FieldTimeOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { DeadlineMovesTable, useDeadlineMoves } from '../../cases/deadline-moves';

const RECENT_DAYS = 30;

/** Shown only after a holiday notice moved deadlines of the viewer's cases in the last 30 days. */
export default function DeadlineMovesWidget() {
  const moves = useDeadlineMoves(50);
  const since = Date.now() - RECENT_DAYS * 86_400_000;
  const recent = (moves.data?.items ?? []).filter((m) => Date.parse(m.recordedAt) >= since);
  if (recent.length === 0) return null;
  return (
    <Card
      className="wb-card"
      title={
        <span className="wb-card-title">
          <FieldTimeOutlined />
          节假日安排导入后变动的期限
        </span>
      }
      extra={<Link to="/cases/deadline-moves">全部记录</Link>}
    >
      <DeadlineMovesTable items={recent} pageSize={5} />
    </Card>
  );
}
