// The template's example rows: a published table (嘉兴市城管, legal-rules §6.3) with touching area
// bands and 单位/个人 columns, and a 首违不罚 entry.
import type { BenchmarkContent } from '@zhifa/domain';

export const DEMO_TEMPLATE_ROWS: BenchmarkContent[] = [
  {
    itemCode: 'CSGL-014',
    violation: '示例：临时建筑物不整洁或者遮挡道路标志',
    versions: [
      {
        title: '示例城市管理行政处罚裁量基准',
        issuer: '示例县城市管理局',
        documentNumber: '示城管规〔2024〕1号',
        effectiveFrom: '2024-01-01',
        itemNo: 7,
        legalRange: { min: 500, max: 3000, person: { min: 200, max: 1000 } },
        lookBackMonths: 12,
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
            sourceLabel: '5至10平方米，或者再次违法',
            tier: 'standard',
            when: [{ area: { min: 5, max: 10 } }, { priorOffences: { min: 1, max: 1 } }],
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
        exemptions: [
          { list: 'firstOffence', when: [{ firstOffence: true, harmAtMost: 'none', correctedInTime: true }] },
        ],
      },
    ],
  },
];
