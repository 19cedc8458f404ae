import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { QueryError } from '../../shared/QueryError';
import { useGroups, useTownships } from './queries';
import type { TownshipGroup } from '@zhifa/contract';

interface Values {
  name: string;
  description?: string;
  agencyIds: string[];
}

function GroupModal({ open, group, onClose }: { open: boolean; group: TownshipGroup | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const townships = useTownships();
  const save = useFormCommand({
    open,
    form,
    send: (v: Values, key) => {
      const body = { name: v.name.trim(), description: v.description?.trim() || null, agencyIds: v.agencyIds ?? [] };
      return group
        ? api.put(`/api/delegation/groups/${group.id}`, body, key)
        : api.post('/api/delegation/groups', body, key);
    },
    success: '已保存乡镇分类',
    refresh: ['delegation'],
    onClose,
    fields: { GROUP_NAME_TAKEN: 'name' },
  });
  return (
    <FormModal
      open={open}
      title={group ? `修改乡镇分类：${group.name}` : '新增乡镇分类'}
      form={form}
      maskClosable
      pending={save.isPending}
      onClose={onClose}
      initialValues={
        group
          ? {
              name: group.name,
              description: group.description ?? '',
              agencyIds: group.members.map((m) => m.agencyId),
            }
          : { agencyIds: [] }
      }
      onFinish={(v) => save.mutate(v)}
      intro={
        <Alert
          className="form-alert"
          type="info"
          showIcon
          title="调整分类成员不影响已作出的赋权决定：决定登记时已按当时的成员展开到各乡镇。"
        />
      }
    >
      <Form.Item name="name" label="分类名称" rules={[{ required: true, whitespace: true, message: '请输入分类名称' }]}>
        <Input maxLength={50} placeholder="如：一类乡镇、街道" />
      </Form.Item>
      <Form.Item name="description" label="说明">
        <Input.TextArea maxLength={300} rows={2} />
      </Form.Item>
      <Form.Item name="agencyIds" label="成员">
        <Checkbox.Group
          options={(townships.data ?? []).map((t) => ({ value: t.id, label: t.name.replace(/^江门市蓬江区/, '') }))}
        />
      </Form.Item>
    </FormModal>
  );
}

export function GroupsTab() {
  const can = useCan();
  const manage = can('delegation:manage');
  const groups = useGroups();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ group: TownshipGroup | null } | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/delegation/groups/${id}`),
    onSuccess: () => {
      showSuccess('已删除乡镇分类');
      void queryClient.invalidateQueries({ queryKey: ['delegation'] });
    },
  });
  if (groups.isError) return <QueryError error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <>
      <div className="table-toolbar">
        <Typography.Text type="secondary">一类乡镇、一张清单：同一分类的乡镇可在一个决定中一并赋权。</Typography.Text>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ group: null })}>
            新增分类
          </Button>
        )}
      </div>
      <Table<TownshipGroup>
        rowKey="id"
        loading={groups.isFetching}
        dataSource={groups.data ?? []}
        pagination={false}
        columns={[
          {
            title: '分类',
            dataIndex: 'name',
            width: 160,
            render: (n: string) => <span className="cell-strong">{n}</span>,
          },
          { title: '说明', dataIndex: 'description', width: 280 },
          {
            title: '成员',
            dataIndex: 'members',
            render: (m: TownshipGroup['members']) =>
              m.map((x) => <Tag key={x.agencyId}>{x.name.replace(/^江门市蓬江区/, '')}</Tag>),
          },
          ...(manage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 120,
                  render: (_v: unknown, g: TownshipGroup) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing({ group: g })}
                        aria-label={`修改 ${g.name}`}
                      />
                      <Popconfirm
                        title={`删除分类“${g.name}”？`}
                        description="已作出的决定不受影响"
                        okText="删除"
                        cancelText="取消"
                        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm awaits a returned promise (OK button loading, closes when settled)
                        onConfirm={() => remove.mutateAsync(g.id).catch(() => undefined)}
                      >
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`删除 ${g.name}`}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {manage && <GroupModal open={editing !== null} group={editing?.group ?? null} onClose={() => setEditing(null)} />}
    </>
  );
}
