import { Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { toChineseNumber } from '@zhifa/domain';
import { LEVEL_COLORS } from './labels';
import type { LawLevel, LawParagraph } from '@zhifa/contract';

export function LevelTag({ level }: { level: LawLevel }) {
  return <Tag color={LEVEL_COLORS[level]}>{level}</Tag>;
}

/** The citation as text with a copy button; antd's copy falls back where the Clipboard API is missing (plain http). */
export function CitationCopy({ citation }: { citation: string }) {
  return (
    <Typography.Text className="law-citation" copyable={{ text: citation, tooltips: ['复制引用', '已复制'] }}>
      {citation}
    </Typography.Text>
  );
}

/** 款 as paragraphs, 项 as indented lines （一）… */
export function ArticleBody({ paragraphs, terms = [] }: { paragraphs: LawParagraph[]; terms?: string[] }) {
  return (
    <div className="law-article-body">
      {paragraphs.map((p) => (
        <Fragment key={p.number}>
          <p className="law-paragraph">
            <Highlight text={p.text} terms={terms} />
          </p>
          {p.items.map((i) => (
            <p key={i.number} className="law-item">
              （{toChineseNumber(i.number)}）<Highlight text={i.text} terms={terms} />
            </p>
          ))}
        </Fragment>
      ))}
    </div>
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks each search word in the text (case-insensitive for Latin letters). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const words = terms.filter((t) => t.length > 0);
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'giu');
  const pieces = text.split(pattern);
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="law-mark">
            {piece}
          </mark>
        ) : (
          <Fragment key={i}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
