import { describe, expect, it } from 'vitest';
import { checkBenchmarkVersion, hasErrors } from './check-table';
import { conditionText, outcomeText } from './text';
import { CASE_DISCRETION_TIERS, CASE_DISCRETION_TIER_LABELS } from '../../procedure/rules/circumstances';
import {
  BENCHMARK_FORMAT,
  BENCHMARK_TIERS,
  BENCHMARK_TIER_LABELS,
  benchmarkFileSchema,
  type BenchmarkVersionContent,
} from './model';
import {
  JIAXING_AREA,
  ROAD_PER_AREA,
  SIGNS_ADDITIVE,
  ZHONGSHAN_DUMPING,
  ZHONGSHAN_SORTING,
} from './samples.test-support';

describe('the save-time check of a benchmark table (国办发〔2022〕27号)', () => {
  it('嘉兴: bands touching at 5平方米 are reported with the band the boundary falls in', () => {
    const findings = checkBenchmarkVersion(JIAXING_AREA);
    expect(hasErrors(findings)).toBe(false);
    const touching = findings.filter((f) => f.code === 'touching');
    expect(touching).toHaveLength(1); // 单位 and 个人 read the same bands: reported once
    expect(touching[0].message).toContain('边界值 5 同属两档，按较轻的第1档“5平方米以下”处理');
    expect(findings.some((f) => f.code === 'gap' || f.code === 'overlap')).toBe(false);
  });

  it('中山: open lower ends (超过10立方米) neither touch nor leave a gap', () => {
    expect(checkBenchmarkVersion(ZHONGSHAN_DUMPING)).toEqual([]);
  });

  it('a gap between bands is a warning naming the values not covered', () => {
    const gapped: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [
        JIAXING_AREA.tiers[0],
        { ...JIAXING_AREA.tiers[1], when: [{ area: { min: 6, max: 10 } }] },
        JIAXING_AREA.tiers[2],
      ],
    };
    const gap = checkBenchmarkVersion(gapped).find((f) => f.code === 'gap');
    expect(gap).toMatchObject({ severity: 'warning', tiers: [1, 2] });
    expect(gap!.message).toContain('5 至 6 之间');
  });

  it('two open ends at the same value leave that exact value uncovered', () => {
    const open: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [
        { ...JIAXING_AREA.tiers[0], when: [{ area: { max: 5, maxOpen: true } }] },
        { ...JIAXING_AREA.tiers[1], when: [{ area: { min: 5, minOpen: true, max: 10 } }] },
        JIAXING_AREA.tiers[2],
      ],
    };
    expect(checkBenchmarkVersion(open).find((f) => f.code === 'gap')?.message).toContain('恰为 5');
  });

  it('overlapping bands are a warning, resolved to the lighter band', () => {
    const overlapping: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [{ ...JIAXING_AREA.tiers[0], when: [{ area: { max: 7 } }] }, JIAXING_AREA.tiers[1], JIAXING_AREA.tiers[2]],
    };
    const f = checkBenchmarkVersion(overlapping).find((x) => x.code === 'overlap');
    expect(f?.message).toContain('在 5 至 7 之间重叠，重叠部分按较轻的档次处理');
  });

  it('第30–32条: a tier above the legal maximum is an error', () => {
    const above: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [{ ...JIAXING_AREA.tiers[2], outcome: { kind: 'range', min: 2000, max: 3500 } }],
    };
    const f = checkBenchmarkVersion(above);
    expect(hasErrors(f)).toBe(true);
    expect(f[0].message).toContain('高于法定上限3000元');
  });

  it('国办发〔2022〕27号: only 减轻 may go below the legal minimum', () => {
    const below = (tier: 'lenient' | 'mitigated'): BenchmarkVersionContent => ({
      ...ZHONGSHAN_SORTING,
      tiers: [{ ...ZHONGSHAN_SORTING.tiers[0], tier, outcome: { kind: 'fixed', amount: 50 }, byParty: undefined }],
    });
    expect(hasErrors(checkBenchmarkVersion(below('lenient')))).toBe(true);
    expect(hasErrors(checkBenchmarkVersion(below('mitigated')))).toBe(false);
  });

  it('a 不予处罚 tier must have the no-penalty outcome, and a penalty tier a fine', () => {
    const wrong: BenchmarkVersionContent = {
      ...SIGNS_ADDITIVE,
      tiers: [{ ...SIGNS_ADDITIVE.tiers[0], tier: 'noPenalty' }],
    };
    expect(checkBenchmarkVersion(wrong).map((f) => f.code)).toEqual(['tierOutcomeMismatch']);
  });

  it('a tier written for 个人 is checked against the range for 个人 only', () => {
    const split: BenchmarkVersionContent = {
      ...JIAXING_AREA,
      tiers: [
        {
          no: 1,
          sourceLabel: '单位',
          tier: 'standard',
          when: [{ partyType: 'organisation' }],
          outcome: { kind: 'range', min: 500, max: 3000 },
        },
        {
          no: 2,
          sourceLabel: '个人',
          tier: 'standard',
          when: [{ partyType: 'person' }],
          outcome: { kind: 'range', min: 200, max: 1000 },
        },
      ],
    };
    expect(hasErrors(checkBenchmarkVersion(split))).toBe(false);
  });

  it('per-unit outcomes depend on the facts and are not range-checked at save', () => {
    expect(checkBenchmarkVersion(ROAD_PER_AREA)).toEqual([]);
  });
});

describe('the library’s wording of rows', () => {
  it('states conditions and outcomes as a table would', () => {
    expect(conditionText({ volume: { min: 10, minOpen: true, max: 20 } })).toBe('体积超过10立方米20立方米以下');
    expect(conditionText({ partyType: 'person', firstOffence: false, correctedInTime: true })).toBe(
      '个人；非初次违法；及时改正',
    );
    expect(conditionText({ priorOffences: { min: 2 } })).toBe('此前2次及以上');
    expect(outcomeText({ kind: 'ofBase', base: 'goodsValue', factorMin: 10, factorMax: 13, style: 'multiple' })).toBe(
      '货值金额的10倍至13倍',
    );
    expect(outcomeText({ kind: 'additive', start: 1000, perFurther: 500, cap: 5000 })).toBe(
      '1000元起，每增加一处（次）加500元，最高5000元',
    );
  });
});

describe('the JSON exchange format', () => {
  it('the tiers are the case’s 裁量阶次, in the same order', () => {
    expect(BENCHMARK_TIERS).toEqual(CASE_DISCRETION_TIERS);
    expect(BENCHMARK_TIER_LABELS).toEqual(CASE_DISCRETION_TIER_LABELS);
  });

  it('accepts the published rows and rejects unknown keys', () => {
    const file = {
      format: BENCHMARK_FORMAT,
      benchmarks: [{ itemCode: 'CSGL-001', violation: '随意倾倒生活垃圾', versions: [ZHONGSHAN_DUMPING] }],
    };
    expect(benchmarkFileSchema.safeParse(file).success).toBe(true);
    const bad = { ...file, benchmarks: [{ ...file.benchmarks[0], colour: 'red' }] };
    expect(benchmarkFileSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses a band whose lower end is above its upper end', () => {
    const v = { ...JIAXING_AREA, tiers: [{ ...JIAXING_AREA.tiers[0], when: [{ area: { min: 9, max: 3 } }] }] };
    const r = benchmarkFileSchema.safeParse({
      format: BENCHMARK_FORMAT,
      benchmarks: [{ itemCode: 'X', violation: 'y', versions: [v] }],
    });
    expect(r.success).toBe(false);
  });
});
