import { Empty, Select, Space, Statistic, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { useUrlParams } from '../../shared/useUrlParams';
import { useAgencies } from '../admin/agencies/queries';
import { formatHours } from './labels';
import { useShortfall } from './queries';
import type { ShortfallReport } from '@zhifa/contract';
import './people.css';

type PersonLine = ShortfallReport['agencies'][number]['people'][number] & { agencyName: string; requirement: number };

export default function ShortfallPage() {
  const url = useUrlParams();
  const thisYear = dayjs().year();
  const year = Number(url.get('year')) || thisYear;
  const [onlyShort, setOnlyShort] = useState(true);
  const report = useShortfall(year, url.get('agencyId'));
  const agencies = useAgencies();

  const data = report.data?.agencies ?? [];
  const lines: PersonLine[] = data.flatMap((a) =>
    a.people.map((p) => ({ ...p, agencyName: a.agencyName, requirement: a.requirement })),
  );
  const shown = onlyShort ? lines.filter((l) => !l.met) : lines;
  const officers = data.reduce((n, a) => n + a.officers, 0);
  const short = data.reduce((n, a) => n + a.shortCount, 0);

  return (
    <ListPage<PersonLine>
      filters={
        <>
          <Select
            value={year}
            onChange={(v: number) => url.set('year', v === thisYear ? undefined : String(v))}
            options={Array.from({ length: 6 }, (_x, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }))}
            className="filter-select-narrow"
          />
          <FilterSelect
            searchable
            placeholder="全部执法主体"
            {...url.field('agencyId')}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.shortName }))}
          />
          <Space>
            <Switch checked={onlyShort} onChange={setOnlyShort} />
            <span>只看未达标</span>
          </Space>
        </>
      }
      query={report}
      summary={
        <>
          <Space size={48} wrap className="report-summary">
            <Statistic title="应完成学时的执法人员" value={officers} suffix="人" />
            <Statistic title="未达标" value={short} suffix="人" valueStyle={short ? { color: '#cf1322' } : undefined} />
            <Statistic title="执法主体" value={data.length} suffix="个" />
          </Space>
          <Typography.Paragraph type="secondary">
            统计对象为当年持有行政执法证的在编人员；年度学时要求默认 60 学时，可按执法主体设置。只填分钟的培训按 45
            分钟折合 1 学时。
          </Typography.Paragraph>
        </>
      }
      table={{
        rowKey: 'personId',
        loading: report.isPending || report.isFetching,
        dataSource: shown,
        scroll: { x: 700 },
        locale: { emptyText: <Empty description={onlyShort ? '全部达标' : '暂无数据'} /> },
        pagination: { defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 人` },
        columns: [
          { title: '执法主体', dataIndex: 'agencyName', width: 130 },
          {
            title: '姓名',
            dataIndex: 'name',
            width: 110,
            render: (v: string, l) => <Link to={`/people/${l.personId}`}>{v}</Link>,
          },
          { title: '已完成学时', dataIndex: 'hours', width: 110, render: (v: number) => formatHours(v) },
          { title: '年度要求', dataIndex: 'required', width: 100, render: (v: number) => formatHours(v) },
          {
            title: '尚差学时',
            dataIndex: 'shortfall',
            width: 100,
            render: (v: number) => (v > 0 ? <Typography.Text type="danger">{formatHours(v)}</Typography.Text> : '—'),
          },
          {
            title: '状态',
            dataIndex: 'met',
            width: 90,
            render: (met: boolean) => (met ? <Tag color="green">已达标</Tag> : <Tag color="red">未达标</Tag>),
          },
        ],
      }}
    />
  );
}
