import { describe, expect, it } from 'vitest';
import { classifyLaw } from './law-level';
import { parseLawFileName, parseLawHistory, parseLawMarkdown } from './parse-law';

const SAMPLE = [
  '# 中华人民共和国示例法',
  '',
  '2001年1月2日 第九届全国人民代表大会常务委员会第一次会议通过',
  '',
  '2010年7月23日 第十一届全国人民代表大会常务委员会第二次会议《关于修改',
  '〈中华人民共和国示例法〉的决定》第一次修正  2016年12月1日第十二届全国人民代表大会常务委员会第三次会议修订  根据',
  '',
  '<!-- INFO END -->',
  '',
  '## 第一编 总　　则',
  '',
  '### 第一章 一般规定',
  '',
  '第一条 为了示例，制定本法。',
  '',
  '第二条 有下列情形之一的，适用本法：',
  '',
  '（一）第一种情形；',
  '',
  '(二)第二种情形。',
  '',
  '前款规定以外的情形，不适用本法。',
  '',
  '#### 第一节 程序',
  '',
  '第三条 程序规定。',
  '',
  '第三条之一 新增规定。',
  '',
  '## 第二编 附则',
  '',
  '### 第二章 附 则',
  '',
  '\u200b',
  '第四条 本法自公布之日起施行。',
].join('\n');

describe('parseLawMarkdown', () => {
  const law = parseLawMarkdown('示例法(2016-12-01).md', SAMPLE);

  it('takes the title from the heading and the version date from the file name', () => {
    expect(law.title).toBe('中华人民共和国示例法');
    expect(law.shortTitle).toBe('示例法');
    expect(law.versionDate).toBe('2016-12-01');
  });

  it('reads wrapped and run-together history lines as separate dated events', () => {
    expect(law.history.map((h) => [h.date, h.kind])).toEqual([
      ['2001-01-02', 'adopted'],
      ['2010-07-23', 'amended'],
      ['2016-12-01', 'revised'],
    ]);
    expect(law.history[1].text).toContain('〈中华人民共和国示例法〉的决定》第一次修正');
  });

  it('reads parts, chapters with sections, and puts each article under its headings', () => {
    expect(law.parts).toEqual([
      { number: 1, title: '总则' },
      { number: 2, title: '附则' },
    ]);
    expect(law.chapters).toEqual([
      { number: 1, title: '一般规定', partNumber: 1, sections: [{ number: 1, title: '程序' }] },
      { number: 2, title: '附则', partNumber: 2, sections: [] },
    ]);
    expect(
      law.articles.map((a) => [a.label, a.number, a.suffix, a.partNumber, a.chapterNumber, a.sectionNumber]),
    ).toEqual([
      ['第一条', 1, null, 1, 1, null],
      ['第二条', 2, null, 1, 1, null],
      ['第三条', 3, null, 1, 1, 1],
      ['第三条之一', 3, 1, 1, 1, 1],
      ['第四条', 4, null, 2, 2, null],
    ]);
  });

  it('splits an article into paragraphs (款) and attaches items (项) to the paragraph introducing them', () => {
    const second = law.articles[1];
    expect(second.paragraphs).toEqual([
      {
        number: 1,
        text: '有下列情形之一的，适用本法：',
        items: [
          { number: 1, text: '第一种情形；' },
          { number: 2, text: '第二种情形。' },
        ],
      },
      { number: 2, text: '前款规定以外的情形，不适用本法。', items: [] },
    ]);
    expect(second.text.split('\n')).toHaveLength(4);
  });

  it('reports no numbering warnings when articles run 1..N, with 之一 articles as extras', () => {
    expect(law.warnings).toEqual([]);
  });

  it('warns about gaps and duplicates in article numbers', () => {
    const gappy = parseLawMarkdown('x.md', '# 某条例\n\n第一条 甲。\n\n第三条 乙。\n\n第三条 丙。');
    expect(gappy.warnings).toEqual(['条号不连续：应为第2条，实为第三条', '第三条重复']);
    expect(gappy.versionDate).toBeNull();
  });

  it('keeps a heading with a malformed numeral as text and reports it', () => {
    const odd = parseLawMarkdown('x.md', '# 某条例\n\n第一条 甲。\n\n第一百五条 乙。');
    expect(odd.articles).toHaveLength(1);
    expect(odd.articles[0].paragraphs.map((p) => p.text)).toEqual(['甲。', '第一百五条 乙。']);
    expect(odd.warnings[0]).toContain('第5行');
  });

  it('falls back to the file name when the file has no heading', () => {
    const bare = parseLawMarkdown('某某办法(2020-01-01).md', '第一条 甲。');
    expect(bare.title).toBe('某某办法');
    expect(bare.articles).toHaveLength(1);
  });
});

describe('parseLawFileName', () => {
  it('accepts ASCII and full-width brackets and paths', () => {
    expect(parseLawFileName('laws/行政处罚法(2021-01-22).md')).toEqual({
      name: '行政处罚法',
      versionDate: '2021-01-22',
    });
    expect(parseLawFileName('行政强制法（2011-06-30）.md')).toEqual({ name: '行政强制法', versionDate: '2011-06-30' });
  });
});

describe('parseLawHistory', () => {
  it('drops the stray closing bracket the source leaves on the last line', () => {
    const [entry] = parseLawHistory([
      '2020年8月7日 《国务院关于修改〈行政执法机关移送涉嫌犯罪案件的规定〉的决定》修订）',
    ]);
    expect(entry).toEqual({
      date: '2020-08-07',
      kind: 'revised',
      text: '2020年8月7日 《国务院关于修改〈行政执法机关移送涉嫌犯罪案件的规定〉的决定》修订',
    });
  });
});

describe('classifyLaw (行政处罚法 第10–14条: who may make which kind of norm)', () => {
  it('a …法 passed by the NPC Standing Committee is a 法律', () => {
    expect(
      classifyLaw('中华人民共和国行政强制法', ['2011年6月30日 第十一届全国人民代表大会常务委员会第二十一次会议通过']),
    ).toEqual({
      level: '法律',
      issuer: '全国人民代表大会常务委员会',
    });
  });

  it('a State Council 条例 or 办法 is a 行政法规 even with the national prefix', () => {
    expect(
      classifyLaw('中华人民共和国政府信息公开条例', ['2007年4月5日 中华人民共和国国务院令第492号公布']).level,
    ).toBe('行政法规');
    expect(classifyLaw('无证无照经营查处办法', []).level).toBe('行政法规');
  });

  it('全国年节及纪念日放假办法 comes from the override table, not from its 法 ending', () => {
    expect(classifyLaw('全国年节及纪念日放假办法', ['1949年12月23日 政务院发布'])).toEqual({
      level: '行政法规',
      issuer: '国务院',
    });
  });

  it('a city 条例 passed by the city congress and approved by the province is the city’s 地方性法规', () => {
    expect(
      classifyLaw('江门市文明行为促进条例', [
        '2021年2月8日 江门市第十五届人民代表大会常务委员会第四十一次会议通过',
        '2021年3月18日 广东省第十三届人民代表大会常务委员会第三十次会议批准）',
      ]),
    ).toEqual({ level: '地方性法规', issuer: '江门市人民代表大会常务委员会' });
  });

  it('a provincial 办法 made by government order is a 规章', () => {
    expect(classifyLaw('广东省某某办法', ['2019年1月1日 广东省人民政府令第250号公布'])).toEqual({
      level: '规章',
      issuer: '广东省人民政府',
    });
  });

  it('a local 条例 without history is still a 地方性法规', () => {
    expect(classifyLaw('广东省某某条例', [])).toEqual({ level: '地方性法规', issuer: '广东省人民代表大会常务委员会' });
  });
});
