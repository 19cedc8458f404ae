import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateBenchmark,
  calculateWithVersion,
  monthsBefore,
  priorOffencesWithin,
  type BenchmarkFacts,
} from './calculate';
import type { BenchmarkVersionContent } from './model';
import {
  FUNERAL_MULTIPLE,
  JIAXING_AREA,
  PLANNING_PERCENT,
  ROAD_PER_AREA,
  SIGNS_ADDITIVE,
  WUYUAN_SEVERITY,
  ZHONGSHAN_DUMPING,
  ZHONGSHAN_SORTING,
  stored,
} from './samples.test-support';

const ORG = { kind: 'organisation' as const };
const PERSON = { kind: 'person' as const, ageAtAct: 40 };
const ACT = '2024-06-01';

function calc(
  v: BenchmarkVersionContent,
  facts: BenchmarkFacts,
  party: { kind: 'organisation' | 'person'; ageAtAct?: number | null } = ORG,
) {
  return calculateWithVersion(stored(v), party, facts, ACT);
}

describe('outcome shapes (第34条, 国办发〔2022〕27号)', () => {
  it('a fixed amount: 中山 未分类投放, first offence, 单位 5000元 and 个人 100元', () => {
    const org = calc(ZHONGSHAN_SORTING, { priorOffenceDates: [], correctedInTime: false, harm: 'general' });
    expect(org).toMatchObject({
      tier: 'lenient',
      sourceLabel: '初次',
      outcomeKind: 'fixed',
      allowed: { min: 5000, max: 5000 },
    });
    expect(org.explanation).toBe(
      '依据《中山市生活垃圾分类行政处罚裁量基准》（江司发〔2024〕3号）第15项，当事人系初次违法，属从轻情形（基准表述：初次），处罚款5000元',
    );
    const person = calc(ZHONGSHAN_SORTING, { priorOffenceDates: [], correctedInTime: false }, PERSON);
    expect(person.allowed).toEqual({ min: 100, max: 100 });
  });

  it('an amount range: 嘉兴 area 3平方米, 单位 500–1500元, 个人 200–500元', () => {
    expect(calc(JIAXING_AREA, { area: 3 }).allowed).toEqual({ min: 500, max: 1500 });
    expect(calc(JIAXING_AREA, { area: 3 }, PERSON).allowed).toEqual({ min: 200, max: 500 });
  });

  it('a rate per unit: 50–100元/平方米 × 30平方米 is 1500–3000元', () => {
    const r = calc(ROAD_PER_AREA, { correctedInTime: true, area: 30 });
    expect(r).toMatchObject({ tier: 'lenient', outcomeKind: 'perUnit', allowed: { min: 1500, max: 3000 } });
    expect(r.explanation).toContain('按50至100元/平方米、面积30平方米计，在1500元至3000元幅度内处罚');
  });

  it('a rate per unit stays inside the legal range (第30–32条: never above the maximum)', () => {
    const r = calc(ROAD_PER_AREA, { correctedInTime: false, area: 150 });
    expect(r.allowed).toEqual({ min: 15000, max: 20000 });
    expect(r.explanation).toContain('不超过法定上限20000元');
    expect(calc(ROAD_PER_AREA, { correctedInTime: true, area: 2 }).allowed).toEqual({ min: 500, max: 500 });
  });

  it('a multiple of a base: 殡葬 第22条, 一般 1.6–2.4倍 of sales 10000元', () => {
    const r = calc(FUNERAL_MULTIPLE, { harm: 'general', bases: { salesAmount: 10000 } });
    expect(r).toMatchObject({ tier: 'standard', outcomeKind: 'ofBase', allowed: { min: 16000, max: 24000 } });
    expect(r.explanation).toContain('按销售金额10000元的1.6倍至2.4倍计');
  });

  it('a percentage of a base: 工程造价 200000元 × 5%–7%', () => {
    const r = calc(PLANNING_PERCENT, { correctedInTime: true, bases: { projectCost: 200000 } });
    expect(r.allowed).toEqual({ min: 10000, max: 14000 });
    expect(r.explanation).toContain('按工程造价200000元的5%至7%计');
  });

  it('a base that is not recorded is named as a missing fact', () => {
    const r = calc(PLANNING_PERCENT, { correctedInTime: true });
    expect(r.allowed).toBeNull();
    expect(r.missingFacts).toContain('工程造价');
  });

  it('an additive formula: 1000元 plus 500元 per further breach, capped at 5000元', () => {
    expect(calc(SIGNS_ADDITIVE, { breaches: 1 }).allowed).toEqual({ min: 1000, max: 1000 });
    expect(calc(SIGNS_ADDITIVE, { breaches: 4 }).allowed).toEqual({ min: 2500, max: 2500 });
    expect(calc(SIGNS_ADDITIVE, { breaches: 30 }).allowed).toEqual({ min: 5000, max: 5000 });
  });

  it('no penalty: 五原 情节轻微 (no harm, corrected) is a 不予处罚 row', () => {
    const r = calc(WUYUAN_SEVERITY, { harm: 'none', correctedInTime: true });
    expect(r).toMatchObject({ tier: 'noPenalty', sourceLabel: '情节轻微', allowed: null });
    expect(r.explanation).toContain('依法不予行政处罚');
  });

  it('五原 情节严重 1000–3000元, 特别严重 3000–5000元', () => {
    expect(calc(WUYUAN_SEVERITY, { harm: 'general', correctedInTime: false }).allowed).toEqual({
      min: 1000,
      max: 3000,
    });
    expect(calc(WUYUAN_SEVERITY, { harm: 'serious', correctedInTime: false }).allowed).toEqual({
      min: 3000,
      max: 5000,
    });
  });
});

describe('bands that touch or overlap, and boundary values', () => {
  it('嘉兴 bands touch at 5平方米: exactly 5 falls in the lighter band (5平方米以下)', () => {
    const r = calc(JIAXING_AREA, { area: 5 });
    expect(r).toMatchObject({ tierNo: 1, tier: 'lenient', allowed: { min: 500, max: 1500 } });
  });

  it('嘉兴: just above 5 is the middle band; exactly 10 stays in the middle (the top band starts above 10)', () => {
    expect(calc(JIAXING_AREA, { area: 5.01 }).tierNo).toBe(2);
    expect(calc(JIAXING_AREA, { area: 10 }).tierNo).toBe(2);
    expect(calc(JIAXING_AREA, { area: 10.5 }).tierNo).toBe(3);
  });

  it('中山: exactly 10立方米 is 10立方米以下, above 10 up to 20 the middle band, above 20 the top', () => {
    expect(calc(ZHONGSHAN_DUMPING, { volume: 10 }).tierNo).toBe(1);
    expect(calc(ZHONGSHAN_DUMPING, { volume: 10.1 }).tierNo).toBe(2);
    expect(calc(ZHONGSHAN_DUMPING, { volume: 20 }).tierNo).toBe(2);
    expect(calc(ZHONGSHAN_DUMPING, { volume: 25 }).tierNo).toBe(3);
  });

  it('overlapping bands: a value in the overlap takes the lighter band', () => {
    const overlapping: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [
        { ...JIAXING_AREA.tiers[0], when: [{ area: { max: 6 } }] },
        { ...JIAXING_AREA.tiers[1], when: [{ area: { min: 4, max: 10 } }] },
        JIAXING_AREA.tiers[2],
      ],
    };
    expect(calc(overlapping, { area: 5 }).tierNo).toBe(1);
    expect(calc(overlapping, { area: 6.5 }).tierNo).toBe(2);
  });

  it('「或者再次违法」 raises the tier even when the volume is small', () => {
    const r = calc(ZHONGSHAN_DUMPING, { volume: 3, priorOffenceDates: ['2024-01-10'] });
    expect(r).toMatchObject({ tierNo: 2, tier: 'standard', allowed: { min: 15000, max: 30000 } });
    expect(r.reasons).toContain('系第2次同类违法');
  });

  it('the third offence reaches the top tier', () => {
    expect(calc(ZHONGSHAN_DUMPING, { volume: 3, priorOffenceDates: ['2023-09-01', '2024-02-01'] }).tierNo).toBe(3);
  });
});

describe('party types (单位/个人 with separate amounts)', () => {
  it('中山 随意倾倒: an individual pays 200元 in every band', () => {
    for (const volume of [1, 15, 40])
      expect(calc(ZHONGSHAN_DUMPING, { volume }, PERSON).allowed).toEqual({ min: 200, max: 200 });
  });

  it('a tier written for 单位 only does not apply to an individual', () => {
    const split: BenchmarkVersionContent = {
      ...WUYUAN_SEVERITY,
      tiers: [
        {
          no: 1,
          sourceLabel: '单位',
          tier: 'standard',
          when: [{ partyType: 'organisation' }],
          outcome: { kind: 'range', min: 2000, max: 5000 },
        },
        {
          no: 2,
          sourceLabel: '个人',
          tier: 'standard',
          when: [{ partyType: 'person' }],
          outcome: { kind: 'range', min: 1000, max: 2000 },
        },
      ],
    };
    expect(calc(split, {}, PERSON)).toMatchObject({ tierNo: 2, allowed: { min: 1000, max: 2000 } });
    expect(calc(split, {}, ORG)).toMatchObject({ tierNo: 1, allowed: { min: 2000, max: 5000 } });
  });
});

describe('the first-offence window', () => {
  it('counts earlier offences within the look-back window only', () => {
    expect(monthsBefore('2024-06-01', 12)).toBe('2023-06-01');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(priorOffencesWithin(['2023-05-31', '2023-06-01', '2024-05-31', '2024-06-01'], '2024-06-01', 12)).toBe(2);
    expect(priorOffencesWithin(['2010-01-01'], '2024-06-01', 0)).toBe(1);
  });

  it('an offence older than the 12-month window leaves the party a first offender (中山 初次)', () => {
    const r = calc(ZHONGSHAN_SORTING, { priorOffenceDates: ['2023-05-01'], correctedInTime: false });
    expect(r).toMatchObject({ tierNo: 1, sourceLabel: '初次' });
  });

  it('an offence inside the window makes it 再次', () => {
    const r = calc(ZHONGSHAN_SORTING, { priorOffenceDates: ['2023-07-01'], correctedInTime: false });
    expect(r).toMatchObject({ tierNo: 2, sourceLabel: '再次', allowed: { min: 10000, max: 10000 } });
  });

  it('首违不罚 list: its own 24-month window, first offence, no harm, corrected → no penalty', () => {
    const r = calc(ZHONGSHAN_SORTING, { priorOffenceDates: [], harm: 'none', correctedInTime: true });
    expect(r).toMatchObject({ tier: 'noPenalty', exemption: 'firstOffence' });
    expect(r.explanation).toContain('列入首违不罚清单');
    // 18 months earlier: outside the tier's 12-month window but inside the list's 24 months.
    const older = calc(ZHONGSHAN_SORTING, { priorOffenceDates: ['2022-12-01'], harm: 'none', correctedInTime: true });
    expect(older).toMatchObject({ tier: 'lenient', exemption: null });
  });
});

describe('statutory overrides beat any table (行政处罚法 第30–33条)', () => {
  const heavy = { volume: 40 };
  it('第30条: a party under 14 is not penalised, whatever the table says', () => {
    const r = calc(ZHONGSHAN_DUMPING, heavy, { kind: 'person', ageAtAct: 13 });
    expect(r).toMatchObject({ tier: 'noPenalty', allowed: null });
    expect(r.override?.article).toContain('第三十条');
    expect(r.explanation).toContain('责令监护人加以管教');
  });

  it('第30条: a party aged 14 to 18 gets 从轻 at most (the table’s 从轻 row)', () => {
    const r = calc(JIAXING_AREA, { area: 20 }, { kind: 'person', ageAtAct: 16 });
    expect(r).toMatchObject({ tier: 'lenient', tierNo: 1, allowed: { min: 200, max: 500 } });
    expect(r.override?.article).toContain('第三十条');
  });

  it('第32条: a mitigating circumstance rules out 一般 and 从重', () => {
    const r = calc(JIAXING_AREA, { area: 8, mitigating: true });
    expect(r.tier).toBe('lenient');
    expect(r.override?.article).toContain('第三十二条');
  });

  it('第32条 without a 从轻 row: the lowest 30% of the legal range', () => {
    const r = calc(WUYUAN_SEVERITY, { harm: 'serious', mitigating: true });
    expect(r).toMatchObject({ tier: 'lenient', allowed: { min: 1000, max: 2200 } });
  });

  it('第31条: a party who could not recognise or control the act is not penalised', () => {
    expect(calc(JIAXING_AREA, { area: 20, mentalCapacity: 'none' }, PERSON).tier).toBe('noPenalty');
  });

  it('第33条第1款: minor, corrected and no harm means no penalty', () => {
    const r = calc(ZHONGSHAN_DUMPING, { volume: 40, minorViolation: true, correctedInTime: true, harm: 'none' });
    expect(r).toMatchObject({ tier: 'noPenalty' });
    expect(r.override?.article).toContain('第三十三条第一款');
  });

  it('第33条第1款 首违可以不罚: first offence, slight harm, corrected — the tier stands and no penalty is offered', () => {
    const r = calc(ROAD_PER_AREA, { priorOffenceDates: [], harm: 'minor', correctedInTime: true, area: 10 });
    expect(r).toMatchObject({ tier: 'lenient', mayNotPenalise: true });
    expect(
      calc(ROAD_PER_AREA, { priorOffenceDates: ['2024-01-01'], harm: 'minor', correctedInTime: true, area: 10 })
        .mayNotPenalise,
    ).toBe(false);
  });
});

describe('version choice by act date (第37条 从旧兼从轻)', () => {
  const v2024 = stored({ ...JIAXING_AREA, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' }, 'v2024');
  const lighter2025 = stored(
    {
      ...JIAXING_AREA,
      documentNumber: '江司发〔2025〕9号',
      effectiveFrom: '2025-07-01',
      tiers: JIAXING_AREA.tiers.map((t) =>
        t.no === 2 ? { ...t, outcome: { kind: 'range' as const, min: 1000, max: 1500 } } : t,
      ),
    },
    'v2025',
  );
  const heavier2025 = stored(
    {
      ...JIAXING_AREA,
      effectiveFrom: '2025-07-01',
      tiers: JIAXING_AREA.tiers.map((t) =>
        t.no === 2 ? { ...t, outcome: { kind: 'range' as const, min: 1800, max: 2500 } } : t,
      ),
    },
    'v2025h',
  );
  const input = { party: ORG, facts: { area: 8 }, actDate: '2025-03-01', decisionDate: '2025-08-01' };

  it('the version in force at the act date applies', () => {
    const r = calculateBenchmark({ ...input, versions: [v2024, heavier2025] });
    expect(r).toMatchObject({ versionId: 'v2024', allowed: { min: 1500, max: 2000 } });
  });

  it('a later lighter version applies instead', () => {
    const r = calculateBenchmark({ ...input, versions: [v2024, lighter2025] });
    expect(r).toMatchObject({ versionId: 'v2025', allowed: { min: 1000, max: 1500 } });
    expect(r?.versionReason).toContain('第三十七条');
  });

  it('an act before any version: the version in force at the decision', () => {
    const r = calculateBenchmark({ ...input, actDate: '2023-05-01', versions: [v2024], decisionDate: '2024-03-01' });
    expect(r?.versionId).toBe('v2024');
    expect(r?.versionReason).toContain('尚无裁量基准');
  });

  it('no version in force at either date: nothing to apply', () => {
    expect(
      calculateBenchmark({ ...input, actDate: '2020-01-01', decisionDate: '2020-02-01', versions: [v2024] }),
    ).toBeNull();
  });
});

describe('properties', () => {
  it('第30–32条: any allowed amount outside 减轻 lies within the legal range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(JIAXING_AREA, ZHONGSHAN_DUMPING, ROAD_PER_AREA, SIGNS_ADDITIVE, WUYUAN_SEVERITY),
        fc.record({
          area: fc.double({ min: 0, max: 500, noNaN: true }),
          volume: fc.double({ min: 0, max: 100, noNaN: true }),
          breaches: fc.integer({ min: 1, max: 50 }),
          correctedInTime: fc.boolean(),
          harm: fc.constantFrom<'none' | 'minor' | 'general' | 'serious'>('none', 'minor', 'general', 'serious'),
        }),
        fc.constantFrom<'organisation' | 'person'>('organisation', 'person'),
        (v, facts, kind) => {
          const r = calc(v, facts, { kind, ageAtAct: 30 });
          if (!r.allowed || r.tier === 'mitigated') return;
          const legal = kind === 'person' && v.legalRange.person ? v.legalRange.person : v.legalRange;
          expect(r.allowed.min).toBeGreaterThanOrEqual(legal.min);
          expect(r.allowed.max).toBeLessThanOrEqual(legal.max);
          expect(r.allowed.min).toBeLessThanOrEqual(r.allowed.max);
        },
      ),
    );
  });

  it('第30条: under 14 is never penalised, for any facts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.double({ min: 0, max: 100, noNaN: true }), (age, volume) => {
        expect(calc(ZHONGSHAN_DUMPING, { volume }, { kind: 'person', ageAtAct: age }).tier).toBe('noPenalty');
      }),
    );
  });
});
