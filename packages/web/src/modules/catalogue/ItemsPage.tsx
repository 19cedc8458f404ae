import { DeleteOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatPenalties } from '@zhifa/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { showSuccess } from '../../app/feedback';
import { useCan } from '../../app/session';
import { FilterSearch, FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { useIsMobile } from '../../shared/useIsMobile';
import { urlPaging, useUrlParams } from '../../shared/useUrlParams';
import { ItemDrawer } from './ItemDrawer';
import { ItemFormModal } from './ItemFormModal';
import { DOMAIN_OPTIONS, KIND_OPTIONS } from './labels';
import { CitationList, KindTag, ReservedTag } from './parts';
import { useDeleteItem, useDepartments, useItems } from './queries';
import type { Item, ItemDetail, ItemFilter } from '@zhifa/contract';
import './catalogue.css';

const PAGE_SIZE = 20;

export default function ItemsPage() {
  const can = useCan();
  const manage = can('item:manage');
  const isMobile = useIsMobile();
  const url = useUrlParams({ resetPage: true });
  const paging = urlPaging(url, PAGE_SIZE);
  const filter: ItemFilter = {
    domain: url.get('domain') as ItemFilter['domain'],
    kind: url.get('kind') as ItemFilter['kind'],
    departmentId: url.get('departmentId'),
    q: url.get('q'),
    reserved: url.get('reserved') as ItemFilter['reserved'],
    active: (url.get('active') as ItemFilter['active']) ?? 'true',
    limit: paging.pageSize,
    offset: paging.offset,
  };
  const items = useItems(filter);
  const departments = useDepartments();
  const remove = useDeleteItem();
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ item: ItemDetail | null } | null>(null);

  const columns: ColumnsType<Item> = [
    {
      title: '事项',
      dataIndex: 'name',
      width: 360,
      fixed: isMobile ? undefined : 'left',
      render: (name: string, i) => (
        <div>
          <Typography.Link className="cell-strong" onClick={() => setOpenId(i.id)}>
            {name}
          </Typography.Link>
          <div className="cell-sub">
            <span className="mono">{i.code}</span>
            {!i.active && <Tag className="item-tag">已停用</Tag>}
          </div>
        </div>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 130,
      render: (_k, i) => (
        <Space size={[0, 4]} wrap>
          <KindTag kind={i.kind} />
          {i.countyReserved && <ReservedTag />}
        </Space>
      ),
    },
    { title: '领域', dataIndex: 'domain', width: 100 },
    { title: '实施部门', dataIndex: 'departmentName', width: 200 },
    {
      title: '实施依据',
      dataIndex: 'basis',
      width: 260,
      render: (basis: Item['basis']) => <CitationList list={basis} />,
    },
    {
      title: '处罚种类及幅度',
      dataIndex: 'penalties',
      width: 320,
      render: (p: Item['penalties']) =>
        p.length ? (
          <span className="penalty-summary">{formatPenalties(p)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: isMobile ? undefined : 'right',
      render: (_v, i) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setOpenId(i.id)}>
            查看/编辑
          </Button>
          <Popconfirm
            title={`删除事项 ${i.code}？`}
            description="已被赋权决定或案件引用的事项不能删除，只能停用"
            okText="删除"
            cancelText="取消"
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm awaits a returned promise (OK button loading, closes when settled)
            onConfirm={() =>
              remove.mutateAsync(i.id).then(
                () => showSuccess(`已删除事项 ${i.code}`),
                () => undefined,
              )
            }
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`删除 ${i.code}`} />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <ListPage<Item>
      filters={
        <>
          <FilterSelect placeholder="全部领域" options={DOMAIN_OPTIONS} {...url.field('domain')} label="所属领域" />
          <FilterSelect placeholder="全部类型" options={KIND_OPTIONS} {...url.field('kind')} label="事项类型" />
          <FilterSelect
            placeholder="全部部门"
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.shortName }))}
            {...url.field('departmentId')}
            label="实施部门"
          />
          <FilterSelect
            placeholder="是否县级保留"
            options={[
              { value: 'true', label: '县级保留' },
              { value: 'false', label: '可赋权乡镇' },
            ]}
            {...url.field('reserved')}
            label="县级保留"
          />
          <FilterSelect
            narrow
            clearable={false}
            options={[
              { value: 'true', label: '在用' },
              { value: 'false', label: '已停用' },
              { value: 'all', label: '全部状态' },
            ]}
            value={filter.active}
            onChange={(v) => url.set('active', v === 'true' ? undefined : v)}
            label="状态"
          />
          <FilterSearch
            id="items-q"
            placeholder="编码、名称或依据条款"
            value={filter.q}
            onSearch={(v) => url.set('q', v)}
            maxLength={100}
          />
        </>
      }
      exportHref="/api/items/export"
      actions={
        manage && (
          <>
            <Link to="/items/import">
              <Button icon={<UploadOutlined />}>导入</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ item: null })}>
              新增事项
            </Button>
          </>
        )
      }
      query={items}
      table={{
        columns,
        dataSource: items.data?.items ?? [],
        loading: items.isFetching,
        scroll: { x: 1400 },
        pagination: paging.pagination(items.data?.total ?? 0, (t) => `共 ${t} 个事项`),
      }}
    >
      <ItemDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={
          manage
            ? (item) => {
                setOpenId(null);
                setEditing({ item });
              }
            : undefined
        }
      />
      {manage && (
        <ItemFormModal
          open={editing !== null}
          item={editing?.item ?? null}
          departments={departments.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </ListPage>
  );
}
