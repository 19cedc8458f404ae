// Which of the allowed steps the procedure expects next (the primary button), which are ordinary
// steps beside it, and which are rarely needed and belong under 更多操作.
import { CASE_ACTIONS } from './actions-table';
import type { CaseActionType } from './payloads/index';
import { checkReviewPassed, deliberationRequired } from './rules/review';
import type { CaseState } from './state';

export interface ArrangedSteps {
  /** The step the procedure expects next, if the viewer may take it. */
  primary: CaseActionType | null;
  /** Ordinary steps, the primary first. */
  main: CaseActionType[];
  /** Rare steps (更多操作). */
  more: CaseActionType[];
}

/**
 * The main line in the order the procedure runs: among the allowed steps, the first one here that
 * is due is the primary. Steps the party drives (陈述申辩、听证申请、放弃) never lead: the officer
 * records them when they happen.
 */
const MAIN_LINE: readonly CaseActionType[] = [
  'fileCase',
  'approveFiling',
  'recordJurisdictionRuling',
  'finishInvestigation',
  'recordNoticeService',
  'scheduleHearing',
  'recordHearing',
  'recordReview',
  'issueNotice',
  'submitForReview',
  'recordDeliberation',
  'decide',
  'serveDecision',
  'decideOnTheSpot',
  'recordSummaryService',
  'fileSummaryRecord',
  'recordPayment',
  'closeCase',
  'archiveCase',
];

/** Steps of the main line that are rare in this case's situation, with the rule that makes them so. */
function rareHere(type: CaseActionType, s: CaseState): boolean {
  switch (type) {
    // 第44条: the notice is served once; a new one only when the intended penalty changes for the worse.
    case 'issueNotice':
      return s.notice?.service != null;
    // 第57条第2款: collective deliberation is for 情节复杂 or 重大违法 cases only.
    case 'recordDeliberation':
      return !deliberationRequired(s.flags) || s.deliberations.length > 0;
    default:
      return false;
  }
}

/** Why a step of the main line is not the one due now, though it may be taken. */
function notDueYet(type: CaseActionType, s: CaseState): boolean {
  switch (type) {
    // 第57条第2款: where deliberation is required, the heads deliberate before the decision.
    case 'decide':
      return (
        (deliberationRequired(s.flags) && s.deliberations.length === 0) ||
        // 第58条: a case that needs legal review waits for it to pass.
        (s.flags.requiresReview && checkReviewPassed(s).length > 0)
      );
    // 第58条: a case already reviewed (and not changed by a hearing since) is not submitted again.
    case 'submitForReview':
      return s.reviews.length > 0 && checkReviewPassed(s).length === 0;
    default:
      return false;
  }
}

export function arrangeSteps(s: CaseState, allowed: readonly CaseActionType[]): ArrangedSteps {
  const isRare = (t: CaseActionType) => CASE_ACTIONS[t].occasional === true || rareHere(t, s);
  const main = allowed.filter((t) => !isRare(t));
  const more = allowed.filter(isRare);
  const primary = MAIN_LINE.find((t) => main.includes(t) && !notDueYet(t, s)) ?? null;
  const ordered = primary ? [primary, ...main.filter((t) => t !== primary)] : main;
  return { primary, main: ordered, more };
}

const WAITING_ROLE: Partial<Record<string, string>> = {
  agencyHead: '负责人',
  legalReviewer: '法制审核人员',
  officer: '承办人员',
  auxiliary: '承办人员',
};

/**
 * Whom the case waits for, and for which step: the first step of the main line its status leads
 * to (「等待负责人：作出处理决定」). Null when nothing on the main line is due (a closed case).
 */
export function waitingFor(s: CaseState): { who: string; type: CaseActionType; text: string } | null {
  const type = MAIN_LINE.find((t) => {
    const spec = CASE_ACTIONS[t];
    return (
      (spec.procedure === 'both' || spec.procedure === s.procedure) &&
      spec.from.includes(s.status) &&
      !rareHere(t, s) &&
      !notDueYet(t, s)
    );
  });
  if (!type) return null;
  const spec = CASE_ACTIONS[type];
  const who = type === 'recordHearing' ? '听证主持人' : (WAITING_ROLE[spec.roles[0] ?? ''] ?? '承办人员');
  return { who, type, text: `等待${who}办理：${spec.label}` };
}
