import { Alert, Card, Space } from 'antd';
import { PROVISIONAL_NOTE } from '@zhifa/domain';
import { QueryError } from '../../shared/QueryError';
import { DeadlineMovesTable, useDeadlineMoves } from './deadline-moves';

export default function DeadlineMovesPage() {
  const moves = useDeadlineMoves(1000);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={`未导入国务院节假日安排的年份，期限${PROVISIONAL_NOTE}。导入该年通知后，系统重算全部暂算期限；下表列出日期发生变动的期限。已送达文书中告知当事人的日期不会提前。`}
      />
      <Card title="期限重算记录">
        {moves.isError ? (
          <QueryError error={moves.error} onRetry={() => void moves.refetch()} />
        ) : (
          <DeadlineMovesTable items={moves.data?.items ?? []} loading={moves.isPending} />
        )}
      </Card>
    </Space>
  );
}
