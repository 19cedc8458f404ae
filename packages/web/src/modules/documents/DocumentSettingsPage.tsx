import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Select, Skeleton, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useCan, useCurrentUser } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { useAgencies } from '../admin/agencies/queries';
import { useDocumentSettings, type DocumentSeries } from './api';
import { DocumentSettingsModal } from './DocumentSettingsModal';
import { formatDocumentNumber } from './numbering';

/**
 * 文书编号代字 and the payee account, per agency. A system administrator picks any agency and
 * changes its settings; an agency head sees their own agency's.
 */
export default function DocumentSettingsPage() {
  const me = useCurrentUser();
  const can = useCan();
  const isMobile = useIsMobile();
  // The administrator picks any agency; a head keeps their own (document:configure, agency scope).
  const pickAny = can('agency:manage');
  const canEdit = can('document:configure');
  const agencies = useAgencies({}, pickAny);
  const [chosen, setChosen] = useState<string | undefined>();
  const agencyId = chosen ?? me.agency?.id ?? (pickAny ? agencies.data?.[0]?.id : undefined);
  const settings = useDocumentSettings(agencyId);
  const [editing, setEditing] = useState(false);
  const year = dayjs().year();

  const picker = pickAny && (
    <Select
      id="documentSettings-agency"
      className="agency-picker"
      showSearch={{ optionFilterProp: 'label' }}
      loading={agencies.isPending}
      value={agencyId}
      onChange={setChosen}
      style={{ minWidth: isMobile ? 240 : 320 }}
      aria-label="执法主体"
      options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
    />
  );

  if (!agencyId && !pickAny)
    return (
      <Card>
        <Empty description="本账号不属于任何执法主体" />
      </Card>
    );

  return (
    <Card
      title={picker || me.agency?.name}
      extra={
        settings.data &&
        (canEdit ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改
          </Button>
        ) : (
          <Typography.Text type="secondary">由系统管理员设置</Typography.Text>
        ))
      }
    >
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isPending && <Skeleton active />}
      {settings.data && (
        <>
          <Descriptions size="small" column={isMobile ? 1 : 2} className="settings-summary">
            <Descriptions.Item label="机关代字">
              <strong data-testid="doc-prefix">{settings.data.docPrefix}</strong>
            </Descriptions.Item>
            <Descriptions.Item label="罚款收缴账户">
              {settings.data.payee ? (
                <span data-testid="payee">
                  {settings.data.payee.accountName}，{settings.data.payee.bank}，
                  <span className="mono">{settings.data.payee.accountNumber}</span>
                </span>
              ) : (
                <Typography.Text type="warning">未设置（决定书的缴款说明将不列账户）</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Table<DocumentSeries>
            size="small"
            rowKey="series"
            pagination={false}
            dataSource={settings.data.series}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '文书类别', dataIndex: 'title' },
              { title: '类别代字', dataIndex: 'code', render: (c: string) => <strong>{c}</strong> },
              {
                title: `示例文号（${year}年第1号）`,
                key: 'example',
                render: (_v, s) => (
                  <span className="mono">{formatDocumentNumber(settings.data.docPrefix, s.code, year, 1)}</span>
                ),
              },
            ]}
          />
          {agencyId && canEdit && (
            <DocumentSettingsModal
              open={editing}
              agencyId={agencyId}
              settings={settings.data}
              year={year}
              onClose={() => setEditing(false)}
            />
          )}
        </>
      )}
    </Card>
  );
}
