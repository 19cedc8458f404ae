import { Select, Tag } from 'antd';
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from '@zhifa/domain';
import type { CaseDetail } from '@zhifa/contract';

interface Props {
  id?: string;
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  detail: CaseDetail;
  multiple?: boolean;
  kinds?: EvidenceKind[];
  placeholder?: string;
}

/** Evidence registered in this case (lawfully obtained only), by kind and title. */
export function EvidenceSelect({ id, value, onChange, detail, multiple, kinds, placeholder }: Props) {
  const illegal = new Set(detail.state.evidence.filter((e) => e.illegal).map((e) => e.id));
  const titles = new Map(detail.evidence.map((e) => [e.id, e]));
  const rows = detail.state.evidence.length
    ? detail.state.evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title }))
    : detail.evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title }));
  const options = rows
    .filter((e) => !illegal.has(e.id) && (!kinds || kinds.includes(e.kind)))
    .map((e) => ({
      value: e.id,
      label: `${EVIDENCE_KIND_LABELS[e.kind] ?? e.kind}：${titles.get(e.id)?.title ?? e.title}`,
      kind: e.kind,
    }));
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      allowClear
      placeholder={placeholder ?? (options.length ? '请选择' : '本案尚未登记证据')}
      options={options}
      optionRender={(o) => (
        <span>
          <Tag>{EVIDENCE_KIND_LABELS[o.data.kind]}</Tag>
          {o.data.label.split('：').slice(1).join('：')}
        </span>
      )}
    />
  );
}
