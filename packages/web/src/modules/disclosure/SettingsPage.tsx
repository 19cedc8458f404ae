import { PlusOutlined } from '@ant-design/icons';
import type { DisclosureSettingRow } from '@zhifa/contract';
import { Button, Card, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useAgencyOptions, useDisclosureSettings } from './api';
import { PERSON_NAME_STYLE_LABELS } from './labels';
import { ALL, SettingsModal, type SettingsValues } from './SettingsModal';

/**
 * 公示设置: per agency and sector, the working days to publish in, the publication period and how a
 * person's name appears. County staff set the county-wide rows and any agency's; a head their own.
 */
export default function DisclosureSettingsPage() {
  const me = useCurrentUser();
  const settings = useDisclosureSettings();
  const countyWide = settings.data?.countyWide ?? false;
  const agencies = useAgencyOptions(countyWide);
  const [editing, setEditing] = useState<SettingsValues | null>(null);
  const d = settings.data?.defaults;

  const agencyOptions = countyWide
    ? (agencies.data ?? [])
        .filter((a) => a.kind === 'township' || a.kind === 'street' || a.kind === 'countyDepartment')
        .map((a) => ({ value: a.id, label: a.name }))
    : me.agency
      ? [{ value: me.agency.id, label: me.agency.name }]
      : [];
  const fresh = (): SettingsValues => ({
    agencyId: countyWide ? ALL : (me.agency?.id ?? ALL),
    sector: ALL,
    workingDays: d?.workingDays ?? 7,
    publicationMonths: d?.publicationMonths ?? 36,
    personNames: d?.personNames ?? 'surname',
  });

  return (
    <Card
      title="公示设置"
      extra={
        settings.data && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(fresh())}>
            新增设置
          </Button>
        )
      }
    >
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isPending && <Skeleton active />}
      {settings.data && d && (
        <>
          <Typography.Paragraph type="secondary" data-testid="disclosure-defaults">
            未设置时：作出决定后 {d.workingDays} 个工作日内公示，公示期 {d.publicationMonths} 个月，自然人姓名显示
            {PERSON_NAME_STYLE_LABELS[d.personNames]}。
          </Typography.Paragraph>
          <Table<DisclosureSettingRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={settings.data.rows}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '尚无设置，均按默认值' }}
            columns={[
              { title: '执法机关', key: 'agency', render: (_v, r) => r.agencyName ?? '全县' },
              { title: '领域', key: 'sector', render: (_v, r) => r.sector ?? '全部领域' },
              { title: '公示期限', key: 'days', render: (_v, r) => `${r.workingDays} 个工作日` },
              { title: '公示期', key: 'months', render: (_v, r) => `${r.publicationMonths} 个月` },
              { title: '自然人姓名', key: 'names', render: (_v, r) => PERSON_NAME_STYLE_LABELS[r.personNames] },
              {
                title: '',
                key: 'edit',
                render: (_v, r) =>
                  (r.agencyId !== null || countyWide) && (
                    <Button
                      type="link"
                      className="p-0"
                      onClick={() =>
                        setEditing({
                          agencyId: r.agencyId ?? ALL,
                          sector: r.sector ?? ALL,
                          workingDays: r.workingDays,
                          publicationMonths: r.publicationMonths,
                          personNames: r.personNames,
                        })
                      }
                    >
                      修改
                    </Button>
                  ),
              },
            ]}
          />
          <SettingsModal
            open={editing !== null}
            initial={editing ?? fresh()}
            agencies={agencyOptions}
            countyWide={countyWide}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Card>
  );
}
