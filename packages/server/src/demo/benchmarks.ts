// Demo discretion benchmarks (裁量基准) for the county's items: every outcome shape (fixed amount,
// amount range, per unit, percentage and multiple of a base, additive, no penalty), the bands
// published tables use (volume, area, duration, amount, quantity, repeat offences), party types,
// exemption lists, touching bands, and one item with a later, lighter version (第37条). The rows
// follow published tables (legal-rules §6.3), fitted to the demo items' legal ranges.
import { checkBenchmarkVersion, hasErrors, type BenchmarkTierRow, type BenchmarkVersionContent } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import { benchmarkIdFor, insertVersion } from '../modules/benchmarks/save-version';

const CG = { issuer: '江门市蓬江区城市管理和综合执法局', lookBackMonths: 12, effectiveFrom: '2024-01-01' };
const HB = { issuer: '江门市生态环境局蓬江分局', lookBackMonths: 12, effectiveFrom: '2024-01-01' };
const SJ = { issuer: '江门市蓬江区市场监督管理局', lookBackMonths: 12, effectiveFrom: '2024-01-01' };
const ZR = { issuer: '江门市自然资源局蓬江分局', lookBackMonths: 24, effectiveFrom: '2024-01-01' };
const NY = { issuer: '江门市蓬江区农业农村和水利局', lookBackMonths: 12, effectiveFrom: '2024-01-01' };

const range = (min: number, max: number) => ({ kind: 'range' as const, min, max });
const fixed = (amount: number) => ({ kind: 'fixed' as const, amount });
const tier = (
  no: number,
  sourceLabel: string,
  t: BenchmarkTierRow['tier'],
  when: BenchmarkTierRow['when'],
  outcome: BenchmarkTierRow['outcome'],
  byParty?: BenchmarkTierRow['byParty'],
): BenchmarkTierRow => ({ no, sourceLabel, tier: t, when, outcome, ...(byParty ? { byParty } : {}) });

interface DemoBenchmark {
  itemCode: string;
  violation: string;
  versions: BenchmarkVersionContent[];
}

const CG_TITLE = '蓬江区城市管理和综合执法行政处罚裁量基准';

export const DEMO_BENCHMARKS: DemoBenchmark[] = [
  {
    itemCode: 'CSGL-001',
    violation: '单位随意倾倒、抛撒、堆放或者焚烧生活垃圾',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 1,
        legalRange: { min: 50000, max: 500000 },
        tiers: [
          tier(1, '10立方米以下', 'lenient', [{ volume: { max: 10 } }], range(50000, 150000)),
          tier(
            2,
            '超过10立方米不超过20立方米，或者再次违法',
            'standard',
            [{ volume: { min: 10, minOpen: true, max: 20 } }, { priorOffences: { min: 1, max: 1 } }],
            range(150000, 300000),
          ),
          tier(
            3,
            '超过20立方米，或者三次及以上违法',
            'severe',
            [{ volume: { min: 20, minOpen: true } }, { priorOffences: { min: 2 } }],
            range(300000, 500000),
          ),
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-002',
    violation: '个人随意倾倒、抛撒、堆放或者焚烧生活垃圾',
    versions: [
      {
        ...CG,
        effectiveTo: '2025-12-31',
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 2,
        legalRange: { min: 100, max: 500 },
        tiers: [
          tier(1, '初次', 'lenient', [{ firstOffence: true }], fixed(100)),
          tier(2, '再次', 'standard', [{ priorOffences: { min: 1, max: 1 } }], range(200, 300)),
          tier(3, '三次及以上', 'severe', [{ priorOffences: { min: 2 } }], range(300, 500)),
        ],
        exemptions: [
          {
            list: 'firstOffence',
            lookBackMonths: 24,
            when: [{ firstOffence: true, harmAtMost: 'none', correctedInTime: true }],
            note: '当场清理完毕的，不予处罚，予以教育',
          },
        ],
      },
      {
        ...CG,
        effectiveFrom: '2026-01-01',
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2025〕4号',
        itemNo: 2,
        legalRange: { min: 100, max: 500 },
        tiers: [
          tier(1, '初次', 'lenient', [{ firstOffence: true }], fixed(100)),
          tier(2, '再次', 'standard', [{ priorOffences: { min: 1, max: 1 } }], range(150, 250)),
          tier(3, '三次及以上', 'severe', [{ priorOffences: { min: 2 } }], range(250, 500)),
        ],
        exemptions: [
          {
            list: 'firstOffence',
            lookBackMonths: 24,
            when: [{ firstOffence: true, harmAtMost: 'minor', correctedInTime: true }],
            note: '当场清理完毕的，不予处罚，予以教育',
          },
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-009',
    violation: '运输散装物料车辆未采取密闭措施',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 9,
        legalRange: { min: 2000, max: 20000 },
        tiers: [tier(1, '按车次累计', 'standard', [], { kind: 'additive', start: 2000, perFurther: 1000, cap: 20000 })],
      },
    ],
  },
  {
    itemCode: 'CSGL-014',
    violation: '在禁止的时段和区域内露天烧烤食品',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 14,
        legalRange: { min: 500, max: 20000 },
        tiers: [
          tier(1, '占地5平方米以下', 'lenient', [{ area: { max: 5 } }], range(500, 2000)),
          tier(2, '占地5至10平方米', 'standard', [{ area: { min: 5, max: 10 } }], range(2000, 8000)),
          tier(3, '占地10平方米以上', 'severe', [{ area: { min: 10, minOpen: true } }], range(8000, 20000)),
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-019',
    violation: '未按照批准的位置、面积、期限占用城市道路',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 19,
        legalRange: { min: 0, max: 20000 },
        tiers: [
          tier(1, '责令改正后及时改正', 'lenient', [{ correctedInTime: true }], {
            kind: 'perUnit',
            measure: 'area',
            unit: '元/平方米',
            rateMin: 20,
            rateMax: 50,
          }),
          tier(2, '逾期未改正', 'standard', [{ correctedInTime: false }], {
            kind: 'perUnit',
            measure: 'area',
            unit: '元/平方米',
            rateMin: 50,
            rateMax: 100,
          }),
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-020',
    violation: '擅自占用或者挖掘城市道路',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 20,
        legalRange: { min: 0, max: 20000 },
        tiers: [
          tier(1, '未造成损坏', 'standard', [{ harmAtMost: 'minor' }], {
            kind: 'perUnit',
            measure: 'area',
            unit: '元/平方米',
            rateMin: 100,
            rateMax: 200,
          }),
          tier(2, '造成道路损坏', 'severe', [{ harmAtLeast: 'general' }], {
            kind: 'perUnit',
            measure: 'area',
            unit: '元/平方米',
            rateMin: 200,
            rateMax: 400,
          }),
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-021',
    violation: '未在城市道路施工现场设置明显标志和安全防围设施',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 21,
        legalRange: { min: 0, max: 20000 },
        tiers: [tier(1, '按处累计', 'standard', [], { kind: 'additive', start: 1000, perFurther: 1000, cap: 20000 })],
      },
    ],
  },
  {
    itemCode: 'CSGL-024',
    violation: '施工工地未设置硬质围挡或者未采取防尘降尘措施',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 24,
        legalRange: { min: 10000, max: 100000 },
        tiers: [
          tier(1, '一般', 'lenient', [{ harmAtMost: 'minor' }], range(10000, 30000)),
          tier(2, '较重', 'standard', [{ harmAtLeast: 'general', harmAtMost: 'general' }], range(30000, 70000)),
          tier(3, '严重', 'severe', [{ harmAtLeast: 'serious' }], range(70000, 100000)),
        ],
      },
    ],
  },
  {
    itemCode: 'CSGL-028',
    violation: '携带犬只外出未用牵引带牵领',
    versions: [
      {
        ...CG,
        title: CG_TITLE,
        documentNumber: '蓬城管规〔2024〕1号',
        itemNo: 28,
        legalRange: { min: 1000, max: 2000, person: { min: 100, max: 200 } },
        tiers: [
          tier(1, '初次', 'lenient', [{ firstOffence: true }], fixed(1000), { person: fixed(100) }),
          tier(2, '再次及以上', 'severe', [{ firstOffence: false }], range(1500, 2000), { person: range(150, 200) }),
        ],
        exemptions: [{ list: 'minor', when: [{ harmAtMost: 'none', correctedInTime: true, firstOffence: true }] }],
      },
    ],
  },
  {
    itemCode: 'STHJ-001',
    violation: '超过噪声排放标准排放社会生活噪声',
    versions: [
      {
        ...HB,
        title: '蓬江区生态环境行政处罚裁量基准',
        documentNumber: '江环蓬规〔2024〕2号',
        itemNo: 1,
        legalRange: { min: 5000, max: 50000 },
        tiers: [
          tier(1, '持续3日以下', 'lenient', [{ duration: { max: 3 } }], range(5000, 15000)),
          tier(
            2,
            '持续超过3日不超过10日',
            'standard',
            [{ duration: { min: 3, minOpen: true, max: 10 } }],
            range(15000, 35000),
          ),
          tier(3, '持续超过10日', 'severe', [{ duration: { min: 10, minOpen: true } }], range(35000, 50000)),
        ],
      },
    ],
  },
  {
    itemCode: 'STHJ-011',
    violation: '在人口集中地区露天焚烧秸秆、落叶',
    versions: [
      {
        ...HB,
        title: '蓬江区生态环境行政处罚裁量基准',
        documentNumber: '江环蓬规〔2024〕2号',
        itemNo: 11,
        legalRange: { min: 500, max: 2000 },
        tiers: [
          tier(1, '情节轻微', 'noPenalty', [{ harmAtMost: 'none', correctedInTime: true }], { kind: 'noPenalty' }),
          tier(
            2,
            '情节严重',
            'standard',
            [
              { harmAtLeast: 'minor', harmAtMost: 'general' },
              { harmAtMost: 'general', correctedInTime: false },
            ],
            range(500, 1200),
          ),
          tier(3, '情节特别严重', 'severe', [{ harmAtLeast: 'serious' }], range(1200, 2000)),
        ],
      },
    ],
  },
  {
    itemCode: 'SCJG-005',
    violation: '未取得食品经营许可从事食品经营（货值金额一万元以上）',
    versions: [
      {
        ...SJ,
        title: '蓬江区市场监督管理行政处罚裁量基准',
        documentNumber: '蓬市监规〔2024〕1号',
        itemNo: 5,
        legalRange: { min: 10, max: 20, base: 'goodsValue' },
        tiers: [
          tier(1, '从轻', 'lenient', [{ correctedInTime: true, harmAtMost: 'minor' }], {
            kind: 'ofBase',
            base: 'goodsValue',
            factorMin: 10,
            factorMax: 13,
            style: 'multiple',
          }),
          tier(
            2,
            '一般',
            'standard',
            [
              { correctedInTime: false, harmAtMost: 'general' },
              { harmAtLeast: 'general', harmAtMost: 'general' },
            ],
            {
              kind: 'ofBase',
              base: 'goodsValue',
              factorMin: 13,
              factorMax: 17,
              style: 'multiple',
            },
          ),
          tier(3, '从重', 'severe', [{ harmAtLeast: 'serious' }], {
            kind: 'ofBase',
            base: 'goodsValue',
            factorMin: 17,
            factorMax: 20,
            style: 'multiple',
          }),
        ],
      },
    ],
  },
  {
    itemCode: 'ZRZY-001',
    violation: '未取得建设工程规划许可证进行建设（尚可采取改正措施）',
    versions: [
      {
        ...ZR,
        title: '蓬江区自然资源行政处罚裁量基准',
        documentNumber: '江自然资蓬规〔2024〕1号',
        itemNo: 1,
        legalRange: { min: 0.05, max: 0.1, base: 'projectCost' },
        tiers: [
          tier(1, '限期内改正', 'lenient', [{ correctedInTime: true }], {
            kind: 'ofBase',
            base: 'projectCost',
            factorMin: 0.05,
            factorMax: 0.07,
            style: 'percent',
          }),
          tier(2, '逾期改正', 'severe', [{ correctedInTime: false }], {
            kind: 'ofBase',
            base: 'projectCost',
            factorMin: 0.07,
            factorMax: 0.1,
            style: 'percent',
          }),
        ],
      },
    ],
  },
  {
    itemCode: 'ZRZY-016',
    violation: '买卖或者以其他形式非法转让土地',
    versions: [
      {
        ...ZR,
        title: '蓬江区自然资源行政处罚裁量基准',
        documentNumber: '江自然资蓬规〔2024〕1号',
        itemNo: 16,
        legalRange: { min: 0.1, max: 0.5, base: 'illegalIncome' },
        tiers: [
          tier(1, '面积1亩以下', 'lenient', [{ area: { max: 666.7 } }], {
            kind: 'ofBase',
            base: 'illegalIncome',
            factorMin: 0.1,
            factorMax: 0.22,
            style: 'percent',
          }),
          tier(2, '面积超过1亩不超过5亩', 'standard', [{ area: { min: 666.7, minOpen: true, max: 3333.3 } }], {
            kind: 'ofBase',
            base: 'illegalIncome',
            factorMin: 0.22,
            factorMax: 0.38,
            style: 'percent',
          }),
          tier(3, '面积超过5亩', 'severe', [{ area: { min: 3333.3, minOpen: true } }], {
            kind: 'ofBase',
            base: 'illegalIncome',
            factorMin: 0.38,
            factorMax: 0.5,
            style: 'percent',
          }),
        ],
      },
    ],
  },
  {
    itemCode: 'NYNC-008',
    violation: '未取得动物诊疗许可证从事动物诊疗活动（违法所得不足三万元）',
    versions: [
      {
        ...NY,
        title: '蓬江区农业农村行政处罚裁量基准',
        documentNumber: '蓬农规〔2024〕2号',
        itemNo: 8,
        legalRange: { min: 3000, max: 30000 },
        tiers: [
          tier(1, '违法所得1万元以下', 'lenient', [{ amount: { max: 10000 } }], range(3000, 10000)),
          tier(2, '违法所得1万元至2万元', 'standard', [{ amount: { min: 10000, max: 20000 } }], range(10000, 20000)),
          tier(3, '违法所得2万元以上', 'severe', [{ amount: { min: 20000, minOpen: true } }], range(20000, 30000)),
        ],
      },
    ],
  },
  {
    itemCode: 'XF-001',
    violation: '在公共门厅、疏散通道停放电动自行车或者充电拒不改正',
    versions: [
      {
        ...CG,
        title: '蓬江区消防安全行政处罚裁量基准',
        documentNumber: '蓬城管规〔2024〕3号',
        itemNo: 1,
        legalRange: { min: 1000, max: 5000, person: { min: 500, max: 1000 } },
        tiers: [
          tier(1, '单位初次', 'lenient', [{ partyType: 'organisation', firstOffence: true }], range(1000, 2000)),
          tier(2, '单位再次', 'severe', [{ partyType: 'organisation', firstOffence: false }], range(2000, 5000)),
          tier(3, '个人初次', 'lenient', [{ partyType: 'person', firstOffence: true }], range(500, 700)),
          tier(4, '个人再次', 'severe', [{ partyType: 'person', firstOffence: false }], range(700, 1000)),
        ],
        exemptions: [
          {
            list: 'inclusive',
            when: [{ firstOffence: true, correctedInTime: true, harmAtMost: 'none' }],
            note: '包容审慎监管：初次且当场改正、未造成危害后果的，免予处罚',
          },
        ],
      },
    ],
  },
  {
    itemCode: 'NYNC-002',
    violation: '犬只未按规定进行狂犬病免疫接种逾期不改正',
    versions: [
      {
        ...NY,
        title: '蓬江区农业农村行政处罚裁量基准',
        documentNumber: '蓬农规〔2024〕2号',
        itemNo: 2,
        legalRange: { min: 1000, max: 5000 },
        tiers: [
          tier(1, '2只以下', 'lenient', [{ quantity: { max: 2 } }], range(1000, 2000)),
          tier(2, '3至5只', 'standard', [{ quantity: { min: 2, minOpen: true, max: 5 } }], range(2000, 3500)),
          tier(3, '5只以上', 'severe', [{ quantity: { min: 5, minOpen: true } }], range(3500, 5000)),
        ],
      },
    ],
  },
];

export async function seedBenchmarkDemo(tx: Tx, itemIds: ReadonlyMap<string, string>): Promise<void> {
  for (const b of DEMO_BENCHMARKS) {
    const itemId = itemIds.get(b.itemCode);
    if (!itemId) throw new Error(`demo benchmark: item ${b.itemCode} missing`);
    const id = await benchmarkIdFor(tx, itemId, b.violation);
    for (const v of b.versions) {
      const findings = checkBenchmarkVersion(v);
      if (hasErrors(findings))
        throw new Error(`demo benchmark ${b.itemCode}: ${findings.map((f) => f.message).join('; ')}`);
      await insertVersion(tx, id, v, findings);
    }
  }
}
