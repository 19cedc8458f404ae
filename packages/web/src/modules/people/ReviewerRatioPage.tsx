import { SettingOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useCan, useCurrentUser } from '../../app/session';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { ListPage } from '../../shared/list/ListPage';
import { usePeopleSettings, useReviewerRatio } from './queries';
import type { PeopleSettings, ReviewerRatioRow } from '@zhifa/contract';
import './people.css';

const percent = (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`;

export default function ReviewerRatioPage() {
  const can = useCan();
  const me = useCurrentUser();
  const ratio = useReviewerRatio();
  // Only a county-level manager sets the parameters (the server refuses others).
  const mayConfigure = can('person:manage') && (me.agency?.regionCode.length ?? 0) <= 6;
  const [configuring, setConfiguring] = useState<ReviewerRatioRow | null>(null);
  const rows = ratio.data ?? [];
  const failing = rows.filter((r) => !r.ok).length;

  return (
    <ListPage<ReviewerRatioRow>
      query={ratio}
      summary={
        <>
          <Space size={48} wrap className="report-summary">
            <Statistic title="执法主体" value={rows.length} suffix="个" />
            <Statistic
              title="配备不足"
              value={failing}
              suffix="个"
              valueStyle={failing ? { color: '#cf1322' } : undefined}
            />
          </Space>
          <Typography.Paragraph type="secondary">
            法制审核人员原则上不少于本单位执法人员的
            5%（比例可按执法主体设置）。执法人员指持有当日有效行政执法证的在编人员；法制审核人员以人员库中的“法制审核人员”标记为准。
          </Typography.Paragraph>
        </>
      }
      table={{
        rowKey: 'agencyId',
        loading: ratio.isPending,
        dataSource: rows,
        pagination: false,
        scroll: { x: 800 },
        columns: [
          { title: '执法主体', dataIndex: 'agencyName', width: 140 },
          { title: '执法人员', dataIndex: 'officers', width: 90 },
          {
            title: '法制审核人员',
            dataIndex: 'reviewers',
            render: (list: ReviewerRatioRow['reviewers']) =>
              list.length ? (
                <Space size={4} wrap>
                  {list.map((r) => (
                    <Link key={r.personId} to={`/people/${r.personId}`}>
                      {r.name}
                    </Link>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">无</Typography.Text>
              ),
          },
          { title: '实际比例', dataIndex: 'ratio', width: 90, render: (v: number) => percent(v) },
          { title: '最低比例', dataIndex: 'minRatio', width: 90, render: (v: number) => percent(v) },
          { title: '至少需要', dataIndex: 'required', width: 90, render: (v: number) => `${v} 人` },
          {
            title: '结论',
            dataIndex: 'ok',
            width: 90,
            render: (ok: boolean) => (ok ? <Tag color="green">达标</Tag> : <Tag color="red">配备不足</Tag>),
          },
          ...(mayConfigure
            ? [
                {
                  title: '设置',
                  key: 'settings',
                  width: 80,
                  render: (_v: unknown, r: ReviewerRatioRow) => (
                    <Button type="link" size="small" icon={<SettingOutlined />} onClick={() => setConfiguring(r)}>
                      设置
                    </Button>
                  ),
                },
              ]
            : []),
        ],
      }}
    >
      {mayConfigure && <SettingsModal agency={configuring} onClose={() => setConfiguring(null)} />}
    </ListPage>
  );
}

function SettingsModal({ agency, onClose }: { agency: ReviewerRatioRow | null; onClose: () => void }) {
  const open = agency !== null;
  const [form] = Form.useForm<{ yearlyTrainingHours: number; percent: number }>();
  const settings = usePeopleSettings(agency?.agencyId);
  const save = useFormCommand({
    open,
    form,
    send: (body: { yearlyTrainingHours: number; minReviewerRatio: number }, key) =>
      api.put<PeopleSettings>(`/api/agencies/${agency!.agencyId}/people-settings`, body, key),
    success: `已保存 ${agency?.agencyName ?? ''} 的设置`,
    refresh: ['people'],
    onClose,
  });
  return (
    <FormModal
      open={open}
      title={`${agency?.agencyName ?? ''}：学时与审核人员比例`}
      form={form}
      name="peopleSettingsForm"
      pending={save.isPending}
      onClose={onClose}
      ready={settings.data !== undefined}
      initialValues={
        settings.data && {
          yearlyTrainingHours: settings.data.yearlyTrainingHours,
          percent: Math.round(settings.data.minReviewerRatio * 1000) / 10,
        }
      }
      onFinish={(v) =>
        save.mutate({
          yearlyTrainingHours: v.yearlyTrainingHours,
          minReviewerRatio: Math.round(v.percent * 10) / 1000,
        })
      }
    >
      <Form.Item name="yearlyTrainingHours" label="年度学时要求" rules={[{ required: true, message: '请填写' }]}>
        <InputNumber min={0} max={1000} step={1} addonAfter="学时" className="full-width" />
      </Form.Item>
      <Form.Item name="percent" label="法制审核人员最低比例" rules={[{ required: true, message: '请填写' }]}>
        <InputNumber min={0} max={100} step={0.5} addonAfter="%" className="full-width" />
      </Form.Item>
      {settings.data && !settings.data.custom && (
        <Typography.Text type="secondary">当前使用平台默认值（60 学时、5%）。</Typography.Text>
      )}
    </FormModal>
  );
}
