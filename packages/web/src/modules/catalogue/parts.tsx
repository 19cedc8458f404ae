import { Space, Tag, Tooltip, Typography } from 'antd';
import { ITEM_KIND_LABELS, formatPenaltySpec, type ItemKind } from '@zhifa/domain';
import { Link } from 'react-router-dom';
import { KIND_COLORS } from './labels';
import type { Citation, PenaltyView } from '@zhifa/contract';

export function KindTag({ kind }: { kind: ItemKind }) {
  return <Tag color={KIND_COLORS[kind]}>{ITEM_KIND_LABELS[kind]}</Tag>;
}

export function ReservedTag() {
  return (
    <Tooltip title="含吊销许可证件、责令停产停业、责令关闭、限制从业或没收较大数额财物等重大处罚，由县级部门行使，不得赋权乡镇">
      <Tag color="magenta">县级保留</Tag>
    </Tooltip>
  );
}

/** A citation, linked to its article in the law library when it resolved. */
export function CitationLink({ c }: { c: Citation }) {
  return c.articleId ? (
    <Link to={`/laws/articles/${c.articleId}`} className="citation-link">
      {c.citation}
    </Link>
  ) : (
    <Typography.Text type="warning">{c.citation}（法规库中未找到）</Typography.Text>
  );
}

export function CitationList({ list }: { list: Citation[] }) {
  if (list.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {list.map((c) => (
        <CitationLink key={c.citation} c={c} />
      ))}
    </Space>
  );
}

export function PenaltyList({ penalties }: { penalties: PenaltyView[] }) {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  if (penalties.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul className="penalty-list">
      {penalties.map((p, i) => (
        <li key={i}>
          {formatPenaltySpec(p)}
          {p.effectiveTo && p.effectiveTo < today && <Tag className="penalty-reserved">已失效版本</Tag>}
          {p.countyReserved && (
            <Tag color="magenta" className="penalty-reserved">
              县级保留
            </Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
