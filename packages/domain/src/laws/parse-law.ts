// Turns one law file of the LawRefBook collection (Markdown) into structured data:
// heading, adoption history, 编/章/节 headings, and articles split into 款 and 项.

import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-number';
import { classifyLaw, shortLawTitle, type LawLevel } from './law-level';

export type HistoryEventKind = 'adopted' | 'revised' | 'amended' | 'promulgated' | 'approved' | 'effective' | 'other';

export interface LawHistoryEntry {
  /** YYYY-MM-DD, or null when the line carries no readable date. */
  date: string | null;
  kind: HistoryEventKind;
  text: string;
}

/** 编: only the largest codes (民事诉讼法) group chapters into parts. */
export interface ParsedPart {
  number: number;
  title: string;
}

export interface ParsedSection {
  number: number;
  title: string;
}

export interface ParsedChapter {
  number: number;
  title: string;
  partNumber: number | null;
  sections: ParsedSection[];
}

/** 项: an enumerated item （一）… under a paragraph. */
export interface ParsedItem {
  number: number;
  text: string;
}

/** 款: a paragraph of an article, numbered from 1; items belong to the paragraph that introduces them. */
export interface ParsedParagraph {
  number: number;
  text: string;
  items: ParsedItem[];
}

export interface ParsedArticle {
  number: number;
  /** 第十条之一 → number 10, suffix 1; null for ordinary articles. */
  suffix: number | null;
  /** The heading as written, e.g. 第一百零八条. */
  label: string;
  partNumber: number | null;
  chapterNumber: number | null;
  sectionNumber: number | null;
  /** Full text without the heading: paragraphs and items, one per line. */
  text: string;
  paragraphs: ParsedParagraph[];
}

export interface ParsedLaw {
  fileName: string;
  /** Full title from the file's heading (中华人民共和国行政处罚法), or the file name. */
  title: string;
  /** Title without 中华人民共和国, as used in citations. */
  shortTitle: string;
  /** Version date from the file name 名称(YYYY-MM-DD).md. */
  versionDate: string | null;
  level: LawLevel;
  issuer: string | null;
  history: LawHistoryEntry[];
  parts: ParsedPart[];
  chapters: ParsedChapter[];
  articles: ParsedArticle[];
  /** Oddities found while parsing (duplicate or missing article numbers); never fatal. */
  warnings: string[];
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE_HEADING = new RegExp(`^(第(${N})条(?:之(${N}))?)(?:[\\s\\u3000]+|$)(.*)$`, 'u');
const STRUCTURE_HEADING = new RegExp(`^#*\\s*第(${N})([编章节])(?:[\\s\\u3000]+(.*))?$`, 'u');
const LOOSE_ARTICLE_HEADING = new RegExp(`^第${N}条(?:之${N})?[^\\s\\u3000]`, 'u');
const ITEM_LINE = new RegExp(`^[（(](${N})[）)]\\s*(.*)$`, 'u');
const FILE_NAME = /^(.*?)[（(](\d{4}-\d{2}-\d{2})[）)](?:\.md)?$/u;
const HISTORY_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const INFO_END = '<!-- INFO END -->';

/** Removes ordinary, full-width and zero-width spaces at both ends. */
function clean(line: string): string {
  return line.replace(/^[\s\u3000\u200b\ufeff]+|[\s\u3000\u200b\ufeff]+$/gu, '');
}

/** Chapter titles are spaced for print (总　　则); the spacing carries no meaning. */
function compactTitle(title: string): string {
  return title.replace(/[\s\u3000\u200b]+/gu, '');
}

export function parseLawFileName(fileName: string): { name: string; versionDate: string | null } {
  const base = fileName.replace(/^.*[\\/]/, '');
  const m = FILE_NAME.exec(base);
  if (m) return { name: m[1].trim(), versionDate: m[2] };
  return { name: base.replace(/\.md$/u, '').trim(), versionDate: null };
}

function historyKind(text: string): HistoryEventKind {
  if (/通过/.test(text)) return 'adopted';
  if (/修订/.test(text)) return 'revised';
  if (/修正/.test(text)) return 'amended';
  if (/批准/.test(text)) return 'approved';
  if (/(公布|发布)/.test(text)) return 'promulgated';
  if (/施行/.test(text)) return 'effective';
  return 'other';
}

function pad2(n: string): string {
  return n.padStart(2, '0');
}

/**
 * History lines are dated events. The source wraps some of them mid-sentence and runs others
 * together on one line ("…第一次修正  2016年12月1日…"), with stray 根据 and closing brackets.
 */
export function parseLawHistory(lines: readonly string[]): LawHistoryEntry[] {
  const joined: string[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (line === '') continue;
    if (HISTORY_DATE.test(line.slice(0, 12)) || joined.length === 0) joined.push(line);
    else joined[joined.length - 1] += line;
  }
  const entries: LawHistoryEntry[] = [];
  for (const line of joined) {
    for (const piece of line.split(/[\s\u3000]*(?=\d{4}年\d{1,2}月\d{1,2}日)/u)) {
      const text = clean(piece.replace(/[\s\u3000]*根据[\s\u3000]*$/u, '').replace(/[）)][\s\u3000]*$/u, '')).replace(
        /^根据\s*/u,
        '',
      );
      if (text === '') continue;
      const d = HISTORY_DATE.exec(text);
      const date = d && d.index === 0 ? `${d[1]}-${pad2(d[2])}-${pad2(d[3])}` : null;
      entries.push({ date, kind: historyKind(text), text });
    }
  }
  return entries;
}

interface Cursor {
  part: number | null;
  chapter: ParsedChapter | null;
  section: number | null;
}

function startArticle(m: RegExpExecArray, cursor: Cursor): ParsedArticle {
  return {
    number: parseChineseNumber(m[2]),
    suffix: m[3] ? parseChineseNumber(m[3]) : null,
    label: m[1],
    partNumber: cursor.part,
    chapterNumber: cursor.chapter?.number ?? null,
    sectionNumber: cursor.section,
    text: '',
    paragraphs: [],
  };
}

function addLine(article: ParsedArticle, line: string): void {
  const item = ITEM_LINE.exec(line);
  const current = article.paragraphs[article.paragraphs.length - 1];
  if (item && current) {
    current.items.push({ number: parseChineseNumber(item[1]), text: item[2] });
  } else {
    article.paragraphs.push({ number: article.paragraphs.length + 1, text: line, items: [] });
  }
  article.text = article.text === '' ? line : `${article.text}\n${line}`;
}

function checkNumbering(articles: readonly ParsedArticle[]): string[] {
  const warnings: string[] = [];
  let expected = 1;
  const seen = new Set<string>();
  for (const a of articles) {
    const key = `${a.number}/${a.suffix ?? 0}`;
    if (seen.has(key)) {
      warnings.push(`${a.label}重复`);
      continue;
    }
    seen.add(key);
    if (a.suffix !== null) continue;
    if (a.number !== expected) warnings.push(`条号不连续：应为第${expected}条，实为${a.label}`);
    expected = a.number + 1;
  }
  return warnings;
}

// A malformed numeral in a heading should not stop the import of a whole law; the line is kept
// as text and reported.
function numberOrWarn(numeral: string, lineIndex: number, warnings: string[]): number | null {
  try {
    return parseChineseNumber(numeral);
  } catch (e) {
    warnings.push(`第${lineIndex + 1}行：${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

export function parseLawMarkdown(fileName: string, text: string): ParsedLaw {
  const { name, versionDate } = parseLawFileName(fileName);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');

  let title: string | null = null;
  const historyLines: string[] = [];
  // Files of the collection end their header with a marker; without it the header runs up to
  // the first heading or article.
  const infoEnd = lines.findIndex((l) => l.includes(INFO_END));
  const firstBody = lines.findIndex((l) => ARTICLE_HEADING.test(clean(l)) || STRUCTURE_HEADING.test(clean(l)));
  const headerEnd = infoEnd >= 0 ? infoEnd : firstBody >= 0 ? firstBody : lines.length;
  for (let i = 0; i < headerEnd; i++) {
    const line = clean(lines[i]);
    const heading = /^#\s+(.+)$/u.exec(line);
    if (heading && title === null) title = compactTitle(heading[1]);
    else if (!line.startsWith('#')) historyLines.push(line);
  }
  const bodyStart = infoEnd >= 0 ? infoEnd + 1 : headerEnd;
  const fullTitle = title ?? name;

  const parts: ParsedPart[] = [];
  const chapters: ParsedChapter[] = [];
  const articles: ParsedArticle[] = [];
  const cursor: Cursor = { part: null, chapter: null, section: null };
  let article: ParsedArticle | null = null;
  const warnings: string[] = [];

  for (let i = bodyStart; i < lines.length; i++) {
    const line = clean(lines[i]);
    if (line === '') continue;
    const structure = STRUCTURE_HEADING.exec(line);
    const number = structure ? numberOrWarn(structure[1], i, warnings) : null;
    if (structure && number !== null) {
      article = null;
      const heading = compactTitle(structure[3] ?? '');
      if (structure[2] === '编') {
        parts.push({ number, title: heading });
        cursor.part = number;
        cursor.chapter = null;
      } else if (structure[2] === '章') {
        cursor.chapter = { number, title: heading, partNumber: cursor.part, sections: [] };
        chapters.push(cursor.chapter);
      } else {
        cursor.chapter?.sections.push({ number, title: heading });
      }
      cursor.section = structure[2] === '节' ? number : null;
      continue;
    }
    if (line.startsWith('#')) continue;
    const heading = ARTICLE_HEADING.exec(line);
    if (
      heading &&
      numberOrWarn(heading[2], i, warnings) !== null &&
      (!heading[3] || numberOrWarn(heading[3], i, warnings) !== null)
    ) {
      article = startArticle(heading, cursor);
      articles.push(article);
      if (heading[4].trim() !== '') addLine(article, clean(heading[4]));
      continue;
    }
    if (LOOSE_ARTICLE_HEADING.test(line))
      warnings.push(`第${i + 1}行疑似条文标题但条号后没有空格：${line.slice(0, 20)}`);
    if (article) addLine(article, line);
  }

  const { level, issuer } = classifyLaw(fullTitle, historyLines);
  return {
    fileName,
    title: fullTitle,
    shortTitle: shortLawTitle(fullTitle),
    versionDate,
    level,
    issuer,
    history: parseLawHistory(historyLines),
    parts,
    chapters,
    articles,
    warnings: [...warnings, ...checkNumbering(articles)],
  };
}
