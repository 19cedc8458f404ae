// Statement 70 on 200+ generated decisions: personal information planted in the structured case data
// (the party's ID number, home address and phone, a bank card, an e-mail, a witness's name, health
// words) goes through the server's rendition generation (generateRendition, the same function the
// decision's command uses). None reaches the public unnoticed: each planted value is either removed
// by the redaction or caught by the detector, which holds the rendition for review.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, initialCaseState, type CaseState, type DecisionState } from '@zhifa/domain';
import { generateRendition } from '../../src/modules/disclosure/open-task';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '欧阳', '司马'];
const GIVEN = ['伟', '芳', '秀英', '建国', '小明', '丽娟', '志强', '海燕', '国庆', '红'];

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const arbPlant = fc.record({
  surname: fc.constantFrom(...SURNAMES),
  given: fc.constantFrom(...GIVEN),
  witnessSurname: fc.constantFrom(...SURNAMES),
  witnessGiven: fc.constantFrom(...GIVEN),
  birth: fc.date({ min: new Date('1950-01-01'), max: new Date('2000-12-31'), noInvalidDate: true }),
  seq: fc.integer({ min: 100, max: 999 }),
  mobile: fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.integer({ min: 100_000_000, max: 999_999_999 })),
  card: fc.integer({ min: 100_000_000, max: 999_999_999 }),
  mailbox: fc.stringMatching(/^[a-z][a-z0-9]{2,9}$/),
  road: fc.constantFrom('杜阮南路', '白沙大道', '潮连东街', '棠下中路'),
  number: fc.integer({ min: 1, max: 999 }),
  where: fc.constantFrom('facts', 'reasoning', 'benchmark'),
  health: fc.boolean(),
  organisation: fc.boolean(),
});

type Plant = typeof arbPlant extends fc.Arbitrary<infer T> ? T : never;

function planted(p: Plant) {
  const base = `440703${p.birth.toISOString().slice(0, 10).replace(/-/g, '')}${p.seq}`;
  const card = `622202${p.card}`;
  return {
    name: `${p.surname}${p.given}`,
    witness: `${p.witnessSurname}${p.witnessGiven}${p.witnessGiven === p.given ? '甲' : ''}`,
    idNumber: base + idNumberCheckChar(base)!,
    mobile: `${p.mobile[0]}${p.mobile[1]}`,
    card: card + luhnDigit(card),
    email: `${p.mailbox}@example.com`,
    address: `${p.road}${p.number}号`,
  };
}

function caseWith(p: Plant): { state: CaseState; decision: DecisionState } {
  const v = planted(p);
  const state = initialCaseState({
    caseId: 'c1',
    agencyId: 'a1',
    procedure: 'ordinary',
    createdAt: '2026-03-02',
    createdBy: 'u1',
  });
  const party = p.organisation
    ? {
        kind: 'organisation' as const,
        name: '江门市某某贸易有限公司',
        idNumber: '91440703MA4UJ5W06X',
        legalRepresentative: v.name,
      }
    : { kind: 'person' as const, name: v.name, idNumber: v.idNumber, address: v.address };
  state.party = party;
  state.parties = [
    { ...party, id: 'P1', addedOn: '2026-03-02', seq: 1 },
    { kind: 'person', name: v.witness, id: 'P2', addedOn: '2026-03-02', seq: 2, address: '某处' },
  ];
  state.items = [{ code: 'TC-CG-001', name: '擅自占用城市道路摆摊设点' }];
  const leak = `${v.name}（身份证号 ${v.idNumber}，电话 ${v.mobile}，住 ${v.address}）将款项从银行卡 ${v.card} 转出，邮箱 ${v.email}，证人${v.witness}在场${p.health ? '，其称患有高血压' : ''}`;
  const text = (field: string) => (p.where === field ? leak : '依法调查核实');
  const decision = {
    outcome: 'penalty',
    number: '蓬杜综执罚〔2026〕1号',
    penalty: { lines: [{ kind: 'fine', amount: 500 }] },
    basis: [{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第八十四条' }],
    decidedOn: '2026-03-02',
    document: {
      facts: `当事人在杜阮南路占道摆卖。${text('facts')}`,
      partyAddress: v.address,
      discretion: { tier: 'standard', reasoning: text('reasoning'), benchmarkApplication: text('benchmark') },
    },
  } as unknown as DecisionState;
  state.decision = decision;
  state.decisions = [decision];
  return { state, decision };
}

describe('rendition generation with planted personal information', () => {
  it('statement 70 (暂行办法 第7条; 个人信息保护法 第28条): on 250 generated decisions nothing planted reaches the public unnoticed', () => {
    let redactedAll = 0;
    let held = 0;
    fc.assert(
      fc.property(arbPlant, (p) => {
        const v = planted(p);
        const { state, decision } = caseWith(p);
        const built = generateRendition(state, decision, '杜阮镇人民政府', decision.number, { personNames: 'surname' });
        const text = JSON.stringify(built.rendition);
        const secrets = [
          v.idNumber,
          v.mobile,
          v.card,
          v.email,
          v.address,
          v.witness,
          ...(p.organisation ? [v.name] : []),
        ];
        const leaked = secrets.filter((s) => text.includes(s));
        // Either the redaction removed it, or the detector found something and holds the rendition.
        if (leaked.length > 0) expect(built.findings.length).toBeGreaterThan(0);
        // The party's own full name never appears (surname + 某), unless it is an organisation's.
        if (!p.organisation) expect(text).not.toContain(v.name);
        if (p.health) expect(built.findings.some((f) => f.kind === 'health')).toBe(true);
        if (leaked.length === 0) redactedAll++;
        if (built.findings.length > 0) held++;
      }),
      { numRuns: 250, seed: 20261207 },
    );
    // The redaction does the work; the detector is the net behind it.
    expect(redactedAll).toBe(250);
    expect(held).toBeGreaterThan(0);
  });
});
