import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ConsistencyTab } from './ConsistencyTab';
import { DecisionsTab } from './DecisionsTab';
import { GroupsTab } from './GroupsTab';
import { IdleTab } from './IdleTab';
import { TownshipsTab } from './TownshipsTab';
import './delegation.css';

const TABS = ['decisions', 'townships', 'groups', 'idle', 'consistency'] as const;
type Tab = (typeof TABS)[number];

export default function DelegationPage() {
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'decisions';
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'decisions' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'decisions', label: '赋权决定', children: <DecisionsTab /> },
          { key: 'townships', label: '乡镇清单', children: <TownshipsTab /> },
          { key: 'groups', label: '乡镇分类', children: <GroupsTab /> },
          { key: 'idle', label: '零执法事项', children: <IdleTab /> },
          { key: 'consistency', label: '一致性检查', children: <ConsistencyTab /> },
        ]}
      />
    </Card>
  );
}
