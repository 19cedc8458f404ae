import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseCalendarEntries, PROVISIONAL_NOTE } from '@zhifa/domain';
import { api, isApiError } from '../../../api/client';
import { showSuccess } from '../../../app/feedback';
import type { CalendarView, CalendarYearResult } from '@zhifa/contract';

const KIND = { holiday: <Tag color="red">放假</Tag>, workday: <Tag color="blue">调休上班</Tag> };

/** Lines like `2027-01-01 放假 元旦` or `2027-02-20 上班 春节调休`. */
function parseLines(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [date = '', kind = '', ...name] = l.split(/\s+/);
      return { date, kind: /上班|workday/.test(kind) ? 'workday' : 'holiday', name: name.join(' ') };
    });
}

export default function CalendarPage() {
  const client = useQueryClient();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ year: number; notice: string; lines: string }>();
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<CalendarYearResult | null>(null);
  const data = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api.get<CalendarView>('/api/calendar', { year }, signal),
  });
  const load = useMutation({
    mutationFn: (v: { year: number; notice: string; lines: string }) =>
      api.put<CalendarYearResult>(`/api/calendar/${v.year}`, {
        notice: v.notice,
        entries: parseLines(v.lines),
      }),
    onSuccess: (r) => {
      showSuccess(
        `${r.year} 年安排已导入：放假 ${r.holidays} 天，调休上班 ${r.workdays} 天${r.warnings.length ? `（提示：${r.warnings.join('；')}）` : ''}`,
      );
      setOpen(false);
      setResult(r);
      void client.invalidateQueries({ queryKey: ['calendar'] });
      void client.invalidateQueries({ queryKey: ['deadline-moves'] });
    },
    onError: (err) => setErrors(isApiError(err) ? [err.message] : ['导入失败']),
  });

  const submit = (v: { year: number; notice: string; lines: string }) => {
    const parsed = parseCalendarEntries(parseLines(v.lines));
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors([]);
    load.mutate(v);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={`法定期限按工作日计算（行政处罚法第八十五条）。每年国务院办公厅公布下一年放假安排后，请在此导入。未导入年份的期限${PROVISIONAL_NOTE}（依《全国年节及纪念日放假办法》的法定节日和补假，不含调休），并在各处标注“暂算”；导入后自动重算并列出变动的期限。`}
      />
      {result && (
        <Card title={`${result.year} 年安排导入后的期限重算`} className="calendar-recompute">
          <Typography.Paragraph>
            重算了 {result.recomputedCases} 件案件的暂算期限，其中 {result.moved.length}{' '}
            项日期变动。已告知当事人的期限不会提前。
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(m) => `${m.caseId}:${m.key}`}
            dataSource={result.moved}
            pagination={result.moved.length > 10 ? { pageSize: 10 } : false}
            locale={{ emptyText: '没有日期变动的期限' }}
            columns={[
              { title: '案件编号', dataIndex: 'caseNumber', width: 200 },
              { title: '期限', dataIndex: 'label' },
              { title: '原暂算日期', dataIndex: 'oldDue' },
              {
                title: '重算后日期',
                dataIndex: 'newDue',
                render: (d: string | null, m) => (
                  <>
                    {d ?? '—'} {m.stillProvisional && <Tag color="gold">仍为暂算</Tag>}
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card
        title={
          <Space>
            <CalendarOutlined />
            节假日与调休安排
          </Space>
        }
        extra={
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen(true)}>
            导入年度安排
          </Button>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <span>查看年份：</span>
          <Select
            style={{ width: 140 }}
            placeholder="选择年份"
            allowClear
            value={year}
            onChange={setYear}
            options={(data.data?.years ?? []).map((y) => ({ value: y.year, label: `${y.year} 年` }))}
          />
          {(data.data?.years ?? []).map((y) => (
            <Tag key={y.year}>
              {y.year} 年：放假 {y.holidays} 天 / 调休 {y.workdays} 天
            </Tag>
          ))}
        </Space>
        <Table
          rowKey="date"
          size="small"
          loading={data.isLoading}
          dataSource={data.data?.entries ?? []}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: year ? '该年份无记录' : '请选择年份查看明细' }}
          columns={[
            { title: '日期', dataIndex: 'date' },
            { title: '类型', dataIndex: 'kind', render: (k: 'holiday' | 'workday') => KIND[k] },
            { title: '节日', dataIndex: 'name' },
          ]}
        />
      </Card>
      <Modal
        title="导入年度节假日安排"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText="导入"
        confirmLoading={load.isPending}
        destroyOnHidden
      >
        <Form form={form} name="calendarForm" layout="vertical" onFinish={submit}>
          <Form.Item name="year" label="年份" rules={[{ required: true, message: '请输入年份' }]}>
            <Select
              options={[0, 1, 2].map((d) => new Date().getFullYear() + d).map((y) => ({ value: y, label: `${y} 年` }))}
            />
          </Form.Item>
          <Form.Item name="notice" label="依据通知文号" rules={[{ required: true, message: '请输入通知文号' }]}>
            <Input placeholder="如：国办发明电〔2026〕1号" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="lines"
            label="安排（每行一天：日期 放假/上班 节日名称）"
            rules={[{ required: true, message: '请填写安排' }]}
            extra={
              <Typography.Text type="secondary">例：2027-01-01 放假 元旦；2027-02-20 上班 春节调休</Typography.Text>
            }
          >
            <Input.TextArea rows={10} placeholder={'2027-01-01 放假 元旦\n2027-02-20 上班 春节调休'} />
          </Form.Item>
          {errors.length > 0 && (
            <Alert
              type="error"
              showIcon
              message="导入内容有误"
              description={
                <ul>
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              }
            />
          )}
        </Form>
      </Modal>
    </Space>
  );
}
