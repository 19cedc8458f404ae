import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import { CASE_ACTIONS, type CaseActionType } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';

// The steps of the main line come first as buttons; the occasional ones (回避、移送、延期 …, as their
// definitions say) sit in a "更多" menu so the bar stays short. Only what the server allows now is ever shown.
const occasional = (a: { type: CaseActionType }) => CASE_ACTIONS[a.type].occasional === true;

export function ActionBar({
  actions,
  onAction,
}: {
  actions: { type: CaseActionType; label: string }[];
  onAction: (type: CaseActionType, label: string) => void;
}) {
  const isMobile = useIsMobile();
  if (!actions.length) {
    return <Typography.Text type="secondary">当前没有需要您办理的操作</Typography.Text>;
  }
  // Steps that move the case to its next status lead; recording steps (登记证据 …) follow.
  const moves = (a: { type: CaseActionType }) => CASE_ACTIONS[a.type].to !== 'same';
  const main = actions.filter((a) => !occasional(a)).sort((a, b) => Number(moves(b)) - Number(moves(a)));
  const more = actions.filter(occasional);
  const primaryType = main.find(moves)?.type ?? main[0]?.type;
  return (
    <Space wrap className="action-bar" size={[8, 8]}>
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
