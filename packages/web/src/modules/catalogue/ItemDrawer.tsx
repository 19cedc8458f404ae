import { Alert, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { CitationLink, KindTag, PenaltyList, ReservedTag } from './parts';
import { useItem } from './queries';
import type { ItemDetail } from '@zhifa/contract';

function Provisions({ list }: { list: ItemDetail['basis'] }) {
  if (list.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div className="provisions">
      {list.map((c) => (
        <div key={c.citation} className="provision">
          <CitationLink c={c} />
          {c.text && <Typography.Paragraph className="provision-text">{c.text}</Typography.Paragraph>}
        </div>
      ))}
    </div>
  );
}

/** One item: legal basis with the cited text, penalty ranges, and the townships holding it today. */
export function ItemDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string | null;
  onClose: () => void;
  onEdit?: (item: ItemDetail) => void;
}) {
  const isMobile = useIsMobile();
  const item = useItem(id);
  const d = item.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      title={d ? `${d.code} ${d.name}` : '执法事项'}
      extra={
        d && onEdit ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(d)}>
            编辑
          </Button>
        ) : null
      }
      destroyOnHidden
    >
      {item.isError && <QueryError error={item.error} onRetry={() => void item.refetch()} />}
      {!d && !item.isError && <Skeleton active />}
      {d && (
        <Space orientation="vertical" size="large" className="full-width">
          {!d.active && <Alert type="warning" showIcon title="该事项已停用，不能再赋权；已赋权的乡镇应予收回" />}
          <Descriptions column={isMobile ? 1 : 2} size="small" bordered>
            <Descriptions.Item label="事项编码">
              <span className="mono">{d.code}</span>
            </Descriptions.Item>
            <Descriptions.Item label="事项类型">
              <KindTag kind={d.kind} />
              {d.countyReserved && <ReservedTag />}
            </Descriptions.Item>
            <Descriptions.Item label="所属领域">{d.domain}</Descriptions.Item>
            <Descriptions.Item label="行使层级">
              {d.level === '乡镇' ? '乡镇（街道）' : `${d.level}级`}
            </Descriptions.Item>
            <Descriptions.Item label="实施部门" span={isMobile ? 1 : 2}>
              {d.departmentName}
            </Descriptions.Item>
            {d.note && (
              <Descriptions.Item label="备注" span={isMobile ? 1 : 2}>
                {d.note}
              </Descriptions.Item>
            )}
          </Descriptions>
          <section>
            <Typography.Title level={5}>实施依据（违法依据）</Typography.Title>
            <Provisions list={d.basis} />
          </section>
          {d.kind === 'penalty' && (
            <section>
              <Typography.Title level={5}>处罚依据</Typography.Title>
              <Provisions list={d.penaltyBasis} />
            </section>
          )}
          {d.kind === 'penalty' && (
            <section>
              <Typography.Title level={5}>处罚种类及法定幅度</Typography.Title>
              <PenaltyList penalties={d.penalties} />
            </section>
          )}
          <section>
            <Typography.Title level={5}>今日承接的乡镇（街道）</Typography.Title>
            {d.delegatedTo.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={d.countyReserved ? '县级保留事项，不赋权乡镇' : '尚未赋权乡镇'}
              />
            ) : (
              <Table
                size="small"
                rowKey="agencyId"
                pagination={false}
                dataSource={d.delegatedTo}
                columns={[
                  {
                    title: '乡镇（街道）',
                    dataIndex: 'agencyName',
                    render: (name: string, r) => <Link to={`/delegations/townships/${r.agencyId}`}>{name}</Link>,
                  },
                  { title: '赋权文号', dataIndex: 'documentNo', width: 160 },
                  { title: '起始日期', dataIndex: 'from', width: 120 },
                ]}
              />
            )}
          </section>
        </Space>
      )}
    </Drawer>
  );
}
