import { Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { ChapterNode, Heading } from '@zhifa/contract';

/** What the reader picked in the table of contents; all undefined = the whole law. */
export interface TocSelection {
  part?: number;
  chapter?: number;
  section?: number;
}

export function selectionKey(s: TocSelection): string {
  if (s.chapter !== undefined && s.section !== undefined) return `s:${s.chapter}:${s.section}`;
  if (s.chapter !== undefined) return `c:${s.chapter}`;
  if (s.part !== undefined) return `p:${s.part}`;
  return 'all';
}

function parseKey(key: string): TocSelection {
  const [kind, a, b] = key.split(':');
  if (kind === 's') return { chapter: Number(a), section: Number(b) };
  if (kind === 'c') return { chapter: Number(a) };
  if (kind === 'p') return { part: Number(a) };
  return {};
}

function chapterNode(c: ChapterNode): DataNode {
  return {
    key: `c:${c.number}`,
    title: `${c.label} ${c.title}（${c.articleCount}）`,
    children: c.sections.map((s) => ({
      key: `s:${c.number}:${s.number}`,
      title: `${s.label} ${s.title}（${s.articleCount}）`,
      isLeaf: true,
    })),
    isLeaf: c.sections.length === 0,
  };
}

export function LawToc(props: {
  parts: Heading[];
  chapters: ChapterNode[];
  articleCount: number;
  selected: TocSelection;
  onSelect: (s: TocSelection) => void;
}) {
  const { parts, chapters } = props;
  const body: DataNode[] =
    parts.length > 0
      ? parts.map((p) => ({
          key: `p:${p.number}`,
          title: `${p.label} ${p.title}`,
          children: chapters.filter((c) => c.partNumber === p.number).map(chapterNode),
        }))
      : chapters.map(chapterNode);
  const treeData: DataNode[] = [{ key: 'all', title: `全部条文（${props.articleCount}）`, isLeaf: true }, ...body];
  return (
    <Tree
      className="law-toc-tree"
      blockNode
      showLine
      treeData={treeData}
      // Sections are the finest level a reader navigates by; show them unless the reader folds them.
      defaultExpandedKeys={[
        ...parts.map((p) => `p:${p.number}`),
        ...chapters.filter((c) => c.sections.length > 0).map((c) => `c:${c.number}`),
      ]}
      selectedKeys={[selectionKey(props.selected)]}
      onSelect={(keys) => {
        if (keys.length > 0) props.onSelect(parseKey(String(keys[0])));
      }}
    />
  );
}
