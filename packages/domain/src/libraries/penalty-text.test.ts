import { describe, expect, it } from 'vitest';
import { formatPenalties, formatPenaltySpec, formatYuan } from './penalty-text';

describe('formatPenaltySpec (行政处罚法 第9条: kinds; the range as the law states it)', () => {
  it('噪声污染防治法 第82条: 对个人可以处二百元以上一千元以下的罚款', () => {
    expect(formatPenaltySpec({ kind: 'fine', fineMin: 200, fineMax: 1000, note: '对个人' })).toBe(
      '罚款200元以上1000元以下（对个人）',
    );
  });

  it('大气污染防治法 第118条: 五千元以上五万元以下 reads in 万元', () => {
    expect(formatPenaltySpec({ kind: 'fine', fineMin: 5000, fineMax: 50_000 })).toBe('罚款5000元以上5万元以下');
    expect(formatYuan(15_000)).toBe('1.5万元');
  });

  it('广东省土地管理条例 第52条: 每平方米一百元以上一千元以下', () => {
    expect(formatPenaltySpec({ kind: 'fine', fineMin: 100, fineMax: 1000, perUnit: '元/平方米' })).toBe(
      '罚款100元/平方米以上1000元/平方米以下',
    );
  });

  it('城乡规划法 第64条: 建设工程造价百分之五以上百分之十以下 reads as percentages', () => {
    expect(formatPenaltySpec({ kind: 'fine', multipleMin: 0.05, multipleMax: 0.1, multipleOf: '工程造价' })).toBe(
      '罚款工程造价5%以上10%以下',
    );
  });

  it('无证无照经营查处办法 第13条: 没收违法所得，并处1万元以下的罚款', () => {
    expect(
      formatPenalties([{ kind: 'orderToCorrect' }, { kind: 'confiscateGains' }, { kind: 'fine', fineMax: 10_000 }]),
    ).toBe('责令改正；没收违法所得；罚款1万元以下');
  });

  it('森林法 第77条: 违法所得一倍以上三倍以下, or an amount when there are no gains', () => {
    expect(
      formatPenaltySpec({ kind: 'fine', fineMax: 20_000, multipleMin: 1, multipleMax: 3, multipleOf: '违法所得' }),
    ).toBe('罚款2万元以下，或违法所得1倍以上3倍以下');
  });

  it('行政处罚法 第37条: a version reads with its party, provision and period', () => {
    expect(
      formatPenaltySpec({
        kind: 'fine',
        appliesTo: 'person',
        fineMax: 30,
        perUnit: '元/平方米',
        basis: '土地管理法实施条例（2014年） 第42条',
        effectiveTo: '2021-08-31',
      }),
    ).toBe('对个人罚款30元/平方米以下（土地管理法实施条例（2014年） 第42条；2021-08-31失效）');
    expect(
      formatPenaltySpec({
        kind: 'fine',
        fineMin: 100,
        fineMax: 1000,
        perUnit: '元/平方米',
        effectiveFrom: '2021-09-01',
      }),
    ).toBe('罚款100元/平方米以上1000元/平方米以下（2021-09-01起施行）');
  });
});
