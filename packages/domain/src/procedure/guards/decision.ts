import { ART } from '../articles';
import { amountDue, paymentDeadline } from '../rules/execution';
import { compareDates } from '../calendar-port';
import { checkEvidenceLinks } from '../evidence';
import { fineTotal, proposalKinds } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { ReviewTrigger } from '../payloads/review';
import type { CaseState } from '../state';
import { ageOn } from '../../identifiers/age';
import { checkCircumstances } from '../rules/circumstances';
import { checkNoPenaltyWhileSuspected } from '../rules/criminal';
import { checkDecisionContents, checkDecisionOnPaper } from '../rules/decision';
import { checkStoredBenchmark, storedBenchmarkResult } from '../rules/benchmark';
import { checkBenchmarkTier, checkOneFinePerAct, checkPenaltyBasis } from '../rules/discretion';
import { checkFinesAgainstLaw, checkNotFinedBefore, lighterVersionNotes } from '../rules/fines';
import { hearingRight } from '../rules/hearing';
import { checkNoticeBeforeDecision, checkNotHeavierThanNotice, checkStatementsAnswered } from '../rules/notice';
import { checkPenaltyAfterCorrection } from '../rules/correction';
import { checkDecisionParty, decisionParty, isJointCase, partyDecision } from '../rules/parties';
import { checkDeliberation, checkReviewPassed, reviewTriggers } from '../rules/review';
import { checkService, serviceDate } from '../rules/service';
import { checkAvRecord } from '../rules/records';
import { checkCountyReserved, checkExercisable, notAfter } from './common';
import type { Guard, Guards, Precondition } from './types';
import type { DecisionAction } from '../actions/phases';

/** The party's age in full years on the day of the act (第30条), null when not a person or unknown. */
export function ageAtAct(s: CaseState, partyId?: string): number | null {
  const party = decisionParty(s, partyId);
  const birth = party?.birthDate;
  const act = s.facts.violationDate;
  return birth && act && party?.kind === 'person' ? ageOn(birth, act) : null;
}

/** 第42条, 第55条: the case rests on at least one record made by two officers. */
function checkInvestigationRecords(s: CaseState): CaseRefusal[] {
  if (s.records.length === 0)
    return [refusal('noInvestigationRecord', '没有调查笔录，不得作出处罚决定', ART.investigationRecord)];
  return s.records.some((r) => new Set(r.officerIds).size < 2)
    ? [refusal('recordWithOneOfficer', '存在执法人员少于两人的调查笔录', ART.twoOfficers)]
    : [];
}

/** 第27条: no decision of any kind while a suspected crime awaits the transfer decision. */
export const decidePrecondition: Precondition = (s) => checkNoPenaltyWhileSuspected(s);

export const decisionGuards: Pick<Guards, DecisionAction> = {
  decide({ s, p, ctx, at }) {
    const age = ageAtAct(s, p.partyId);
    const party = decisionParty(s, p.partyId);
    const partyKind = party?.kind ?? 'person';
    const out: CaseRefusal[] = [
      ...checkExercisable(ctx),
      ...checkNoPenaltyWhileSuspected(s),
      ...checkDecisionParty(s, p.partyId),
    ];
    const notes: CaseRefusal[] = [];
    if (p.outcome === 'penalty' && p.penalty) out.push(...checkCountyReserved(proposalKinds(p.penalty), ctx));
    out.push(
      ...checkCircumstances(p.circumstances, age, {
        outcome: p.outcome,
        ...(p.discretion ? { tier: p.discretion.tier } : {}),
        ...(p.noPenaltyGround ? { noPenaltyGround: p.noPenaltyGround } : {}),
        ...(p.guardianOrdered !== undefined ? { guardianOrdered: p.guardianOrdered } : {}),
        limitationExpired: s.flags.limitationExpired,
      }),
    );
    const penalty = p.outcome === 'penalty' ? (p.penalty ?? null) : null;
    const extraTriggers: ReviewTrigger[] = [];
    if (p.outcome === 'penalty') {
      if (!penalty) out.push(refusal('penaltyMissing', '给予行政处罚必须载明处罚种类和数额', ART.decisionContents));
      if (s.flags.limitationExpired) {
        out.push(
          refusal('limitationExpired', '违法行为已超过追责时效，不再给予行政处罚，应当不予处罚并结案', ART.limitation),
        );
      }
      out.push(
        ...checkNoticeBeforeDecision(s, at, penalty, ctx.config),
        ...checkStatementsAnswered(s),
        ...checkInvestigationRecords(s),
      );
      out.push(...checkPenaltyAfterCorrection(s, p.uncorrectedOrderIds, at));
      out.push(...checkPenaltyBasis(p.basis), ...checkDecisionContents(p, party?.name ?? null));
      out.push(...checkEvidenceLinks(p.evidenceIds, s.evidence));
      if (penalty) {
        out.push(...checkNotHeavierThanNotice(penalty, s.intendedPenalty), ...checkOneFinePerAct(penalty));
        const codes = s.items.map((i) => i.code);
        const d = p.discretion;
        const hasFine = penalty.lines.some((l) => l.kind === 'fine');
        if (hasFine && ctx.fineProvisions) {
          out.push(...checkNotFinedBefore(penalty, codes, ctx.fineProvisions, ctx.priorFines ?? []));
          const law = checkFinesAgainstLaw({
            penalty,
            partyKind,
            actDate: s.facts.violationDate,
            decisionDate: at,
            caseItemCodes: codes,
            items: ctx.fineProvisions,
            mitigation: {
              tier: d?.tier ?? 'standard',
              ...(d?.reasoning !== undefined ? { reasoning: d.reasoning } : {}),
              hasCircumstance:
                p.circumstances.mitigating.length > 0 ||
                (age !== null && age < 18) ||
                p.circumstances.mentalCapacity === 'partial',
            },
          });
          out.push(...law.refusals);
          notes.push(...lighterVersionNotes(law.applied));
        }
        // The benchmark concerns the fine; a warning-only or licence penalty has none to check.
        if (d?.benchmark && hasFine)
          out.push(...checkBenchmarkTier(fineTotal(penalty), d.tier, d.benchmark, d.benchmarkApplication));
        // 第34条: the stored benchmark library, when the item has one.
        if (hasFine && ctx.benchmarks?.length) {
          const result = storedBenchmarkResult({
            benchmarks: ctx.benchmarks,
            benchmarkId: d?.applied?.benchmarkId,
            partyKind,
            ageAtAct: age,
            circumstances: p.circumstances,
            facts: d?.benchmarkFacts,
            actDate: s.facts.violationDate,
            decisionDate: at,
          });
          const stored = checkStoredBenchmark(result, fineTotal(penalty), d);
          out.push(...stored.refusals);
          if (stored.deviation) extraTriggers.push('benchmarkDeviation');
        }
      }
      if (reviewTriggers(s, penalty, partyKind, ctx.config, extraTriggers).length > 0)
        out.push(...checkReviewPassed(s));
      out.push(...checkDeliberation(s));
    } else {
      out.push(...checkEvidenceLinks(p.evidenceIds, s.evidence));
    }
    const triggers = reviewTriggers(s, penalty, partyKind, ctx.config, extraTriggers);
    return {
      refusals: out,
      warnings: notes,
      derived: {
        requiresReview: triggers.length > 0,
        hearingRight: penalty ? hearingRight(penalty, partyKind, ctx.config).required : false,
        ageAtAct: age,
      },
    };
  },
  serveDecision({ s, p, at, ctx }) {
    const refusals = checkService(p, ctx.config);
    const date = serviceDate(p, ctx.config);
    if (!date || refusals.length) return { refusals };
    const decidedOn = s.decision?.decidedOn;
    const out = [
      ...notAfter(p.method === 'publicNotice' ? p.publishedOn : date, at, '送达日期', ART.service),
      ...(decidedOn && compareDates(date, decidedOn) < 0
        ? [refusal('serviceBeforeDecision', '送达日期不能早于决定日期', ART.service)]
        : []),
    ];
    const warnings =
      p.method === 'refusalWitnessed'
        ? checkAvRecord('serviceByLeaving', p.photoOrVideoEvidenceId).warnings
        : p.method === 'publicNotice'
          ? checkAvRecord('serviceByPublicNotice', undefined).warnings
          : [];
    const due = s.decision && amountDue(s.decision) > 0 ? paymentDeadline(date, ctx.calendar, ctx.config) : null;
    return { refusals: out, warnings, derived: { serviceDate: date, paymentDue: due } };
  },
};

/**
 * 第59条, 第61条: the decision served (this party's, in a joint case) is on paper and sealed,
 * whichever way it is served.
 */
export function decisionOnPaper(inner: Guard<'serveDecision'>): Guard<'serveDecision'> {
  return (g) => {
    const r = inner(g);
    const d = isJointCase(g.s) ? partyDecision(g.s, g.p.partyId) : g.s.decision;
    if (!d) return r;
    return { ...r, refusals: [...r.refusals, ...checkDecisionOnPaper(g.p.sealed, d, g.ctx.documentsOnPaper)] };
  };
}
