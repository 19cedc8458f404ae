import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useDeleteThesaurusEntry, useSaveThesaurusEntry, useThesaurus } from './queries';
import type { ThesaurusEntry } from '@zhifa/contract';
import './laws.css';

interface EntryForm {
  term: string;
  expansions: string[];
  domain: string;
  note?: string;
}

/**
 * The enforcement thesaurus: what officers and the public say → the words of the law. Everyone
 * who reads the library sees it (it explains the search's matches); the library's administrators
 * edit it, and every change is audited.
 */
export default function ThesaurusPage() {
  const can = useCan();
  const manage = can('law:manage');
  const [q, setQ] = useState('');
  const list = useThesaurus(q);
  const save = useSaveThesaurusEntry();
  const remove = useDeleteThesaurusEntry();
  const [editing, setEditing] = useState<ThesaurusEntry | 'new' | null>(null);
  const [form] = Form.useForm<EntryForm>();

  const open = (entry: ThesaurusEntry | 'new') => {
    setEditing(entry);
    form.setFieldsValue(
      entry === 'new' ? { term: '', expansions: [], domain: '', note: '' } : { ...entry, note: entry.note ?? '' },
    );
  };
  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({
      id: editing === 'new' || editing === null ? null : editing.id,
      term: v.term,
      expansions: v.expansions,
      domain: v.domain,
      note: v.note || null,
    });
    setEditing(null);
  };

  const columns: ColumnsType<ThesaurusEntry> = [
    { title: '常用说法', dataIndex: 'term', width: 160 },
    {
      title: '法律用语',
      dataIndex: 'expansions',
      render: (xs: string[]) => (
        <Space size={[4, 4]} wrap>
          {xs.map((x) => (
            <Tag key={x}>{x}</Tag>
          ))}
        </Space>
      ),
    },
    { title: '领域', dataIndex: 'domain', width: 100 },
    ...(manage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_: unknown, e: ThesaurusEntry) => (
              <Space>
                <Button size="small" onClick={() => open(e)}>
                  修改
                </Button>
                <Popconfirm title={`删除词条“${e.term}”？`} onConfirm={() => remove.mutate(e.id)}>
                  <Button size="small" danger>
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
    <Card>
      <div className="law-toolbar-filters law-search-bar">
        <Input.Search
          id="thesaurus-q"
          className="law-search-box"
          placeholder="查找词条"
          allowClear
          maxLength={30}
          onSearch={(v) => setQ(v.trim())}
        />
        {manage && (
          <Button type="primary" onClick={() => open('new')}>
            新增词条
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">
        法规检索时，输入中出现的“常用说法”会一并按右侧的法律用语检索。
      </Typography.Paragraph>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ThesaurusEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isLoading}
          scroll={{ x: 600 }}
          pagination={{ pageSize: 50, showSizeChanger: false }}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新增词条' : '修改词条'}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="thesaurus">
          <Form.Item name="term" label="常用说法" rules={[{ required: true, message: '请填写常用说法' }, { max: 30 }]}>
            <Input maxLength={30} placeholder="例如：占道经营" />
          </Form.Item>
          <Form.Item
            name="expansions"
            label="法律用语（可填多个，按重要性排列）"
            rules={[{ required: true, type: 'array', min: 1, message: '至少填写一个法律用语' }]}
          >
            <Select
              mode="tags"
              open={false}
              placeholder="输入后回车，例如：街道两侧和公共场地"
              tokenSeparators={['、', '，', ',']}
            />
          </Form.Item>
          <Form.Item name="domain" label="领域" rules={[{ required: true, message: '请填写领域' }, { max: 20 }]}>
            <Input maxLength={20} placeholder="例如：市容环卫、程序" />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea maxLength={200} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
