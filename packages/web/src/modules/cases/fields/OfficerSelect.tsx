import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { roleLabel } from '../../../shared/roles';
import type { PersonRow } from '@zhifa/contract';
import { useAgencyPeople } from './people';

interface Props {
  id?: string;
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  /** Only people holding one of these roles (e.g. officers for records). */
  roles?: string[];
  /** Extra people to offer when the list cannot be read (e.g. the case's own officers). */
  fallback?: { id: string; name: string }[];
  placeholder?: string;
}

function certificateTag(p: PersonRow) {
  if (p.post === 'auxiliary') return <Tag color="orange">辅助人员</Tag>;
  return p.certificateStatus === 'valid' ? (
    <Tag color="green">执法证有效</Tag>
  ) : (
    <Tag color="red">{p.certificateStatusLabel}</Tag>
  );
}

/** People of the own agency by name, with role and certificate state shown beside each name. */
export function OfficerSelect({ id, value, onChange, multiple, roles, fallback = [], placeholder }: Props) {
  const people = useAgencyPeople();
  const options = useMemo(() => {
    const rows = (people.data ?? []).filter((p) => !roles || p.roles.some((r) => roles.includes(r)));
    const known = new Set(rows.map((p) => p.id));
    return [
      ...rows.map((p) => ({
        value: p.id,
        label: p.name,
        title: p.name,
        render: (
          <span className="officer-option">
            <span>{p.name}</span>
            <span className="officer-option-tags">
              {p.roles.map((r) => (
                <Tag key={r}>{roleLabel(r)}</Tag>
              ))}
              {certificateTag(p)}
            </span>
          </span>
        ),
      })),
      ...fallback
        .filter((f) => !known.has(f.id))
        .map((f) => ({ value: f.id, label: f.name, title: f.name, render: <span>{f.name}</span> })),
    ];
  }, [people.data, roles, fallback]);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      loading={people.isPending && people.fetchStatus !== 'idle'}
      showSearch={{ optionFilterProp: 'title' }}
      placeholder={placeholder ?? (multiple ? '请选择（可多选）' : '请选择')}
      options={options}
      optionRender={(o) => (o.data as { render: React.ReactNode }).render}
      allowClear
    />
  );
}
