import { Checkbox, Input, Select } from 'antd';
import type { ReactNode } from 'react';

/** The free-text filter: applied on 查询 or Enter, trimmed, empty meaning no filter. */
export function FilterSearch({
  id,
  placeholder,
  value,
  onSearch,
  maxLength = 50,
}: {
  id?: string;
  placeholder: string;
  /** The text already applied (from the address), shown when the page opens. */
  value?: string;
  onSearch: (text: string | undefined) => void;
  maxLength?: number;
}) {
  return (
    <Input.Search
      id={id}
      placeholder={placeholder}
      allowClear
      enterButton="查询"
      defaultValue={value}
      maxLength={maxLength}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      className="filter-search"
    />
  );
}

interface Option {
  value: string;
  label: ReactNode;
}

/** A choice among options; cleared means no filter. `narrow` for short labels, `searchable` for long lists. */
export function FilterSelect({
  id,
  placeholder,
  value,
  onChange,
  options,
  narrow,
  searchable,
  clearable = true,
  label,
}: {
  id?: string;
  placeholder?: string;
  value: string | undefined;
  onChange: (value?: string) => void;
  options: Option[];
  narrow?: boolean;
  searchable?: boolean;
  clearable?: boolean;
  /** Accessible name where the placeholder does not say what is filtered. */
  label?: string;
}) {
  return (
    <Select
      id={id}
      allowClear={clearable}
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      placeholder={placeholder}
      value={value}
      onChange={(v?: string) => onChange(v)}
      options={options}
      className={narrow ? 'filter-select-narrow' : 'filter-select'}
      aria-label={label}
    />
  );
}

/** An on/off filter: checked puts `on` into the parameter, unchecked removes it. */
export function FilterCheck({
  value,
  on,
  onChange,
  children,
}: {
  value: string | undefined;
  on: string;
  onChange: (value?: string) => void;
  children: ReactNode;
}) {
  return (
    <Checkbox checked={value === on} onChange={(e) => onChange(e.target.checked ? on : undefined)}>
      {children}
    </Checkbox>
  );
}
