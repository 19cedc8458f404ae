import { Checkbox, Typography } from 'antd';
import { ADMIN_ROLES, BUSINESS_ROLES, ROLE_LABELS, type Role } from '@zhifa/domain';

interface Props {
  value?: string[];
  onChange?: (roles: string[]) => void;
  /** Administrator roles are never granted online (三权分立): only `npm run admin:init` creates them. */
  includeAdminRoles: boolean;
  id?: string;
}

const options = (roles: readonly Role[]) => roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function RoleChecklist({ value = [], onChange, includeAdminRoles, id }: Props) {
  // Each group reports only its own options; keep the other group's ticks.
  const change = (group: readonly string[]) => (picked: string[]) =>
    onChange?.([...value.filter((r) => !group.includes(r)), ...picked]);
  return (
    <div id={id} className="role-checklist">
      <Typography.Text type="secondary" className="role-checklist-head">
        业务角色（可多选）
      </Typography.Text>
      <Checkbox.Group
        options={options(BUSINESS_ROLES)}
        value={value}
        onChange={change(BUSINESS_ROLES)}
        className="role-checklist-group"
      />
      {includeAdminRoles && (
        <>
          <Typography.Text type="secondary" className="role-checklist-head">
            管理员角色（三员分立，只能单独授予）
          </Typography.Text>
          <Checkbox.Group
            options={options(ADMIN_ROLES)}
            value={value}
            onChange={change(ADMIN_ROLES)}
            className="role-checklist-group"
          />
        </>
      )}
    </div>
  );
}
