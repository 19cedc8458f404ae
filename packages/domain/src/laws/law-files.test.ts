import { fileURLToPath } from 'node:url';
/// <reference types="node" />
// Parses every law text shipped in the shared data folder and checks the parser against an
// independent count. The folder lives outside the repository; ZHIFA_LAWS_DIR may point elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number';
import { parseLawMarkdown, type ParsedLaw } from './parse-law';

// The law texts ship in the repository (reference/laws, copied unedited from shared/data/laws).
const LAWS_DIR = process.env.ZHIFA_LAWS_DIR ?? fileURLToPath(new URL('../../../../reference/laws', import.meta.url));
const HEADING = /^第[零一二三四五六七八九十百千两]+条/u;

function lawFiles(): string[] {
  if (!existsSync(LAWS_DIR)) throw new Error(`law texts not found in ${LAWS_DIR}; set ZHIFA_LAWS_DIR`);
  return readdirSync(LAWS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

function load(fileName: string): { law: ParsedLaw; text: string } {
  const text = readFileSync(join(LAWS_DIR, fileName), 'utf8');
  return { law: parseLawMarkdown(fileName, text), text };
}

function countHeadings(text: string): number {
  const labels = new Set<string>();
  for (const line of text.split('\n')) {
    const m = HEADING.exec(line);
    if (m) labels.add(m[0]);
  }
  return labels.size;
}

function article(law: ParsedLaw, n: number) {
  const found = law.articles.find((a) => a.number === n && a.suffix === null);
  if (!found) throw new Error(`${law.shortTitle} has no article ${n}`);
  return found;
}

describe('every law file in the data folder', () => {
  const files = lawFiles();

  it('the folder holds the law texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s: articles match the headings, run 1..N, and carry text', (fileName) => {
    const { law, text } = load(fileName);
    expect(law.articles).toHaveLength(countHeadings(text));
    const main = law.articles.filter((a) => a.suffix === null).map((a) => a.number);
    expect(main).toEqual(main.map((_, i) => i + 1));
    expect(law.warnings).toEqual([]);
    for (const a of law.articles) {
      expect(a.paragraphs.length).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p.items.map((i) => i.number)).toEqual(p.items.map((_, i) => i + 1));
    }
    expect(law.versionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(law.level).not.toBe('其他');
    expect(law.issuer).not.toBeNull();
    expect(law.history.length).toBeGreaterThan(0);
  });

  it.each(files)(
    '%s: chapter numbers run 1..N and every article sits in a chapter when the law has chapters',
    (fileName) => {
      const { law } = load(fileName);
      expect(law.chapters.map((c) => c.number)).toEqual(law.chapters.map((_, i) => i + 1));
      if (law.chapters.length > 0) expect(law.articles.every((a) => a.chapterNumber !== null)).toBe(true);
    },
  );
});

describe('spot checks against the texts', () => {
  const penalty = load('行政处罚法(2021-01-22).md').law;

  it('行政处罚法 (2021-01-22) has 86 articles in 8 chapters, chapter 5 in 4 sections', () => {
    expect(penalty.articles).toHaveLength(86);
    expect(penalty.chapters).toHaveLength(8);
    expect(penalty.chapters[4].sections.map((s) => s.title)).toEqual(['一般规定', '简易程序', '普通程序', '听证程序']);
    expect(penalty.level).toBe('法律');
    expect(penalty.history.at(-1)?.date).toBe('2021-01-22');
  });

  it('行政处罚法 第51条: summary procedure thresholds 二百元 and 三千元', () => {
    const a51 = article(penalty, 51);
    expect(a51.text).toContain('二百元');
    expect(a51.text).toContain('三千元');
    expect(a51.chapterNumber).toBe(5);
    expect(a51.sectionNumber).toBe(2);
  });

  it('行政处罚法 第85条: its day periods are 工作日', () => {
    expect(article(penalty, 85).text).toContain('工作日');
  });

  it('行政处罚法 第72条第1款第(一)项: the 3% surcharge is an item of the first paragraph', () => {
    const item = article(penalty, 72).paragraphs[0].items[0];
    expect(item.number).toBe(1);
    expect(item.text).toContain('百分之三');
  });

  it('行政强制法 (2011-06-30) has 71 articles', () => {
    expect(load('行政强制法(2011-06-30).md').law.articles).toHaveLength(71);
  });

  it('民事诉讼法 groups its 27 chapters into 4 parts and ends at 第三百零六条', () => {
    const civil = load('民事诉讼法(2023-09-01).md').law;
    expect(civil.parts).toHaveLength(4);
    expect(civil.chapters).toHaveLength(27);
    expect(civil.articles.at(-1)?.number).toBe(parseChineseNumber('三百零六'));
  });

  it('classifies the levels named in the brief', () => {
    const level = (f: string) => load(f).law.level;
    expect(level('城市市容和环境卫生管理条例(2017-03-01).md')).toBe('行政法规');
    expect(level('物业管理条例(2018-03-19).md')).toBe('行政法规');
    expect(level('无证无照经营查处办法(2017-08-06).md')).toBe('行政法规');
    expect(level('行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md')).toBe('行政法规');
    expect(level('全国年节及纪念日放假办法(2024-11-10).md')).toBe('行政法规');
    expect(level('政府信息公开条例(2019-04-03).md')).toBe('行政法规');
    expect(level('广东省市场监管条例(2021-09-29).md')).toBe('地方性法规');
    expect(level('江门市文明行为促进条例(2021-04-06).md')).toBe('地方性法规');
    expect(level('消防法(2021-04-29).md')).toBe('法律');
  });
});
