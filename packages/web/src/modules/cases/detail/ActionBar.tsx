import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import { arrangeSteps, waitingFor, type CaseActionType, type CaseState } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';

// The step the procedure expects next is the primary button, the other steps of the main line follow;
// rare steps (回避、移送、延期, a second notice …, as the domain's arrangeSteps() says) sit in a
// "更多操作" menu so the bar stays short. Only what the server allows now is ever shown.

export function ActionBar({
  state,
  actions,
  onAction,
}: {
  state: CaseState;
  actions: { type: CaseActionType; label: string }[];
  onAction: (type: CaseActionType, label: string) => void;
}) {
  const isMobile = useIsMobile();
  // Whom the case waits for, when the step due is not this viewer's (「等待负责人办理：作出处理决定」).
  const waiting = waitingFor(state);
  const waitingLine =
    waiting && !actions.some((a) => a.type === waiting.type) ? (
      <Typography.Text type="secondary" className="case-waiting" data-testid="case-waiting">
        {waiting.text}
      </Typography.Text>
    ) : null;
  if (!actions.length) {
    return waitingLine ?? <Typography.Text type="secondary">当前没有需要您办理的操作</Typography.Text>;
  }
  const steps = arrangeSteps(
    state,
    actions.map((a) => a.type),
  );
  const byType = (t: CaseActionType) => actions.find((a) => a.type === t)!;
  const main = steps.main.map(byType);
  const more = steps.more.map(byType);
  const primaryType = steps.primary;
  return (
    <Space wrap className="action-bar" size={[8, 8]}>
      {waitingLine}
      {main.map((a) => (
        <Button
          key={a.type}
          type={a.type === primaryType ? 'primary' : 'default'}
          onClick={() => onAction(a.type, a.label)}
          block={isMobile}
          data-action={a.type}
        >
          {a.label}
        </Button>
      ))}
      {more.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: more.map((a) => ({ key: a.type, label: a.label })),
            onClick: ({ key }) => onAction(key as CaseActionType, more.find((a) => a.type === key)!.label),
          }}
        >
          <Button>
            更多操作 <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
