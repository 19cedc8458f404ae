// The decision payload (第57条, 第59条) and its discretion part.
import {
  CASE_DISCRETION_TIERS,
  CASE_DISCRETION_TIER_LABELS,
  type CircumstancesInput,
  MENTAL_CAPACITY_LABELS,
  MITIGATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCE_LABELS,
  NO_PENALTY_GROUNDS,
  NO_PENALTY_GROUND_LABELS,
  type NoPenaltyGround,
  type PenaltyTier,
} from '../rules/circumstances';
import type { BenchmarkInput } from '../rules/discretion';
import { type Validator, bool, date, list, money, obj, oneOf, opt, req, text } from '../validate';
import { type LegalBasisRef, type PenaltyProposal, validateBasis, validatePenalty } from './common';

export interface DiscretionInput {
  tier: PenaltyTier;
  reasoning: string;
  benchmark?: BenchmarkInput;
  /** How the benchmark was applied, stated in the decision. */
  benchmarkApplication?: string;
}

export interface EducationRecord {
  on: string;
  method: string;
  content: string;
}

export interface DecisionRemedies {
  reconsiderationBody: string;
  court: string;
  text: string;
}

export interface DecidePayload {
  outcome: 'penalty' | 'noPenalty';
  decisionNumber: string;
  penalty?: PenaltyProposal;
  noPenaltyGround?: NoPenaltyGround;
  education?: EducationRecord;
  guardianOrdered?: boolean;
  partyAddress: string;
  facts: string;
  evidenceIds: string[];
  basis: LegalBasisRef[];
  circumstances: CircumstancesInput;
  discretion?: DiscretionInput;
  performance?: { method: string; deadline: string };
  remedies?: DecisionRemedies;
  agencyName: string;
  sealed: boolean;
  /** 行政强制法 第45条: the 3%-per-day surcharge standard is stated (fines only). */
  surchargeStandardStated: boolean;
  /** Announced and handed over on the spot (第61条), so served the same day. */
  handedOverOnSpot: boolean;
  correctionOrdered?: boolean;
  /** 「逾期不改正的，处……」: the orders (责令改正 ids) whose 复查 found no correction, stated as the ground. */
  uncorrectedOrderIds?: string[];
  /** 共同违法: the party this decision concerns (required when the case names several). */
  partyId?: string;
}

export const validateCircumstances: Validator = obj({
  mentalCapacity: req('辨认控制能力', oneOf(['full', 'partial', 'none'], MENTAL_CAPACITY_LABELS)),
  mitigating: req('从轻减轻情节', list(oneOf(MITIGATING_CIRCUMSTANCES, MITIGATING_CIRCUMSTANCE_LABELS), 0, 5)),
  minorPromptlyCorrectedNoHarm: req('轻微并及时改正且无危害后果', bool()),
  firstOffenceMinorHarmCorrected: req('初次违法且危害后果轻微并及时改正', bool()),
  noFaultProven: req('有证据证明没有主观过错', bool()),
});

const validateDiscretion: Validator = obj({
  tier: req(
    '裁量阶次',
    oneOf(
      CASE_DISCRETION_TIERS.filter((t) => t !== 'noPenalty'),
      CASE_DISCRETION_TIER_LABELS,
    ),
  ),
  reasoning: req('裁量理由', text(20000)),
  benchmark: opt(
    '裁量基准',
    obj({
      source: req('基准名称', text(300)),
      tiers: req(
        '阶次',
        list(
          obj({
            tier: req(
              '阶次',
              oneOf(
                CASE_DISCRETION_TIERS.filter((t) => t !== 'noPenalty'),
                CASE_DISCRETION_TIER_LABELS,
              ),
            ),
            min: req('下限', money()),
            max: req('上限', money()),
          }),
          1,
          10,
        ),
      ),
    }),
  ),
  benchmarkApplication: opt('基准适用说明', text(20000)),
});

export const validateEducation: Validator = obj({
  on: req('教育日期', date()),
  method: req('教育方式', text(200)),
  content: req('教育内容', text(20000)),
});

export const validateDecide: Validator = obj({
  outcome: req('处理结果', oneOf(['penalty', 'noPenalty'], { penalty: '给予行政处罚', noPenalty: '不予行政处罚' })),
  decisionNumber: req('决定书文号', text(100)),
  penalty: opt('行政处罚', validatePenalty),
  noPenaltyGround: opt('不予处罚理由', oneOf(NO_PENALTY_GROUNDS, NO_PENALTY_GROUND_LABELS)),
  education: opt('教育记录', validateEducation),
  guardianOrdered: opt('已责令监护人管教', bool()),
  partyAddress: req('当事人地址', text(500)),
  facts: req('违法事实', text(50000)),
  evidenceIds: req('证据', list(text(100), 0, 1000)),
  basis: req('依据', validateBasis(0)),
  circumstances: req('情节', validateCircumstances),
  discretion: opt('裁量', validateDiscretion),
  performance: opt(
    '履行方式和期限',
    obj({ method: req('履行方式', text(2000)), deadline: req('履行期限', text(500)) }),
  ),
  remedies: opt(
    '救济途径',
    obj({
      reconsiderationBody: req('复议机关', text(300)),
      court: req('人民法院', text(300)),
      text: req('告知文字', text(2000)),
    }),
  ),
  agencyName: req('行政机关名称', text(200)),
  sealed: req('已加盖印章', bool()),
  surchargeStandardStated: req('已载明加处罚款标准', bool()),
  handedOverOnSpot: req('宣告后当场交付', bool()),
  correctionOrdered: opt('已责令改正', bool()),
  uncorrectedOrderIds: opt('逾期未改正的责令改正', list(text(100), 0, 20)),
  partyId: opt('当事人', text(20)),
});
