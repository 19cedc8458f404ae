import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, CN_HOLIDAYS_2024_2026 } from '../calendar/index';
import { idNumberCheckChar } from '../identifiers/id-number';
import { detectPersonalInformation } from './detect';
import {
  DEFAULT_DISCLOSURE_CONFIG,
  disclosureRule,
  publicationDueOn,
  publicationEndsOn,
  publicationNoticeSentence,
  withdrawalDueOn,
  withdrawalNotice,
} from './eligibility';
import { maskPersonName } from './names';
import { passesLuhn } from './patterns';
import { redactText } from './redact';
import { buildRendition, type RenditionSource } from './rendition';

const calendar = createCalendar(CN_HOLIDAYS_2024_2026);

function idNumber(body17: string): string {
  return body17 + idNumberCheckChar(body17)!;
}

function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d += 1) if (passesLuhn(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

const noContext = { removeNames: [], replaceNames: [], addresses: [], keep: [] };

describe('names (statement 70; 行政处罚结果信息网上公开暂行办法 第7条)', () => {
  it('statement 70: a natural person is published as surname + 某, a compound surname kept whole', () => {
    expect(maskPersonName('李小明')).toBe('李某');
    expect(maskPersonName('王五')).toBe('王某');
    expect(maskPersonName('欧阳修')).toBe('欧阳某');
    expect(maskPersonName('欧阳')).toBe('欧某');
    expect(maskPersonName('李某某')).toBe('李某某');
  });
});

describe('redaction of free text (statement 70; 个人信息保护法 第28条)', () => {
  it('statement 70: ID numbers, phones, accounts, e-mail, home addresses and third parties’ names go; the party shows as 李某', () => {
    const id = idNumber('44070319850315123');
    const card = luhnComplete('622202100112345678');
    const text =
      `当事人李小明（身份证号${id}，住江门市蓬江区杜阮镇龙榜村8号，电话 138-2345-6789，座机 0750-3312345，` +
      `邮箱 lxm@example.com，收款卡号 ${card.replace(/(\d{4})/g, '$1 ').trim()}，开户账号：44001234567890），` +
      `经证人张大伟指认，在杜阮镇中心广场占道经营。`;
    const r = redactText(text, {
      removeNames: ['张大伟'],
      replaceNames: [{ name: '李小明', shownAs: '李某' }],
      addresses: ['江门市蓬江区杜阮镇龙榜村8号'],
      keep: [],
    });
    expect(r.text).toBe(
      '当事人李某（身份证号（身份证件号码略），住（住址略），电话 （电话略），座机 （电话略），' +
        '邮箱 （邮箱略），收款卡号 （账号略），开户账号：（账号略）），经证人××指认，在杜阮镇中心广场占道经营。',
    );
    expect(r.counts).toEqual({ idNumber: 1, address: 1, phone: 2, email: 1, bankAccount: 2, personName: 1 });
  });

  it('statement 70: an organisation keeps its name and credit code; amounts, dates and document numbers stay', () => {
    const text =
      '江门市某某餐饮有限公司（统一社会信用代码914407030123456789）于2026年3月5日被处罚款10000元，蓬杜综执罚〔2026〕12号。';
    const r = redactText(text, { ...noContext, keep: ['914407030123456789'] });
    expect(r.text).toBe(text);
  });
});

describe('the detector before release (statement 70)', () => {
  const ctx = { personNames: ['李小明', '张大伟'], allowedNames: ['李某'], keep: [] as string[] };

  it('statement 70: holds an ID number with a valid check digit, a mobile, a Luhn card, an e-mail and an unmasked name', () => {
    const id = idNumber('44070319850315123');
    const card = luhnComplete('621700123456789012');
    const findings = detectPersonalInformation(
      { facts: `身份证${id}，手机13923456789，卡${card}，邮箱 a.b@qq.com，证人张大伟在场。` },
      ctx,
    );
    expect(findings.map((f) => f.kind).sort()).toEqual(['bankCard', 'email', 'idNumber', 'mobile', 'personName']);
    // The review screen shows findings masked, not in the clear.
    expect(findings.every((f) => !f.excerpt.includes(id) && !f.excerpt.includes('13923456789'))).toBe(true);
  });

  it('statement 70: a number failing its check digit or Luhn is not taken for an ID or a card; the published name 李某 passes', () => {
    const id = idNumber('44070319850315123');
    const wrongCheck = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const card = luhnComplete('621700123456789012');
    const notCard = card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);
    expect(detectPersonalInformation({ facts: `编号${wrongCheck}，流水${notCard}，当事人李某。` }, ctx)).toEqual([]);
  });

  it('个人信息保护法 第28条: words of health information hold the rendition for review', () => {
    expect(detectPersonalInformation({ facts: '当事人称其患有高血压。' }, ctx).map((f) => f.kind)).toEqual(['health']);
  });
});

// ── 200+ generated renditions with planted personal information: none leaks ────────────────
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '欧阳', '司马', '诸葛', '上官'];
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红梅鑫宇浩然子轩欣怡';
const ROADS = ['杜阮南路', '龙榜村工业路', '白沙大道', '建设二路', '跃进路', '井根村'];

const personName = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));
const idNumberArb = fc
  .tuple(
    fc.constantFrom('440703', '440704', '110101', '320102', '510104'),
    fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
    fc.boolean(),
  )
  .map(([area, birth, seq, lower]) => {
    const id = idNumber(`${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
    return lower ? id.toLowerCase() : id;
  });
const mobileArb = fc
  .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{9}$/))
  .map(([b, rest]) => `1${b}${rest}`);
const cardArb = fc
  .tuple(fc.constantFrom('62', '43', '52'), fc.integer({ min: 13, max: 16 }), fc.stringMatching(/^\d{16}$/))
  .map(([bin, len, digits]) => luhnComplete(bin + digits.slice(0, len)));
const emailArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), fc.constantFrom('qq.com', '163.com', 'example.cn'))
  .map(([u, d]) => `${u}@${d}`);
const addressArb = fc
  .tuple(fc.constantFrom(...ROADS), fc.integer({ min: 1, max: 300 }))
  .map(([road, n]) => `江门市蓬江区杜阮镇${road}${n}号`);
/** How a number is written in a record: plain, or in groups of four with spaces or dashes. */
const written = (digits: string, style: number) =>
  style === 0 ? digits : digits.replace(/(\d{4})(?=\d)/g, style === 1 ? '$1 ' : '$1-');

const planted = fc
  .record({
    party: personName,
    others: fc.uniqueArray(personName, { minLength: 1, maxLength: 3 }),
    organisation: fc.boolean(),
    id: idNumberArb,
    otherId: idNumberArb,
    mobile: mobileArb,
    card: cardArb,
    email: emailArb,
    home: addressArb,
    otherHome: addressArb,
    style: fc.integer({ min: 0, max: 2 }),
  })
  .filter((p) => !p.others.some((o) => o.includes(p.party) || p.party.includes(o)) && p.home !== p.otherHome);

type Planted = typeof planted extends fc.Arbitrary<infer T> ? T : never;

function sourceOf(p: Planted): RenditionSource {
  const mobile = p.style === 0 ? p.mobile : `${p.mobile.slice(0, 3)}-${p.mobile.slice(3, 7)}-${p.mobile.slice(7)}`;
  const facts =
    `${p.organisation ? '当事人的法定代表人' : '当事人'}${p.party}（公民身份号码${p.id}，住${p.home}，联系电话${mobile}，` +
    `电子邮箱${p.email}）于2026年3月5日在杜阮镇中心广场占道经营。证人${p.others.join('、')}证实上述事实，` +
    `其中${p.others[0]}（身份证${p.otherId}，住${p.otherHome}）提供了照片。当事人称罚款可汇入其银行卡 ${written(p.card, p.style)}。`;
  return {
    agencyName: '江门市蓬江区杜阮镇人民政府',
    documentNumber: '蓬杜综执罚〔2026〕12号',
    decidedOn: '2026-03-20',
    party: p.organisation
      ? {
          kind: 'organisation',
          name: '江门市杜阮某某餐饮有限公司',
          creditCode: '91440703MA4WXXXX1X',
          representative: { name: p.party, idNumber: p.id, address: p.home, phone: p.mobile },
        }
      : { kind: 'person', name: p.party, idNumber: p.id, address: p.home, phone: p.mobile },
    otherPersons: p.others.map((name, i) => (i === 0 ? { name, idNumber: p.otherId, address: p.otherHome } : { name })),
    item: { code: 'CSGL-001', name: '对占道经营的行政处罚' },
    facts,
    evidence: `现场照片、询问笔录（被询问人${p.party}，电话${p.mobile}）`,
    basis: [{ title: '《江门市市容和环境卫生管理条例》', article: '第二十一条' }],
    penalty: '罚款500元',
    benchmark:
      '依据《江门市城市管理行政处罚裁量基准》第3项，当事人系初次违法且已及时改正，属从轻情形，在200元至500元幅度内处罚',
    reasoning: `当事人${p.party}陈述其系初次违法，本机关予以采纳。`,
    steps: [
      { label: '立案', on: '2026-03-05' },
      { label: '作出处罚决定', on: '2026-03-20' },
    ],
  };
}

describe('no personal information leaks from a rendition (statement 70)', () => {
  it('statement 70: 250 generated decisions with planted ID numbers, phones, cards, e-mails, homes and names publish none of them', () => {
    fc.assert(
      fc.property(planted, (p) => {
        const built = buildRendition(sourceOf(p), { personNames: 'surname' });
        const published = JSON.stringify(built.rendition);
        const secrets = [
          p.id,
          p.id.toUpperCase(),
          p.otherId,
          p.otherId.toUpperCase(),
          p.mobile,
          `${p.mobile.slice(0, 3)}-${p.mobile.slice(3, 7)}-${p.mobile.slice(7)}`,
          p.card,
          written(p.card, p.style),
          p.email,
          p.home,
          p.otherHome,
          p.party,
          ...p.others,
        ];
        for (const s of secrets) expect(published, s).not.toContain(s);
        expect(built.findings).toEqual([]);
        if (!p.organisation) expect(built.rendition.party.name).toBe(maskPersonName(p.party));
        else
          expect(built.rendition.party).toMatchObject({
            name: '江门市杜阮某某餐饮有限公司',
            creditCode: '91440703MA4WXXXX1X',
          });
      }),
      { numRuns: 250, seed: 20261207 },
    );
  });

  it('statement 70: where local rules publish the full name, the party’s name stays and the detector lets it pass', () => {
    const p = fc.sample(
      planted.filter((x) => !x.organisation),
      { numRuns: 1, seed: 7 },
    )[0];
    const built = buildRendition(sourceOf(p), { personNames: 'full' });
    expect(built.rendition.party.name).toBe(p.party);
    expect(built.findings).toEqual([]);
    for (const o of p.others) expect(JSON.stringify(built.rendition)).not.toContain(o);
  });
});

describe('what is published, and when (statements 68, 69, 71)', () => {
  const base = {
    procedure: 'ordinary',
    outcome: 'penalty',
    penaltyKinds: ['fine'],
    partyAgeAtAct: 40,
    sector: null,
  } as const;

  it('statement 71 (暂行办法 第5条): a decision against a minor is never published', () => {
    expect(disclosureRule({ ...base, partyAgeAtAct: 17 }, DEFAULT_DISCLOSURE_CONFIG)).toEqual({
      publish: false,
      reason: 'minor',
    });
    expect(disclosureRule({ ...base, partyAgeAtAct: 18 }, DEFAULT_DISCLOSURE_CONFIG)).toEqual({ publish: true });
  });

  it('statement 68: ordinary-procedure penalties are published; summary, no-penalty and (in market regulation) warning-only decisions are not', () => {
    expect(disclosureRule({ ...base, procedure: 'summary' }, DEFAULT_DISCLOSURE_CONFIG)).toMatchObject({
      publish: false,
    });
    expect(disclosureRule({ ...base, outcome: 'noPenalty' }, DEFAULT_DISCLOSURE_CONFIG)).toMatchObject({
      publish: false,
    });
    const warning = { ...base, penaltyKinds: ['warning'] };
    expect(disclosureRule({ ...warning, sector: 'marketRegulation' }, DEFAULT_DISCLOSURE_CONFIG)).toEqual({
      publish: false,
      reason: 'warningOnly',
    });
    expect(disclosureRule({ ...warning, sector: 'urbanManagement' }, DEFAULT_DISCLOSURE_CONFIG)).toEqual({
      publish: true,
    });
  });

  it('statement 68 (国办发〔2018〕118号): due 7 working days after the decision, over the National Day holiday and its make-up Saturday', () => {
    expect(publicationDueOn('2025-09-29', DEFAULT_DISCLOSURE_CONFIG, calendar)).toBe('2025-10-15');
  });

  it('statement 69 (行政处罚法 第48条第2款): withdrawn within 3 working days of the change, with the reason in the notice', () => {
    expect(withdrawalDueOn('2025-09-30', calendar)).toBe('2025-10-11');
    expect(withdrawalNotice('蓬杜综执罚〔2025〕8号', 'revoked', '2025-10-09')).toBe(
      '蓬杜综执罚〔2025〕8号行政处罚决定信息已于2025-10-09撤回：行政处罚决定已撤销（行政处罚法 第48条第2款）。',
    );
  });

  it('statement 72 (市场监督管理行政处罚信息公示规定 第8条): the served decision says it will be published, and where', () => {
    expect(publicationNoticeSentence('蓬江区行政执法公示平台')).toBe(
      '根据《中华人民共和国行政处罚法》第四十八条的规定，本行政处罚决定信息将在蓬江区行政执法公示平台依法向社会公开。',
    );
  });

  it('publication ends by itself after the configured period', () => {
    expect(publicationEndsOn('2026-03-20', DEFAULT_DISCLOSURE_CONFIG, calendar)).toBe('2029-03-20');
  });
});
