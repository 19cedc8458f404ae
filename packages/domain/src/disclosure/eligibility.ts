// Which decisions are published, when, and for how long (statements 68, 69, 71).
import { addMonths, addWorkingDays } from '../calendar/deadlines';
import type { Calendar } from '../calendar/calendar';

export type NotPublishedReason = 'minor' | 'summaryProcedure' | 'noPenalty' | 'warningOnly';

export const NOT_PUBLISHED_LABELS: Record<NotPublishedReason, string> = {
  minor: '当事人违法时未满十八周岁，不予公开（行政处罚结果信息网上公开暂行办法 第5条）',
  summaryProcedure: '简易程序作出的决定不在公开范围（国办发〔2018〕118号）',
  noPenalty: '不予行政处罚决定不在公开范围',
  warningOnly: '本领域仅给予警告的决定不予公开（市场监督管理行政处罚信息公示规定 第2条）',
};

export interface DisclosureInput {
  procedure: 'ordinary' | 'summary';
  outcome: 'penalty' | 'noPenalty';
  penaltyKinds: readonly string[];
  /** The party's age at the act, if a natural person whose age is known. */
  partyAgeAtAct: number | null;
  sector: string | null;
}

export interface DisclosureConfig {
  /** 7 by default (118号); a sector's own rule may be shorter. */
  workingDays: number;
  /** Sectors where a warning alone is not published (market regulation). */
  warningOnlyExcludedSectors: readonly string[];
  /** How long a rendition stays published, in months (e.g. 36). */
  publicationMonths: number;
}

export const DEFAULT_DISCLOSURE_CONFIG: DisclosureConfig = {
  workingDays: 7,
  warningOnlyExcludedSectors: ['marketRegulation'],
  publicationMonths: 36,
};

export type DisclosureRule = { publish: true } | { publish: false; reason: NotPublishedReason };

/** Statement 71 first: a minor's decision is never published, whatever else holds. */
export function disclosureRule(input: DisclosureInput, config: DisclosureConfig): DisclosureRule {
  if (input.partyAgeAtAct !== null && input.partyAgeAtAct < 18) return { publish: false, reason: 'minor' };
  if (input.procedure === 'summary') return { publish: false, reason: 'summaryProcedure' };
  if (input.outcome === 'noPenalty') return { publish: false, reason: 'noPenalty' };
  const warningOnly = input.penaltyKinds.length > 0 && input.penaltyKinds.every((k) => k === 'warning');
  if (warningOnly && input.sector && config.warningOnlyExcludedSectors.includes(input.sector))
    return { publish: false, reason: 'warningOnly' };
  return { publish: true };
}

/** Statement 68: published within N working days of the decision. */
export function publicationDueOn(decidedOn: string, config: DisclosureConfig, calendar: Calendar): string {
  return addWorkingDays(decidedOn, config.workingDays, calendar);
}

export type WithdrawalGround = 'changed' | 'revoked' | 'confirmedUnlawful' | 'confirmedVoid';

export const WITHDRAWAL_GROUND_LABELS: Record<WithdrawalGround, string> = {
  changed: '行政处罚决定已变更',
  revoked: '行政处罚决定已撤销',
  confirmedUnlawful: '行政处罚决定被确认违法',
  confirmedVoid: '行政处罚决定被确认无效',
};

/** Statement 69: withdrawn, with its reason, within 3 working days of the change (第48条第2款). */
export function withdrawalDueOn(changedOn: string, calendar: Calendar): string {
  return addWorkingDays(changedOn, 3, calendar);
}

/** The notice the withdrawn address answers with (410). */
export function withdrawalNotice(documentNumber: string, ground: WithdrawalGround, on: string): string {
  return `${documentNumber}行政处罚决定信息已于${on}撤回：${WITHDRAWAL_GROUND_LABELS[ground]}（行政处罚法 第48条第2款）。`;
}

/** The day publication ends by itself: the configured period after it began. */
export function publicationEndsOn(publishedOn: string, config: DisclosureConfig, calendar: Calendar): string {
  return addMonths(publishedOn, config.publicationMonths, calendar);
}

/**
 * Statement 72 (市场监督管理行政处罚信息公示规定 第8条): a decision that will be published tells the
 * party so, in its own text, when it is served.
 */
export function publicationNoticeSentence(portalName = '行政执法信息公示平台'): string {
  return `根据《中华人民共和国行政处罚法》第四十八条的规定，本行政处罚决定信息将在${portalName}依法向社会公开。`;
}
