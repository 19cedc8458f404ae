import { ShortcutsCard } from './ShortcutsCard';

export default function SystemShortcutsWidget() {
  return (
    <ShortcutsCard
      title="常用功能"
      shortcuts={[
        { menuKey: 'users', description: '新建账号，停用或启用账号' },
        { menuKey: 'agencies', description: '维护乡镇、街道、县级部门及执法队' },
        { menuKey: 'roles', description: '查看各角色的权限与数据范围' },
      ]}
    />
  );
}
