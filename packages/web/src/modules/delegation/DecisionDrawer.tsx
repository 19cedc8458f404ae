import { Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ITEM_KIND_LABELS } from '@zhifa/domain';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { DECISION_KIND_COLORS, DECISION_KIND_LABELS } from './labels';
import { useDecision } from './queries';
import type { ItemBrief } from '@zhifa/contract';

export function DecisionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const decision = useDecision(id);
  const d = decision.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={isMobile ? '100%' : 760}
      title={d ? d.documentNo : '决定详情'}
      destroyOnHidden
    >
      {decision.isError && <QueryError error={decision.error} onRetry={() => void decision.refetch()} />}
      {!d && !decision.isError && <Skeleton active />}
      {d && (
        <Space orientation="vertical" size="large" className="full-width">
          <Descriptions column={isMobile ? 1 : 2} size="small" bordered>
            <Descriptions.Item label="决定" span={isMobile ? 1 : 2}>
              {d.title}
            </Descriptions.Item>
            <Descriptions.Item label="类型">
              <Tag color={DECISION_KIND_COLORS[d.kind]}>{DECISION_KIND_LABELS[d.kind]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="文号">{d.documentNo}</Descriptions.Item>
            <Descriptions.Item label="公布日期">{d.announcementDate}</Descriptions.Item>
            <Descriptions.Item label="生效日期">{d.effectiveDate}</Descriptions.Item>
            {d.amends && (
              <Descriptions.Item label="补充的决定" span={isMobile ? 1 : 2}>
                {d.amends.documentNo} {d.amends.title}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="乡镇（街道）" span={isMobile ? 1 : 2}>
              <Space size={[4, 4]} wrap>
                {d.targets.map((t) => (
                  <Link key={t.agencyId} to={`/delegations/townships/${t.agencyId}`}>
                    <Tag>{t.viaGroup ? `${t.name}（${t.viaGroup}）` : t.name}</Tag>
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
            {d.note && (
              <Descriptions.Item label="说明" span={isMobile ? 1 : 2}>
                {d.note}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="登记人">{d.createdBy ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="登记时间">{d.createdAt.slice(0, 10)}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>事项（{d.items.length}）</Typography.Title>
            <Table<ItemBrief>
              size="small"
              rowKey="code"
              dataSource={d.items}
              pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
              columns={[
                {
                  title: '编码',
                  dataIndex: 'code',
                  width: 110,
                  render: (c: string) => <span className="mono">{c}</span>,
                },
                { title: '事项名称', dataIndex: 'name' },
                { title: '类型', dataIndex: 'kind', width: 90, render: (k: ItemBrief['kind']) => ITEM_KIND_LABELS[k] },
                { title: '领域', dataIndex: 'domain', width: 90 },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
