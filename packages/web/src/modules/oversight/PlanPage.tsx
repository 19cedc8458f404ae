import { Card, Descriptions, Space, Table, Tabs, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useCan } from '../../app/session';
import { ExportButton } from '../../shared/list/ListPage';
import { QueryError } from '../../shared/QueryError';
import { GRADE_COLORS, GRADE_LABELS, usePlan, usePlanResults } from './api';
import { DrawButton } from './PlansPage';

export default function PlanPage() {
  const { id } = useParams();
  const can = useCan();
  const plan = usePlan(id);
  const results = usePlanResults(id);
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (plan.isPending) return <Card loading />;
  const p = plan.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={p.name} extra={!p.drawnAt && can('oversight:review') && <DrawButton plan={p} />}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="结案日期">
            {p.closedFrom} 至 {p.closedTo}
          </Descriptions.Item>
          <Descriptions.Item label="每个执法主体抽取">{p.perAgency} 件</Descriptions.Item>
          <Descriptions.Item label="随机种子">{p.seed ?? '未抽取'}</Descriptions.Item>
          <Descriptions.Item label="候选案件">{p.candidates ?? '—'} 件</Descriptions.Item>
          <Descriptions.Item label="已评查">
            {p.reviewed} / {p.files}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'files',
              label: '抽取的案卷',
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  dataSource={p.reviews}
                  columns={[
                    { title: '执法主体', dataIndex: 'agencyName', width: 120 },
                    {
                      title: '案件',
                      dataIndex: 'caseNumber',
                      render: (v: string, r) => (
                        <div>
                          <Link to={`/oversight/file-reviews/${r.id}`}>{v}</Link>
                          <div className="cell-sub">{r.caseTitle}</div>
                        </div>
                      ),
                    },
                    { title: '得分', dataIndex: 'score', width: 80, render: (v: number | null) => v ?? '—' },
                    {
                      title: '等次',
                      dataIndex: 'grade',
                      width: 90,
                      render: (g: keyof typeof GRADE_LABELS | null) =>
                        g ? <Tag color={GRADE_COLORS[g]}>{GRADE_LABELS[g]}</Tag> : <Tag>待评查</Tag>,
                    },
                  ]}
                />
              ),
            },
            {
              key: 'results',
              label: '评查结果',
              children: (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <ExportButton href={`/api/review-plans/${p.id}/export`} />
                  <Table
                    rowKey="agencyId"
                    size="small"
                    pagination={false}
                    loading={results.isPending}
                    dataSource={results.data?.agencies}
                    title={() => '按执法主体'}
                    columns={[
                      { title: '执法主体', dataIndex: 'agencyName' },
                      { title: '抽取', dataIndex: 'files', align: 'right' },
                      { title: '已评查', dataIndex: 'reviewed', align: 'right' },
                      { title: '平均分', dataIndex: 'average', align: 'right', render: (v: number | null) => v ?? '—' },
                      { title: '优秀', dataIndex: 'excellent', align: 'right' },
                      { title: '合格', dataIndex: 'pass', align: 'right' },
                      { title: '不合格', dataIndex: 'fail', align: 'right' },
                    ]}
                  />
                  <Table
                    rowKey="key"
                    size="small"
                    pagination={false}
                    dataSource={results.data?.items}
                    title={() => '按评查项目'}
                    columns={[
                      { title: '评查项目', dataIndex: 'title' },
                      { title: '分值', dataIndex: 'points', align: 'right' },
                      {
                        title: '平均得分',
                        dataIndex: 'average',
                        align: 'right',
                        render: (v: number | null) => v ?? '—',
                      },
                      { title: '合计失分', dataIndex: 'lost', align: 'right' },
                    ]}
                  />
                  <Table
                    rowKey="key"
                    size="small"
                    pagination={false}
                    dataSource={results.data?.vetoes}
                    title={() => '否决项'}
                    columns={[
                      { title: '否决项', dataIndex: 'title' },
                      { title: '案卷数', dataIndex: 'count', align: 'right' },
                    ]}
                  />
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
