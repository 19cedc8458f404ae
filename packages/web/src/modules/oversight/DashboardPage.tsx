import { Alert, Card, Col, DatePicker, Empty, Row, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import type { StatisticProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DashboardFigure } from '@zhifa/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ExportButton } from '../../shared/list/ListPage';
import { FilterSelect } from '../../shared/list/filters';
import { useUrlParams } from '../../shared/useUrlParams';
import { useAgencyOptions } from '../cases/api';
import { Chart, type ChartOption } from './Chart';
import { casesHref, exportHref, useFigure, type Period } from './api';
import './oversight.css';

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const sum = <T,>(rows: T[] | undefined, pick: (r: T) => number) => (rows ?? []).reduce((n, r) => n + pick(r), 0);
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function presets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const t = dayjs();
  return [
    { label: '本月', value: [t.startOf('month'), t] },
    { label: '本季度', value: [t.month(Math.floor(t.month() / 3) * 3).startOf('month'), t] },
    { label: '本年', value: [t.startOf('year'), t] },
    { label: '上一年', value: [t.subtract(1, 'year').startOf('year'), t.subtract(1, 'year').endOf('year')] },
    { label: '近五年', value: [t.subtract(4, 'year').startOf('year'), t] },
  ];
}

function FigureCard({
  title,
  figure,
  period,
  extra,
  children,
}: {
  title: string;
  figure: DashboardFigure;
  period: Period;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          {extra}
          <ExportButton href={exportHref(figure, period)} />
        </Space>
      }
    >
      {children}
    </Card>
  );
}

/** One headline figure above the charts. */
function StatCard({ xl, ...statistic }: { xl: number } & StatisticProps) {
  return (
    <Col xs={12} md={6} xl={xl}>
      <Card size="small">
        <Statistic {...statistic} />
      </Card>
    </Col>
  );
}

/** A figure's table in its card: one row per agency (or domain, item, officer), exported to Excel. */
function FigureTable<T extends object>({
  query,
  rowKey,
  columns,
  paged,
  testId,
  ...card
}: {
  title: string;
  figure: DashboardFigure;
  period: Period;
  extra?: ReactNode;
  query: { isPending: boolean; data?: { rows: T[] } | undefined };
  rowKey: keyof T & string;
  columns: ColumnsType<T>;
  paged?: boolean;
  testId?: string;
}) {
  const table = (
    <Table<T>
      rowKey={rowKey}
      size="small"
      pagination={paged ? { pageSize: 10 } : false}
      loading={query.isPending}
      dataSource={query.data?.rows}
      columns={columns}
    />
  );
  return <FigureCard {...card}>{testId ? <div data-testid={testId}>{table}</div> : table}</FigureCard>;
}

export default function DashboardPage() {
  const url = useUrlParams();
  const navigate = useNavigate();
  const today = dayjs().format('YYYY-MM-DD');
  const period: Period = {
    from: url.get('from') ?? dayjs().startOf('year').format('YYYY-MM-DD'),
    to: url.get('to') ?? today,
    ...(url.get('agencyId') ? { agencyId: url.get('agencyId') } : {}),
  };
  const agencies = useAgencyOptions(true);
  const byAgency = useFigure('agencies', period);
  const domains = useFigure('domains', period);
  const items = useFigure('items', period);
  const officers = useFigure('officers', period);
  const overdue = useFigure('overdue', period);
  const reviews = useFigure('reviews', period);
  const disclosure = useFigure('disclosure', period);
  const idle = useFigure('idle', period);
  const training = useFigure('training', period);

  const filed = sum(byAgency.data?.rows, (r) => r.filed);
  const closed = sum(byAgency.data?.rows, (r) => r.closed);
  const fines = sum(byAgency.data?.rows, (r) => r.fines);
  const overdueSteps = sum(overdue.data?.rows, (r) => r.steps);
  const reviewed = sum(reviews.data?.rows, (r) => r.reviewed);
  const passed = sum(reviews.data?.rows, (r) => r.passed);
  const idleCount = sum(idle.data?.rows, (r) => r.idle);
  const short = sum(training.data?.rows, (r) => r.short);
  const filedIn = { filedFrom: period.from, filedTo: period.to };

  const agencyChart = useMemo<ChartOption>(() => {
    const rows = byAgency.data?.rows ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['立案', '结案'], top: 0 },
      grid: { left: 40, right: 16, bottom: 80, top: 36 },
      xAxis: { type: 'category', data: rows.map((r) => r.agencyName), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '立案', type: 'bar', data: rows.map((r) => r.filed) },
        { name: '结案', type: 'bar', data: rows.map((r) => r.closed) },
      ],
    };
  }, [byAgency.data]);
  const domainChart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: (domains.data?.rows ?? []).map((r) => ({ name: r.domain, value: r.filed })),
        },
      ],
    }),
    [domains.data],
  );
  const overdueChart = useMemo<ChartOption>(() => {
    const rows = overdue.data?.rows ?? [];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, bottom: 80, top: 16 },
      xAxis: { type: 'category', data: rows.map((r) => r.agencyName), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '逾期环节', type: 'bar', data: rows.map((r) => r.steps), itemStyle: { color: '#cf1322' } }],
    };
  }, [overdue.data]);

  const agencyColumns: ColumnsType<{
    agencyId: string;
    agencyName: string;
    filed: number;
    decided: number;
    closed: number;
    fines: number;
  }> = [
    { title: '执法主体', dataIndex: 'agencyName' },
    {
      title: '立案',
      dataIndex: 'filed',
      align: 'right',
      render: (v: number, r) => <Link to={casesHref({ agencyId: r.agencyId, ...filedIn })}>{v}</Link>,
    },
    { title: '作出决定', dataIndex: 'decided', align: 'right' },
    {
      title: '结案',
      dataIndex: 'closed',
      align: 'right',
      render: (v: number, r) => (
        <Link to={casesHref({ agencyId: r.agencyId, closedFrom: period.from, closedTo: period.to })}>{v}</Link>
      ),
    },
    { title: '罚款（元）', dataIndex: 'fines', align: 'right', render: yuan },
  ];

  return (
    <Space direction="vertical" size={16} className="dashboard">
      <Card size="small">
        <Space wrap>
          <span>统计期间</span>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(period.from), dayjs(period.to)]}
            presets={presets()}
            onChange={(v) =>
              v?.[0] && v[1] && url.update({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })
            }
          />
          <FilterSelect
            id="dashboard-agency"
            searchable
            placeholder="全部乡镇（街道）与部门"
            {...url.field('agencyId')}
            options={(agencies.data ?? [])
              .filter((a) => ['township', 'street', 'countyDepartment'].includes(a.kind))
              .map((a) => ({ value: a.id, label: a.shortName || a.name }))}
          />
          <Typography.Text type="secondary">统计数据每分钟更新一次</Typography.Text>
        </Space>
      </Card>

      <Row gutter={[16, 16]}>
        <StatCard xl={3} title="立案" value={filed} suffix="件" />
        <StatCard xl={3} title="结案" value={closed} suffix="件" />
        <StatCard xl={4} title="罚款金额" value={yuan(fines)} suffix="元" />
        <Col xs={12} md={6} xl={3}>
          <Card
            size="small"
            hoverable
            onClick={() => void navigate(casesHref({ agencyId: period.agencyId, overdue: 'true' }))}
          >
            <div data-testid="overdue-steps">
              <Statistic
                title="逾期环节（今日）"
                value={overdueSteps}
                valueStyle={overdueSteps ? { color: '#cf1322' } : undefined}
                suffix="个"
              />
            </div>
          </Card>
        </Col>
        <StatCard xl={4} title="案卷评查合格率" value={reviewed ? percent(passed / reviewed) : '暂无评查'} />
        <StatCard xl={3} title="零执法赋权事项" value={idleCount} suffix="项" />
        <StatCard xl={4} title={`培训学时未达标（${training.data?.year ?? ''}年）`} value={short} suffix="人" />
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title="各执法主体立案与结案（点击柱形查看案件）">
            <Chart
              testId="chart-agencies"
              option={agencyChart}
              onClick={(i, series) => {
                const r = byAgency.data?.rows[i];
                if (!r) return;
                void navigate(
                  casesHref(
                    series === 0
                      ? { agencyId: r.agencyId, ...filedIn }
                      : { agencyId: r.agencyId, closedFrom: period.from, closedTo: period.to },
                  ),
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="各领域立案（点击查看案件）">
            <Chart
              option={domainChart}
              onClick={(i) => {
                const r = domains.data?.rows[i];
                if (r) void navigate(casesHref({ domain: r.domain, agencyId: period.agencyId, ...filedIn }));
              }}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title="今日逾期的办案环节（点击柱形查看案件）">
            <Chart
              height={240}
              option={overdueChart}
              onClick={(i) => {
                const r = overdue.data?.rows[i];
                if (r) void navigate(casesHref({ agencyId: r.agencyId, overdue: 'true' }));
              }}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small">
        <Tabs
          items={[
            {
              key: 'agencies',
              label: '执法主体',
              children: (
                <FigureTable
                  title="各执法主体办案情况"
                  figure="agencies"
                  period={period}
                  query={byAgency}
                  rowKey="agencyId"
                  testId="agencies-table"
                  columns={agencyColumns}
                />
              ),
            },
            {
              key: 'domains',
              label: '领域',
              children: (
                <FigureTable
                  title="各执法领域办案情况"
                  figure="domains"
                  period={period}
                  query={domains}
                  rowKey="domain"
                  columns={[
                    { title: '领域', dataIndex: 'domain' },
                    {
                      title: '立案',
                      dataIndex: 'filed',
                      align: 'right',
                      render: (v: number, r) => (
                        <Link to={casesHref({ domain: r.domain, agencyId: period.agencyId, ...filedIn })}>{v}</Link>
                      ),
                    },
                    { title: '作出决定', dataIndex: 'decided', align: 'right' },
                    { title: '结案', dataIndex: 'closed', align: 'right' },
                    { title: '罚款（元）', dataIndex: 'fines', align: 'right', render: yuan },
                  ]}
                />
              ),
            },
            {
              key: 'items',
              label: '执法事项',
              children: (
                <FigureTable
                  title="各执法事项办案情况（前 50 项）"
                  figure="items"
                  period={period}
                  query={items}
                  rowKey="itemCode"
                  paged
                  columns={[
                    { title: '执法事项', dataIndex: 'itemName', ellipsis: true },
                    { title: '领域', dataIndex: 'domain', width: 110 },
                    {
                      title: '立案',
                      dataIndex: 'filed',
                      align: 'right',
                      width: 80,
                      render: (v: number, r) => (
                        <Link to={casesHref({ itemCode: r.itemCode, agencyId: period.agencyId, ...filedIn })}>{v}</Link>
                      ),
                    },
                    { title: '结案', dataIndex: 'closed', align: 'right', width: 80 },
                    { title: '罚款（元）', dataIndex: 'fines', align: 'right', width: 120, render: yuan },
                  ]}
                />
              ),
            },
            {
              key: 'officers',
              label: '人员办案量',
              children: (
                <FigureTable
                  title="执法人员办案量（期间内承办的案件）"
                  figure="officers"
                  period={period}
                  query={officers}
                  rowKey="personId"
                  paged
                  columns={[
                    {
                      title: '执法人员',
                      dataIndex: 'name',
                      render: (v: string, r) => <Link to={`/people/${r.personId}`}>{v}</Link>,
                    },
                    { title: '执法主体', dataIndex: 'agencyName' },
                    { title: '承办案件', dataIndex: 'assigned', align: 'right' },
                  ]}
                />
              ),
            },
            {
              key: 'overdue',
              label: '逾期环节',
              children: (
                <FigureTable
                  title={`逾期的办案环节（${overdue.data?.asOf ?? ''}）`}
                  figure="overdue"
                  period={period}
                  query={overdue}
                  rowKey="agencyId"
                  columns={[
                    { title: '执法主体', dataIndex: 'agencyName' },
                    {
                      title: '逾期环节',
                      dataIndex: 'steps',
                      align: 'right',
                      render: (v: number, r) =>
                        v ? (
                          <Link data-testid="overdue-link" to={casesHref({ agencyId: r.agencyId, overdue: 'true' })}>
                            {v}
                          </Link>
                        ) : (
                          0
                        ),
                    },
                    { title: '涉及案件', dataIndex: 'cases', align: 'right' },
                  ]}
                />
              ),
            },
            {
              key: 'reviews',
              label: '评查合格率',
              children: (
                <FigureTable
                  title="案卷评查合格率"
                  figure="reviews"
                  period={period}
                  extra={<Link to="/oversight/review-plans">评查计划</Link>}
                  query={reviews}
                  rowKey="agencyId"
                  columns={[
                    { title: '执法主体', dataIndex: 'agencyName' },
                    { title: '评查案卷', dataIndex: 'reviewed', align: 'right' },
                    { title: '合格（含优秀）', dataIndex: 'passed', align: 'right' },
                    { title: '优秀', dataIndex: 'excellent', align: 'right' },
                    { title: '合格率', dataIndex: 'passRate', align: 'right', render: percent },
                  ]}
                />
              ),
            },
            {
              key: 'idle',
              label: '零执法事项',
              children: (
                <FigureTable
                  title={`零执法赋权事项（截至 ${idle.data?.asOf ?? ''}，12 个月无执法记录）`}
                  figure="idle"
                  period={period}
                  query={idle}
                  rowKey="agencyId"
                  columns={[
                    {
                      title: '执法主体',
                      dataIndex: 'agencyName',
                      render: (v: string, r) => <Link to={`/delegations/townships/${r.agencyId}`}>{v}</Link>,
                    },
                    { title: '赋权事项', dataIndex: 'delegated', align: 'right', width: 100 },
                    { title: '零执法', dataIndex: 'idle', align: 'right', width: 90 },
                    {
                      title: '事项',
                      dataIndex: 'items',
                      render: (list: { code: string; name: string }[]) =>
                        list.slice(0, 5).map((i) => <Tag key={i.code}>{i.name}</Tag>),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'training',
              label: '培训学时',
              children: (
                <FigureTable
                  title={`培训学时达标情况（${training.data?.year ?? ''} 年）`}
                  figure="training"
                  period={period}
                  query={training}
                  rowKey="agencyId"
                  columns={[
                    {
                      title: '执法主体',
                      dataIndex: 'agencyName',
                      render: (v: string, r) => (
                        <Link to={`/training/shortfall?year=${training.data?.year}&agencyId=${r.agencyId}`}>{v}</Link>
                      ),
                    },
                    { title: '年度要求（学时）', dataIndex: 'requirement', align: 'right' },
                    { title: '执法人员', dataIndex: 'officers', align: 'right' },
                    { title: '未达标', dataIndex: 'short', align: 'right' },
                  ]}
                />
              ),
            },
            {
              key: 'disclosure',
              label: '公示按时率',
              children: (
                <FigureTable
                  title="行政处罚决定公示按时率（期间内到期的公示任务）"
                  figure="disclosure"
                  period={period}
                  extra={<Link to="/disclosure">公示管理</Link>}
                  query={disclosure}
                  rowKey="agencyId"
                  columns={[
                    { title: '执法主体', dataIndex: 'agencyName' },
                    { title: '到期公示', dataIndex: 'due', align: 'right' },
                    { title: '按时公示', dataIndex: 'onTime', align: 'right' },
                    { title: '逾期公示', dataIndex: 'late', align: 'right' },
                    { title: '逾期未公示', dataIndex: 'overdue', align: 'right' },
                    { title: '按时率', dataIndex: 'onTimeRate', align: 'right', render: percent },
                  ]}
                />
              ),
            },
            {
              key: 'inspections',
              label: '涉企检查',
              children: (
                <Space direction="vertical">
                  <Alert
                    type="info"
                    showIcon
                    message="暂无数据"
                    description="平台尚未记录涉企行政检查（检查计划与检查记录），按企业统计的检查次数待检查模块上线后显示。"
                  />
                  <Empty description="暂无数据" />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Typography.Text type="secondary">
        立案、结案与罚款按日汇总，随案件办理即时更新；逾期环节为今日仍未完成且已过期限的环节。
      </Typography.Text>
    </Space>
  );
}
