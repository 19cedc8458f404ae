import { ART } from '../articles';
import { addWorkingDays, compareDates } from '../calendar-port';
import { type CaseRefusal, refusal } from '../refusal';
import { investigatorIds } from '../duties';
import { fineTotal, proposalKinds } from '../penalty';
import { checkStoredBenchmark, storedBenchmarkResult } from '../rules/benchmark';
import { decisionParty } from '../rules/parties';
import { ageOn } from '../../identifiers/age';
import { checkNoPenaltyWhileSuspected } from '../rules/criminal';
import {
  checkAgents,
  checkHearingFee,
  checkHearingNoticeLead,
  checkHearingTranscript,
  checkNoticeHearingRight,
  checkPresider,
  hearingRequestDue,
  isHearingRequestLate,
} from '../rules/hearing';
import { checkNoticeContents, checkNotHeavierThanNotice } from '../rules/notice';
import { checkAvRecord } from '../rules/records';
import { checkService, serviceDate } from '../rules/service';
import { checkCountyReserved, notAfter } from './common';
import type { Guards } from './types';
import type { CaseContext } from '../context';
import type { CaseState } from '../state';
import type { IssueNoticePayload } from '../payloads/notice';
import type { NoticeAction } from '../actions/phases';

/**
 * 第34条: the notice's intended fine is the penalty proposed, so it meets the benchmark as the
 * decision does: outside the range it states a written reason (legal review follows at the decision).
 */
function checkNoticeBenchmark(
  s: CaseState,
  p: IssueNoticePayload,
  benchmarks: CaseContext['benchmarks'],
  at: string,
): CaseRefusal[] {
  if (!benchmarks?.length || !p.intendedPenalty.lines.some((l) => l.kind === 'fine')) return [];
  const party = decisionParty(s, undefined);
  const act = s.facts.violationDate;
  const result = storedBenchmarkResult({
    benchmarks,
    benchmarkId: p.applied?.benchmarkId,
    partyKind: party?.kind ?? 'person',
    ageAtAct: party?.kind === 'person' && party.birthDate && act ? ageOn(party.birthDate, act) : null,
    facts: p.benchmarkFacts,
    actDate: act,
    decisionDate: at,
  });
  return checkStoredBenchmark(result, fineTotal(p.intendedPenalty), p, { applicationRequired: false }).refusals;
}

export const noticeGuards: Pick<Guards, NoticeAction> = {
  issueNotice({ s, p, ctx, at }) {
    const partyKind = s.party?.kind ?? 'person';
    return {
      refusals: [
        ...checkNoticeBenchmark(s, p, ctx.benchmarks, at),
        ...checkNoticeContents(p),
        ...checkNoticeHearingRight(p.rights, p.intendedPenalty, partyKind, ctx.config),
        ...checkCountyReserved(proposalKinds(p.intendedPenalty), ctx),
        ...checkNoPenaltyWhileSuspected(s),
        ...(s.flags.limitationExpired
          ? [refusal('limitationExpired', '违法行为已超过追责时效，不得拟作出行政处罚', ART.limitation)]
          : []),
      ],
    };
  },
  recordNoticeService({ s, p, at, ctx }) {
    const refusals = checkService(p, ctx.config);
    const date = serviceDate(p, ctx.config);
    if (!date || refusals.length) return { refusals };
    const hearing = s.notice?.rights.hearing ?? false;
    const av =
      p.method === 'refusalWitnessed'
        ? checkAvRecord('serviceByLeaving', p.photoOrVideoEvidenceId)
        : p.method === 'publicNotice'
          ? checkAvRecord('serviceByPublicNotice', undefined)
          : { refusals: [], warnings: [] };
    return {
      refusals: [
        ...refusals,
        ...notAfter(p.method === 'publicNotice' ? p.publishedOn : date, at, '送达日期', ART.notice),
      ],
      warnings: av.warnings,
      derived: {
        serviceDate: date,
        representationDue: addWorkingDays(date, ctx.config.representationWorkingDays, ctx.calendar),
        hearingRequestDue: hearing ? hearingRequestDue(date, ctx.calendar, ctx.config) : null,
      },
    };
  },
  recordStatement({ s, p, at }) {
    return {
      refusals: [
        ...notAfter(p.receivedOn, at, '收到日期', ART.representation),
        ...(s.notice?.service && compareDates(p.receivedOn, s.notice.service.serviceDate) < 0
          ? [refusal('statementBeforeNotice', '陈述申辩的收到日期不能早于告知书送达日期', ART.representation)]
          : []),
      ],
    };
  },
  answerStatement({ s, p }) {
    const out: CaseRefusal[] = [];
    const lastStatement = s.statements.at(-1);
    if (!lastStatement) out.push(refusal('noStatement', '尚未收到当事人的陈述申辩，无需复核', ART.representation));
    if (p.revisedPenalty) out.push(...checkNotHeavierThanNotice(p.revisedPenalty, s.intendedPenalty));
    return { refusals: out };
  },
  waiveRights({ s, p, at }) {
    // A right is waived once the party has been told of it: not before the notice that states it.
    const issuedOn = s.notice?.issuedOn;
    return {
      refusals: [
        ...notAfter(p.signedOn, at, '签署日期', ART.noDecisionWithoutNotice),
        ...(issuedOn && compareDates(p.signedOn, issuedOn) < 0
          ? [
              refusal(
                'waiverBeforeNotice',
                `放弃声明的签署日期不能早于告知书制作日期 ${issuedOn}`,
                ART.noDecisionWithoutNotice,
              ),
            ]
          : []),
      ],
    };
  },
  requestHearing({ s, p, at, ctx }) {
    const served = s.notice?.service?.serviceDate;
    if (!s.notice?.rights.hearing || !served) {
      return {
        refusals: [refusal('hearingNotOffered', '本案告知书未告知听证权利，不能登记听证申请', ART.hearingRight)],
      };
    }
    const r = isHearingRequestLate(
      {
        noticeServedOn: served,
        requestedOn: p.requestedOn,
        statedDue: s.notice.hearingRequestDue,
        ...(p.postedOn ? { postedOn: p.postedOn } : {}),
      },
      ctx.calendar,
      ctx.config,
    );
    const warnings = r.late
      ? [
          refusal(
            'hearingRequestLate',
            `听证申请超过告知后 ${ctx.config.hearing.requestWorkingDays} 个工作日的期限（${r.due}），已标记为逾期`,
            ART.hearingRequest,
          ),
        ]
      : [];
    return {
      refusals: notAfter(p.requestedOn, at, '收到申请日期', ART.hearingRequest),
      warnings,
      derived: { late: r.late, due: r.due },
    };
  },
  scheduleHearing({ s, p, ctx }) {
    return {
      refusals: [
        ...checkHearingNoticeLead(p.noticeDate, p.hearingDate, ctx.calendar, ctx.config),
        ...checkPresider(p.presiderId, investigatorIds(s)),
        ...checkAgents(p.agents, ctx.config),
        ...(!p.public && !p.confidentialReason?.trim()
          ? [
              refusal(
                'hearingPrivateWithoutReason',
                '听证应当公开举行，涉及国家秘密、商业秘密或者个人隐私的除外，不公开的应当说明理由',
                '行政处罚法 第64条(三)',
              ),
            ]
          : []),
      ],
    };
  },
  recordHearing({ s, p, at, actor }) {
    const av = checkAvRecord('hearing', p.avEvidenceId);
    const scheduledOn = s.hearing?.schedule?.hearingDate;
    return {
      refusals: [
        ...(s.hearing?.schedule?.presiderId === actor.userId
          ? []
          : [refusal('notPresider', '听证笔录应当由本次听证的主持人登记', ART.hearingPresider)]),
        // The transcript records a hearing that took place: it cannot be dated after the day it is entered.
        ...notAfter(p.heldOn, at, '听证日期', ART.hearingTranscript),
        // The party was notified of this date at least seven working days ahead; an earlier hearing
        // would deprive them of that notice.
        ...(scheduledOn && compareDates(p.heldOn, scheduledOn) < 0
          ? [
              refusal(
                'hearingBeforeSchedule',
                `听证日期不能早于听证通知书载明的听证日期（${scheduledOn}）`,
                ART.hearingNotice,
              ),
            ]
          : []),
        ...checkHearingFee(p.feeCharged),
        ...checkHearingTranscript(p.attendance, p.transcript),
      ],
      warnings: av.warnings,
    };
  },
};
