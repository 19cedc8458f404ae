import { ShortcutsCard } from './ShortcutsCard';

export default function SecurityShortcutsWidget() {
  return (
    <ShortcutsCard
      title="常用功能"
      shortcuts={[
        { menuKey: 'roles', description: '角色与权限对照、数据范围' },
        { menuKey: 'users', description: '解锁账号、调整角色、重置动态验证码' },
      ]}
    />
  );
}
