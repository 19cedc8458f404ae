import { EditOutlined, PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Progress,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { showSuccess } from '../../app/feedback';
import { QueryError } from '../../shared/QueryError';
import { roleLabel } from '../../shared/roles';
import { useAgencies } from '../admin/agencies/queries';
import { CertificateFormModal } from './CertificateFormModal';
import { CertificateQrModal } from './CertificateQrModal';
import { CertificateStatusModal, type CertificateAction } from './CertificateStatusModal';
import { CertificateStatusTag, ExpiringTag } from './CertificateTags';
import { IdentityButton } from './IdentityButton';
import { formatHours, POST_LABELS } from './labels';
import { PersonFormModal } from './PersonFormModal';
import { usePerson } from './queries';
import { TrainingFormModal } from './TrainingFormModal';
import type { CertificateView, PersonDetail, TrainingRecord } from '@zhifa/contract';
import './people.css';

export default function PersonDetailPage() {
  const { id } = useParams();
  const person = usePerson(id);
  if (person.isError) return <QueryError error={person.error} onRetry={() => void person.refetch()} />;
  if (!person.data)
    return (
      <div className="page-loading">
        <Spin size="large" />
      </div>
    );
  return <PersonDetailView person={person.data} />;
}

function PersonDetailView({ person }: { person: PersonDetail }) {
  const manage = person.permissions.manage;
  const agencies = useAgencies({}, manage);
  const [editing, setEditing] = useState(false);
  return (
    <div className="detail-cards">
      <Card
        title={
          <Space wrap>
            {person.name}
            <Tag color={person.post === 'auxiliary' ? 'orange' : 'blue'}>{POST_LABELS[person.post]}</Tag>
            {person.legalReviewer && <Tag color="purple">法制审核人员</Tag>}
            {!person.active && <Tag>已离岗</Tag>}
          </Space>
        }
        extra={
          manage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改
            </Button>
          )
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'agency', label: '所属执法主体', children: person.agencyName },
            { key: 'team', label: '执法队', children: person.teamName ?? '—' },
            { key: 'cert', label: '执法证状态', children: <CertificateStatusTag status={person.certificateStatus} /> },
            {
              key: 'id',
              label: '身份证号',
              children: (
                <Space wrap>
                  <span className="mono">{person.idNumberMasked ?? '未登记'}</span>
                  {person.permissions.viewIdentity && <IdentityButton personId={person.id} />}
                </Space>
              ),
            },
            {
              key: 'phone',
              label: '联系电话',
              children: <span className="mono">{person.phoneMasked ?? '未登记'}</span>,
            },
            { key: 'qual', label: '法律职业资格', children: person.hasLegalQualification ? '有' : '无' },
            {
              key: 'accounts',
              label: '系统账号',
              children: person.accounts.length
                ? person.accounts.map((a) => (
                    <div key={a.id}>
                      <span className="mono">{a.username}</span>（{a.roles.map(roleLabel).join('、')}）
                      {a.disabled && <Tag>已停用</Tag>}
                    </div>
                  ))
                : '无',
            },
          ]}
        />
      </Card>
      <CertificatesCard person={person} />
      <TrainingCard person={person} />
      {manage && (
        <PersonFormModal
          open={editing}
          person={person}
          agencies={agencies.data ?? []}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}

function CertificatesCard({ person }: { person: PersonDetail }) {
  const manage = person.permissions.manage;
  const [form, setForm] = useState<{ open: boolean; cert: CertificateView | null }>({ open: false, cert: null });
  const [status, setStatus] = useState<{ action: CertificateAction | null; cert: CertificateView | null }>({
    action: null,
    cert: null,
  });
  const [qr, setQr] = useState<CertificateView | null>(null);

  const columns: ColumnsType<CertificateView> = [
    { title: '执法证号', dataIndex: 'number', width: 150, render: (v: string) => <span className="mono">{v}</span> },
    { title: '发证机关', dataIndex: 'issuer', width: 140 },
    { title: '执法领域', dataIndex: 'domains', render: (d: string[]) => d.map((x) => <Tag key={x}>{x}</Tag>) },
    { title: '有效期', key: 'validity', width: 200, render: (_v, c) => `${c.validFrom} 至 ${c.validTo}` },
    {
      title: '状态',
      key: 'status',
      width: 170,
      render: (_v, c) => (
        <Space size={4} wrap>
          <CertificateStatusTag status={c.status} />
          <ExpiringTag tier={c.reminderTier} daysLeft={c.daysLeft} />
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: manage ? 230 : 100,
      render: (_v, c) => (
        <Space size={0} wrap>
          <Button type="link" size="small" icon={<QrcodeOutlined />} onClick={() => setQr(c)}>
            二维码
          </Button>
          {manage && (
            <Button type="link" size="small" onClick={() => setForm({ open: true, cert: c })}>
              修改
            </Button>
          )}
          {manage && c.storedStatus === 'valid' && (
            <Button type="link" size="small" danger onClick={() => setStatus({ action: 'suspend', cert: c })}>
              暂扣
            </Button>
          )}
          {manage && c.storedStatus === 'suspended' && (
            <Button type="link" size="small" onClick={() => setStatus({ action: 'restore', cert: c })}>
              恢复
            </Button>
          )}
          {manage && c.storedStatus !== 'revoked' && (
            <Button type="link" size="small" danger onClick={() => setStatus({ action: 'revoke', cert: c })}>
              吊销
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="行政执法证"
      extra={
        manage && (
          <Button icon={<PlusOutlined />} onClick={() => setForm({ open: true, cert: null })}>
            登记执法证
          </Button>
        )
      }
    >
      <Table<CertificateView>
        rowKey="id"
        columns={columns}
        dataSource={person.certificates}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <Empty description={person.post === 'auxiliary' ? '执法辅助人员不持行政执法证' : '未登记执法证'} />
          ),
        }}
      />
      {manage && (
        <CertificateFormModal
          open={form.open}
          personId={person.id}
          certificate={form.cert}
          onClose={() => setForm((f) => ({ ...f, open: false }))}
        />
      )}
      {manage && (
        <CertificateStatusModal
          action={status.action}
          certificate={status.cert}
          onClose={() => setStatus({ action: null, cert: null })}
        />
      )}
      <CertificateQrModal
        certificate={qr}
        personName={person.name}
        agencyName={person.agencyName}
        onClose={() => setQr(null)}
      />
    </Card>
  );
}

function TrainingCard({ person }: { person: PersonDetail }) {
  const manage = person.permissions.manage;
  const queryClient = useQueryClient();
  const years = useMemo(
    () =>
      [...new Set([person.trainingYear.year, ...person.training.map((t) => Number(t.date.slice(0, 4)))])].sort(
        (a, b) => b - a,
      ),
    [person],
  );
  const [year, setYear] = useState<number | 'all'>(person.trainingYear.year);
  const [form, setForm] = useState<{ open: boolean; record: TrainingRecord | null }>({ open: false, record: null });
  const remove = useMutation({
    mutationFn: (r: TrainingRecord) => api.delete(`/api/training/${r.id}`),
    onSuccess: () => {
      showSuccess('培训记录已删除');
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
  const rows = year === 'all' ? person.training : person.training.filter((t) => t.date.startsWith(String(year)));
  const y = person.trainingYear;

  const columns: ColumnsType<TrainingRecord> = [
    { title: '培训日期', dataIndex: 'date', width: 110 },
    { title: '培训内容', dataIndex: 'course' },
    { title: '组织单位', dataIndex: 'provider', width: 150, render: (v: string | null) => v ?? '—' },
    {
      title: '时长',
      key: 'duration',
      width: 130,
      render: (_v, r) =>
        [r.hours !== null ? `${formatHours(r.hours)} 学时` : null, r.minutes !== null ? `${r.minutes} 分钟` : null]
          .filter(Boolean)
          .join(' / '),
    },
    { title: '计入学时', dataIndex: 'credited', width: 90, render: (v: number) => formatHours(v) },
    { title: '来源', dataIndex: 'source', width: 70, render: (v: string) => (v === 'import' ? '导入' : '录入') },
    ...(manage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_v: unknown, r: TrainingRecord) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setForm({ open: true, record: r })}>
                  修改
                </Button>
                <Popconfirm
                  title="删除这条培训记录？"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => remove.mutate(r)}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title="培训记录"
      extra={
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            options={[
              ...years.map((v) => ({ value: v, label: `${v} 年` })),
              { value: 'all' as const, label: '全部年度' },
            ]}
            className="filter-select-narrow"
          />
          {manage && (
            <Button icon={<PlusOutlined />} onClick={() => setForm({ open: true, record: null })}>
              登记培训
            </Button>
          )}
        </Space>
      }
    >
      {person.post === 'establishment' && (
        <div className="report-summary">
          <Typography.Text>
            {y.year} 年已完成 {formatHours(y.hours)} 学时，年度要求 {formatHours(y.required)} 学时
            {y.met ? '，已达标' : `，尚差 ${formatHours(y.shortfall)} 学时`}
          </Typography.Text>
          <Progress
            percent={y.required ? Math.min(100, Math.floor((y.hours / y.required) * 100)) : 100}
            status={y.met ? 'success' : 'active'}
          />
        </div>
      )}
      <Table<TrainingRecord>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
      />
      {manage && (
        <TrainingFormModal
          open={form.open}
          personId={person.id}
          record={form.record}
          onClose={() => setForm((f) => ({ ...f, open: false }))}
        />
      )}
    </Card>
  );
}
