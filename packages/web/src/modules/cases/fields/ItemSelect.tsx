import { Select, Tag } from 'antd';
import type { CaseItemRef } from '@zhifa/domain';
import { useState } from 'react';
import { type ItemOption, useAgencyItems } from './items';

interface Props {
  id?: string;
  value?: CaseItemRef;
  onChange?: (v: CaseItemRef | undefined) => void;
}

/** One enforcement item the agency may exercise today; the value is the item reference the payloads carry. */
export function ItemSelect({ id, value, onChange }: Props) {
  const [search, setSearch] = useState('');
  const items = useAgencyItems(search);
  const options = (items.data ?? []).map((i: ItemOption) => ({
    value: i.code,
    label: i.name,
    item: i,
  }));
  if (value && !options.some((o) => o.value === value.code))
    options.unshift({ value: value.code, label: value.name, item: value });
  return (
    <Select
      id={id}
      value={value?.code}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder="输入事项名称或编码搜索"
      loading={items.isFetching}
      notFoundContent={items.isFetching ? '加载中…' : '本机关没有可行使的匹配事项'}
      options={options}
      optionRender={(o) => (
        <span className="item-option">
          <span className="item-option-name">{o.data.label}</span>
          <span className="item-option-meta">
            <Tag>{o.data.item.domain ?? '—'}</Tag>
            <span className="mono">{o.data.value}</span>
          </span>
        </span>
      )}
      onChange={(code: string | undefined) => {
        const found = options.find((o) => o.value === code)?.item;
        onChange?.(
          found ? { code: found.code, name: found.name, ...(found.domain ? { domain: found.domain } : {}) } : undefined,
        );
      }}
      allowClear
    />
  );
}
