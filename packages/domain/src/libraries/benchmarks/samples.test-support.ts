// Published benchmark rows (legal-rules §6.3) as stored versions, for the calculator's tests.
import type { BenchmarkVersion, BenchmarkVersionContent } from './model';

export function stored(v: BenchmarkVersionContent, id = 'v1', benchmarkId = 'b1'): BenchmarkVersion {
  return { ...v, versionId: id, benchmarkId, itemCode: 'CSGL-001', violation: '测试违法行为' };
}

const common = {
  issuer: '测试县司法局',
  documentNumber: '江司发〔2024〕3号',
  effectiveFrom: '2024-01-01',
  lookBackMonths: 12,
};

/** 中山市城管 2015: 随意倾倒生活垃圾 — volume bands or repeat offence; 单位 range, 个人 200元. */
export const ZHONGSHAN_DUMPING: BenchmarkVersionContent = {
  ...common,
  title: '中山市城市管理行政处罚自由裁量权量化标准',
  itemNo: 12,
  legalRange: { min: 5000, max: 50000, person: { min: 200, max: 200 } },
  tiers: [
    {
      no: 1,
      sourceLabel: '10立方米以下',
      tier: 'lenient',
      when: [{ volume: { max: 10 } }],
      outcome: { kind: 'range', min: 5000, max: 15000 },
      byParty: { person: { kind: 'fixed', amount: 200 } },
    },
    {
      no: 2,
      sourceLabel: '10至20立方米或者再次违法',
      tier: 'standard',
      when: [{ volume: { min: 10, minOpen: true, max: 20 } }, { priorOffences: { min: 1, max: 1 } }],
      outcome: { kind: 'range', min: 15000, max: 30000 },
      byParty: { person: { kind: 'fixed', amount: 200 } },
    },
    {
      no: 3,
      sourceLabel: '20立方米以上或者三次及以上违法',
      tier: 'severe',
      when: [{ volume: { min: 20, minOpen: true } }, { priorOffences: { min: 2 } }],
      outcome: { kind: 'range', min: 30000, max: 50000 },
      byParty: { person: { kind: 'fixed', amount: 200 } },
    },
  ],
};

/** 嘉兴市城管: 临时建筑不整洁 — area bands that touch at 5 m²; 单位 and 个人 columns. */
export const JIAXING_AREA: BenchmarkVersionContent = {
  ...common,
  title: '嘉兴市城市管理行政处罚裁量基准',
  itemNo: 7,
  legalRange: { min: 500, max: 3000, person: { min: 200, max: 1000 } },
  tiers: [
    {
      no: 1,
      sourceLabel: '5平方米以下',
      tier: 'lenient',
      when: [{ area: { max: 5 } }],
      outcome: { kind: 'range', min: 500, max: 1500 },
      byParty: { person: { kind: 'range', min: 200, max: 500 } },
    },
    {
      no: 2,
      sourceLabel: '5至10平方米',
      tier: 'standard',
      when: [{ area: { min: 5, max: 10 } }],
      outcome: { kind: 'range', min: 1500, max: 2000 },
      byParty: { person: { kind: 'range', min: 500, max: 600 } },
    },
    {
      no: 3,
      sourceLabel: '10平方米以上',
      tier: 'severe',
      when: [{ area: { min: 10, minOpen: true } }],
      outcome: { kind: 'range', min: 2000, max: 3000 },
      byParty: { person: { kind: 'range', min: 600, max: 1000 } },
    },
  ],
};

/** 殡葬管理条例 第22条: 1–3倍 of the sales amount, split 30/40/30 by harm. */
export const FUNERAL_MULTIPLE: BenchmarkVersionContent = {
  ...common,
  title: '殡葬管理行政处罚裁量基准',
  itemNo: 22,
  legalRange: { min: 1, max: 3, base: 'salesAmount' },
  tiers: [
    {
      no: 1,
      sourceLabel: '情节较轻',
      tier: 'lenient',
      when: [{ harmAtMost: 'minor' }],
      outcome: { kind: 'ofBase', base: 'salesAmount', factorMin: 1, factorMax: 1.6, style: 'multiple' },
    },
    {
      no: 2,
      sourceLabel: '一般',
      tier: 'standard',
      when: [{ harmAtLeast: 'general', harmAtMost: 'general' }],
      outcome: { kind: 'ofBase', base: 'salesAmount', factorMin: 1.6, factorMax: 2.4, style: 'multiple' },
    },
    {
      no: 3,
      sourceLabel: '情节严重',
      tier: 'severe',
      when: [{ harmAtLeast: 'serious' }],
      outcome: { kind: 'ofBase', base: 'salesAmount', factorMin: 2.4, factorMax: 3, style: 'multiple' },
    },
  ],
};

/** 五原县城管: 堆放物料超过围挡 — 情节轻微 no fine, 严重 1000–3000, 特别严重 3000–5000. */
export const WUYUAN_SEVERITY: BenchmarkVersionContent = {
  ...common,
  title: '五原县城市管理行政处罚裁量基准',
  itemNo: 4,
  legalRange: { min: 1000, max: 5000 },
  tiers: [
    {
      no: 1,
      sourceLabel: '情节轻微',
      tier: 'noPenalty',
      when: [{ harmAtMost: 'none', correctedInTime: true }],
      outcome: { kind: 'noPenalty' },
    },
    {
      no: 2,
      sourceLabel: '情节严重',
      tier: 'standard',
      when: [
        { harmAtLeast: 'minor', harmAtMost: 'general' },
        { harmAtMost: 'general', correctedInTime: false },
      ],
      outcome: { kind: 'range', min: 1000, max: 3000 },
    },
    {
      no: 3,
      sourceLabel: '情节特别严重',
      tier: 'severe',
      when: [{ harmAtLeast: 'serious' }],
      outcome: { kind: 'range', min: 3000, max: 5000 },
    },
  ],
};

/** 中山市城管: 未分类投放 — first offence 单位5000元/个人100元, repeat 10000/200. */
export const ZHONGSHAN_SORTING: BenchmarkVersionContent = {
  ...common,
  title: '中山市生活垃圾分类行政处罚裁量基准',
  itemNo: 15,
  legalRange: { min: 100, max: 10000, person: { min: 50, max: 200 } },
  tiers: [
    {
      no: 1,
      sourceLabel: '初次',
      tier: 'lenient',
      when: [{ firstOffence: true }],
      outcome: { kind: 'fixed', amount: 5000 },
      byParty: { person: { kind: 'fixed', amount: 100 } },
    },
    {
      no: 2,
      sourceLabel: '再次',
      tier: 'severe',
      when: [{ firstOffence: false }],
      outcome: { kind: 'fixed', amount: 10000 },
      byParty: { person: { kind: 'fixed', amount: 200 } },
    },
  ],
  exemptions: [
    {
      list: 'firstOffence',
      lookBackMonths: 24,
      when: [{ firstOffence: true, harmAtMost: 'none', correctedInTime: true }],
    },
  ],
};

/** 擅自占用城市道路: 元/平方米 × area, inside 法定 500–20000. */
export const ROAD_PER_AREA: BenchmarkVersionContent = {
  ...common,
  title: '城市道路管理行政处罚裁量基准',
  itemNo: 20,
  legalRange: { min: 500, max: 20000 },
  tiers: [
    {
      no: 1,
      sourceLabel: '及时改正',
      tier: 'lenient',
      when: [{ correctedInTime: true }],
      outcome: { kind: 'perUnit', measure: 'area', unit: '元/平方米', rateMin: 50, rateMax: 100 },
    },
    {
      no: 2,
      sourceLabel: '逾期未改正',
      tier: 'standard',
      when: [{ correctedInTime: false }],
      outcome: { kind: 'perUnit', measure: 'area', unit: '元/平方米', rateMin: 100, rateMax: 200 },
    },
  ],
};

/** 未设置施工标志: 起点1000元，每增加一处加500元，最高5000元. */
export const SIGNS_ADDITIVE: BenchmarkVersionContent = {
  ...common,
  title: '城市道路施工管理行政处罚裁量基准',
  itemNo: 21,
  legalRange: { min: 1000, max: 5000 },
  tiers: [
    {
      no: 1,
      sourceLabel: '按处累计',
      tier: 'standard',
      when: [],
      outcome: { kind: 'additive', start: 1000, perFurther: 500, cap: 5000 },
    },
  ],
};

/** 未取得规划许可建设: 工程造价 5%–10%. */
export const PLANNING_PERCENT: BenchmarkVersionContent = {
  ...common,
  title: '城乡规划行政处罚裁量基准',
  itemNo: 1,
  legalRange: { min: 0.05, max: 0.1, base: 'projectCost' },
  tiers: [
    {
      no: 1,
      sourceLabel: '及时改正',
      tier: 'lenient',
      when: [{ correctedInTime: true }],
      outcome: { kind: 'ofBase', base: 'projectCost', factorMin: 0.05, factorMax: 0.07, style: 'percent' },
    },
    {
      no: 2,
      sourceLabel: '逾期未改正',
      tier: 'severe',
      when: [{ correctedInTime: false }],
      outcome: { kind: 'ofBase', base: 'projectCost', factorMin: 0.07, factorMax: 0.1, style: 'percent' },
    },
  ],
};
