import { describe, expect, it } from 'vitest';
import { documentText, documentTextLines, type DocumentSource } from './document-text';

const payee = { accountName: '蓬杜镇财政所', bank: '农业银行蓬杜支行', accountNumber: '6228000011112222' };

function decision(content: Record<string, unknown>, kind = 'penaltyDecision'): DocumentSource {
  return {
    kind,
    title: '行政处罚决定书',
    number: '蓬杜综执罚〔2026〕3号',
    issuedOn: '2026-12-07',
    agencyName: '蓬杜镇人民政府',
    payload: { caseNumber: '蓬杜综执〔2026〕12号', partyName: '张三', action: 'decide', content },
    payee,
    provisional: false,
    version: 1,
    correctionReason: null,
  };
}

const decided = {
  outcome: 'penalty',
  partyAddress: '蓬杜镇东街1号',
  facts: '当事人于2026年11月1日在东街占道经营。',
  basis: [{ level: 'localRegulation', title: '城市市容和环境卫生管理条例', article: '第三十六条' }],
  penalty: {
    lines: [{ kind: 'fine', amount: 1500 }, { kind: 'warning' }],
    benchmarkApplication: '适用《蓬杜县城管裁量基准》第3项一般情节，罚款1500元。',
  },
  discretion: { tier: 'general', reasoning: '首次违法，配合调查。' },
  remedies: {
    reconsiderationBody: '蓬杜县人民政府',
    court: '蓬杜县人民法院',
    text: '如不服本决定，可以在收到本决定书之日起六十日内向蓬杜县人民政府申请行政复议，也可以在六个月内依法向蓬杜县人民法院提起行政诉讼。',
  },
};

describe('documentText: 行政处罚决定书 (行政处罚法 第59条)', () => {
  const t = documentText(decision(decided));
  const all = documentTextLines(t).join('\n');

  it('heads with the agency, the document name and its number, and signs with the date in Chinese', () => {
    expect(t.agencyName).toBe('蓬杜镇人民政府');
    expect(t.title).toBe('行政处罚决定书');
    expect(t.number).toBe('蓬杜综执罚〔2026〕3号');
    expect(t.signature.date).toBe('二〇二六年十二月七日');
    expect(t.decision).toBe(true);
  });

  it('states the party, facts, basis, penalty with the fine in figures and capitals (第59条第1款)', () => {
    expect(all).toContain('当事人：张三');
    expect(all).toContain('地址：蓬杜镇东街1号');
    expect(all).toContain('东街占道经营');
    expect(all).toContain('《城市市容和环境卫生管理条例》第三十六条');
    expect(all).toContain('罚款人民币1,500.00元（大写：壹仟伍佰元整）');
    expect(all).toContain('警告');
  });

  it('prints the benchmark explanation the decision payload carries', () => {
    expect(all).toContain('裁量基准适用说明');
    expect(all).toContain('适用《蓬杜县城管裁量基准》第3项一般情节');
  });

  it('states payment to the configured account and the 3%-a-day surcharge (第67条, 第72条)', () => {
    expect(all).toContain('账号：6228000011112222');
    expect(all).toContain('每日按罚款数额的百分之三加处罚款');
  });

  it('states the remedies: reconsideration within 60 days, litigation within 6 months (第59条第1款第5项)', () => {
    expect(all).toContain('六十日内向蓬杜县人民政府申请行政复议');
    expect(all).toContain('六个月内依法向蓬杜县人民法院提起行政诉讼');
  });

  it('statement 72 (市场监督管理行政处罚信息公示规定 第8条): a decision to be published says so; one that will not be, does not', () => {
    const published = decision(decided);
    published.payload = { ...published.payload, publication: true };
    expect(documentTextLines(documentText(published)).join('\n')).toContain(
      '本行政处罚决定信息将在行政执法信息公示平台依法向社会公开',
    );
    expect(all).not.toContain('向社会公开');
  });

  it('a decision without a fine has no surcharge sentence and no payment instruction', () => {
    const warning = documentTextLines(
      documentText(decision({ ...decided, penalty: { lines: [{ kind: 'warning' }] } })),
    ).join('\n');
    expect(warning).not.toContain('百分之三');
    expect(warning).not.toContain('账号');
  });

  it('prints a provisional deadline as provisional, and a correction with its reason', () => {
    const t2 = documentText({
      ...decision(decided),
      provisional: true,
      version: 2,
      correctionReason: '当事人地址笔误',
    });
    expect(t2.notes.join('\n')).toContain('暂算');
    expect(t2.notes.join('\n')).toContain('更正（第2版）：当事人地址笔误');
  });
});

describe('documentText: other documents', () => {
  it('不予行政处罚决定书 states the ground and the remedies (第33条, 第59条)', () => {
    const t = documentText({
      ...decision({ ...decided, outcome: 'noPenalty', noPenaltyGround: 'firstOffenceMinor' }, 'noPenaltyDecision'),
      title: '不予行政处罚决定书',
    });
    const all = documentTextLines(t).join('\n');
    expect(all).toContain('不予行政处罚');
    expect(all).toContain('六十日内');
  });

  it('行政处罚事先告知书 tells the intended penalty and the rights of 第44条', () => {
    const t = documentText({
      ...decision(
        {
          intendedPenalty: { lines: [{ kind: 'fine', amount: 100.5 }] },
          facts: '占道经营',
          reasons: '违反条例',
          basis: decided.basis,
          rights: { statement: true, defence: true, hearing: false },
        },
        'penaltyNotice',
      ),
      title: '行政处罚事先告知书',
    });
    const all = documentTextLines(t).join('\n');
    expect(all).toContain('壹佰元伍角');
    expect(all).toContain('第四十四条');
    expect(all).toContain('陈述、申辩');
  });

  it('听证告知书 tells the hearing right within five days (第63–64条)', () => {
    const t = documentText({
      ...decision({ intendedPenalty: { lines: [{ kind: 'fine', amount: 20000 }] } }, 'hearingRightsNotice'),
    });
    const all = documentTextLines(t).join('\n');
    expect(all).toContain('第六十四条');
    expect(all).toContain('五日内');
    expect(all).toContain('贰万元整');
  });

  it('a record with no builder of its own prints its payload fields under their Chinese labels', () => {
    const t = documentText({
      ...decision(
        { hearingDate: '2026-12-20', place: '镇政府二楼会议室', public: true, presiderId: 'p1', agents: [] },
        'hearingNotice',
      ),
      title: '听证通知书',
      payload: {
        caseNumber: 'X',
        partyName: '张三',
        action: 'scheduleHearing',
        content: {
          hearingDate: '2026-12-20',
          noticeDate: '2026-12-10',
          place: '镇政府二楼会议室',
          public: true,
          presiderId: 'p1',
          agents: [],
        },
      },
    });
    const all = documentTextLines(t).join('\n');
    expect(all).toContain('听证日期：2026年12月20日');
    expect(all).toContain('听证地点：镇政府二楼会议室');
    expect(all).toContain('公开举行：是');
    expect(all).not.toContain('p1');
    expect(t.decision).toBe(false);
  });

  it('催告书 states the amount in capitals, the period and the right to be heard (行政强制法 第35条)', () => {
    const t = documentText({
      ...decision({ servedOn: '2026-04-01', performBy: '2026-04-11', amount: 1500, method: '缴至指定银行' }, 'demand'),
      title: '催告书',
    });
    const all = documentTextLines(t).join('\n');
    expect(all).toContain('2026年4月11日前履行缴纳人民币1,500.00元（大写：壹仟伍佰元整）');
    expect(all).toContain('第三十五条');
    expect(all).toContain('陈述和申辩');
  });
});

describe('documentText: 协助函 (行政处罚法 第26条)', () => {
  const letter = (content: Record<string, unknown>): DocumentSource => ({
    ...decision(content, 'assistanceLetter'),
    title: '协助函',
    number: '蓬杜综执协〔2026〕1号',
    payload: { caseNumber: '蓬杜综执〔2026〕12号', partyName: '张三', action: 'requestAssistance', content },
  });

  it('行政处罚法 第26条: addressed to the body asked, citing the article, with the matters, the reason and the reply date', () => {
    const t = documentText(
      letter({
        toAgency: '蓬杜县自然资源局蓬杜自然资源所',
        matters: '出具东街1号地块的土地利用现状和规划用途证明。',
        reason: '认定当事人占用土地的性质。',
        replyBy: '2026-12-20',
        agencyContact: '李四 0750-1234567',
      }),
    );
    const all = documentTextLines(t).join('\n');
    expect(t.sections[0].text).toBe('蓬杜县自然资源局蓬杜自然资源所：');
    expect(all).toContain('张三涉嫌违法（蓬杜综执〔2026〕12号）一案');
    expect(all).toContain('《中华人民共和国行政处罚法》第二十六条');
    expect(all).toContain('出具东街1号地块的土地利用现状和规划用途证明。');
    expect(all).toContain('请于2026年12月20日前将协助情况函复本机关。联系人及电话：李四 0750-1234567。');
    expect(t.partySignature).toBe(false);
    expect(t.decision).toBe(false);
  });

  it('without a reply date the letter asks for a reply without one', () => {
    const all = documentTextLines(
      documentText(letter({ toAgency: '某所', matters: '核实身份。', reason: '查明当事人。' })),
    ).join('\n');
    expect(all).toContain('请将协助情况函复本机关。');
    expect(all).not.toContain('请于');
  });
});

describe('documentText: 当场行政处罚决定书 (行政处罚法 第52条)', () => {
  const spot = {
    party: { kind: 'person', name: '李某某', address: '杜阮南路8号' },
    violation: '携带犬只未用牵引带牵领',
    place: '杜阮镇中心广场',
    occurredAt: '2026-12-07T09:30',
    basis: [{ level: 'localRegulation', title: '江门市文明行为促进条例', article: '第五十条' }],
    penalty: { lines: [{ kind: 'fine', amount: 100 }] },
    remediesText: '如不服本决定，应当先申请行政复议。',
  };
  const lines = (content: Record<string, unknown>) =>
    documentTextLines(documentText(decision(content, 'onTheSpotDecision'))).join('\n');

  it('行政处罚法 第34条, 第52条: the form states how the benchmark applied, when the decision carries it', () => {
    const sentence =
      '依据《蓬江区城市管理行政处罚裁量基准》（蓬城管规〔2024〕1号）第28项，当事人系初次违法，属从轻情形';
    const all = lines({ ...spot, benchmarkApplication: sentence });
    expect(all).toContain('裁量基准适用说明');
    expect(all.indexOf(sentence)).toBeLessThan(all.indexOf('行政处罚的种类和数额'));
    expect(lines(spot)).not.toContain('裁量基准适用说明');
  });
});
