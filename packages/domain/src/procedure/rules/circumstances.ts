// Who may not be penalised, and who must be penalised lightly (第30–33条).
import { ART } from '../articles';
import { type CaseRefusal, refusal } from '../refusal';

export const MITIGATING_CIRCUMSTANCES = [
  'removedOrReducedHarm',
  'coercedOrInduced',
  'confessedUnknownViolation',
  'meritoriousService',
  'otherByLaw',
] as const;
export type MitigatingCircumstance = (typeof MITIGATING_CIRCUMSTANCES)[number];
export const MITIGATING_CIRCUMSTANCE_LABELS: Record<MitigatingCircumstance, string> = {
  removedOrReducedHarm: '主动消除或者减轻违法行为危害后果',
  coercedOrInduced: '受他人胁迫或者诱骗实施违法行为',
  confessedUnknownViolation: '主动供述行政机关尚未掌握的违法行为',
  meritoriousService: '配合行政机关查处违法行为有立功表现',
  otherByLaw: '法律、法规、规章规定的其他应当从轻或者减轻的情形',
};

export type MentalCapacity = 'full' | 'partial' | 'none';
export const MENTAL_CAPACITY_LABELS: Record<MentalCapacity, string> = {
  full: '完全具有辨认、控制能力',
  partial: '尚未完全丧失辨认或者控制能力',
  none: '不能辨认或者不能控制自己行为',
};

export const CASE_DISCRETION_TIERS = ['noPenalty', 'mitigated', 'lenient', 'standard', 'severe'] as const;
export type CaseDiscretionTier = (typeof CASE_DISCRETION_TIERS)[number];
export const CASE_DISCRETION_TIER_LABELS: Record<CaseDiscretionTier, string> = {
  noPenalty: '不予处罚',
  mitigated: '减轻',
  lenient: '从轻',
  standard: '一般',
  severe: '从重',
};
export type PenaltyTier = Exclude<CaseDiscretionTier, 'noPenalty'>;

export const NO_PENALTY_GROUNDS = [
  'underAge',
  'incapacity',
  'minor',
  'firstOffence',
  'noFault',
  'notEstablished',
  'limitationExpired',
] as const;
export type NoPenaltyGround = (typeof NO_PENALTY_GROUNDS)[number];
export const NO_PENALTY_GROUND_LABELS: Record<NoPenaltyGround, string> = {
  underAge: '不满十四周岁',
  incapacity: '精神病人、智力残疾人不能辨认或者控制自己行为',
  minor: '违法行为轻微并及时改正，没有造成危害后果',
  firstOffence: '初次违法且危害后果轻微并及时改正',
  noFault: '有证据足以证明没有主观过错',
  notEstablished: '违法事实不能成立',
  limitationExpired: '超过追责时效',
};

export interface CircumstancesInput {
  mentalCapacity: MentalCapacity;
  mitigating: MitigatingCircumstance[];
  /** 第33条第1款 first sentence: minor, promptly corrected, no harm. */
  minorPromptlyCorrectedNoHarm: boolean;
  /** 第33条第1款 second sentence (首违不罚): first, minor harm, promptly corrected. */
  firstOffenceMinorHarmCorrected: boolean;
  /** 第33条第2款. */
  noFaultProven: boolean;
}

export const NO_CIRCUMSTANCES: CircumstancesInput = {
  mentalCapacity: 'full',
  mitigating: [],
  minorPromptlyCorrectedNoHarm: false,
  firstOffenceMinorHarmCorrected: false,
  noFaultProven: false,
};

export interface CircumstanceAssessment {
  /** A ground that makes "no penalty" compulsory, with its article. */
  forcedNoPenalty: { ground: NoPenaltyGround; article: string } | null;
  guardianOrderRequired: boolean;
  /** Grounds on which "no penalty" may be chosen. */
  optionalNoPenalty: NoPenaltyGround[];
  /** Tiers a penalty may take. */
  allowedTiers: PenaltyTier[];
}

const ALL_TIERS: PenaltyTier[] = ['mitigated', 'lenient', 'standard', 'severe'];

export function assessCircumstances(input: CircumstancesInput, ageAtAct: number | null): CircumstanceAssessment {
  let forced: CircumstanceAssessment['forcedNoPenalty'] = null;
  if (ageAtAct !== null && ageAtAct < 14) forced = { ground: 'underAge', article: ART.minors };
  else if (input.mentalCapacity === 'none') forced = { ground: 'incapacity', article: ART.incapacity };
  else if (input.minorPromptlyCorrectedNoHarm) forced = { ground: 'minor', article: ART.noPenalty };
  else if (input.noFaultProven) forced = { ground: 'noFault', article: ART.noFault };

  let allowed = ALL_TIERS;
  if ((ageAtAct !== null && ageAtAct < 18) || input.mitigating.length > 0) {
    allowed = ['mitigated', 'lenient'];
  }
  const optional: NoPenaltyGround[] = input.firstOffenceMinorHarmCorrected ? ['firstOffence'] : [];
  return {
    forcedNoPenalty: forced,
    guardianOrderRequired: forced?.ground === 'underAge',
    optionalNoPenalty: optional,
    allowedTiers: allowed,
  };
}

export interface OutcomeUnderCircumstances {
  outcome: 'penalty' | 'noPenalty';
  tier?: PenaltyTier;
  noPenaltyGround?: NoPenaltyGround;
  guardianOrdered?: boolean;
  /** Limitation already checked by the caller; lets 'limitationExpired' stand as a ground. */
  limitationExpired?: boolean;
}

/** Refusals for an outcome that the 第30–33条 circumstances do not allow. */
export function checkCircumstances(
  input: CircumstancesInput,
  ageAtAct: number | null,
  chosen: OutcomeUnderCircumstances,
): CaseRefusal[] {
  const a = assessCircumstances(input, ageAtAct);
  const out: CaseRefusal[] = [];
  if (chosen.outcome === 'penalty') {
    if (a.forcedNoPenalty) {
      out.push(
        refusal(
          'noPenaltyRequired',
          `存在“${NO_PENALTY_GROUND_LABELS[a.forcedNoPenalty.ground]}”的情形，依法不予行政处罚`,
          a.forcedNoPenalty.article,
        ),
      );
    }
    if (!chosen.tier) {
      out.push(refusal('tierMissing', '给予行政处罚必须载明裁量阶次', ART.benchmark));
    } else if (!a.allowedTiers.includes(chosen.tier)) {
      const minor = ageAtAct !== null && ageAtAct >= 14 && ageAtAct < 18;
      out.push(
        refusal(
          'tierNotAllowed',
          minor
            ? '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚'
            : `存在${input.mitigating.map((m) => `“${MITIGATING_CIRCUMSTANCE_LABELS[m]}”`).join('、')}的情形，应当从轻或者减轻行政处罚，不得适用一般或从重`,
          minor ? ART.minors : ART.mitigating,
        ),
      );
    }
    return out;
  }
  const ground = chosen.noPenaltyGround;
  if (!ground) return [refusal('noPenaltyGroundMissing', '不予行政处罚必须载明理由', ART.decisionByHead)];
  const supported =
    ground === 'notEstablished' ||
    (ground === 'limitationExpired' && chosen.limitationExpired === true) ||
    a.forcedNoPenalty?.ground === ground ||
    a.optionalNoPenalty.includes(ground);
  if (!supported) {
    out.push(
      refusal('noPenaltyGroundUnsupported', `案件记录的情节不支持“${NO_PENALTY_GROUND_LABELS[ground]}”`, ART.noPenalty),
    );
  }
  if (a.guardianOrderRequired && !chosen.guardianOrdered) {
    out.push(refusal('guardianOrderMissing', '不满十四周岁的未成年人不予处罚的，应当责令监护人加以管教', ART.minors));
  }
  return out;
}

/**
 * 第33条第3款 「对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育」: the duty
 * follows a violation that was established but is not penalised (minor, first offence, no fault,
 * under age, incapacity, limitation and the like). Where the facts are not established (第57条第1款
 * 第(三)项) there is no violation to educate about, so no record is needed (legal-rules statement 29).
 * A missing ground is treated as an established violation, the stricter reading.
 */
export function educationRequired(decision: {
  outcome: 'penalty' | 'noPenalty';
  noPenaltyGround?: NoPenaltyGround | null;
}): boolean {
  return decision.outcome === 'noPenalty' && decision.noPenaltyGround !== 'notEstablished';
}

/** 第33条第3款: the education record a no-penalty case needs before it closes. */
export function checkEducationRecord(
  decision: { outcome: 'penalty' | 'noPenalty'; noPenaltyGround?: NoPenaltyGround | null },
  education: { on: string; content: string } | undefined | null,
): CaseRefusal[] {
  if (!educationRequired(decision) || education) return [];
  return [
    refusal('educationMissing', '对违法行为依法不予行政处罚的，应当对当事人进行教育，并附教育记录', ART.education),
  ];
}
