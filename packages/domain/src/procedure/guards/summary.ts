import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { type CaseRefusal, refusal } from '../refusal';
import { ageOn } from '../../identifiers/age';
import { checkMinorOnTheSpot } from '../rules/summary';
import { checkOneFinePerAct } from '../rules/discretion';
import { checkStoredBenchmark, storedBenchmarkResult } from '../rules/benchmark';
import { fineTotal } from '../penalty';
import { checkFinesAgainstLaw, checkNotFinedBefore, lighterVersionNotes } from '../rules/fines';
import { checkLimitation, limitationCheck } from '../rules/limitation';
import { checkTwoQualifiedOfficers } from '../rules/officers';
import { isReconsiderationFirst } from '../rules/remedies';
import {
  checkOnTheSpotDecision,
  checkOnTheSpotOnPaper,
  checkSummaryEligibility,
  checkSummaryService,
} from '../rules/summary';
import { paymentDeadline, amountDue } from '../rules/execution';
import { checkExercisable, notAfter } from './common';
import type { Guards } from './types';
import type { SummaryAction } from '../actions/phases';

/** 行政复议法 第23条: from 2024 an on-the-spot decision must route the party to reconsideration first. */
function checkRemediesWording(text: string, reconsiderationFirst: boolean): CaseRefusal[] {
  if (!reconsiderationFirst) return [];
  const saysFirst = /应当先/.test(text) && /复议/.test(text);
  const offersDirectSuit = /也可以[^；。]*提起行政诉讼/.test(text);
  return saysFirst && !offersDirectSuit
    ? []
    : [
        refusal(
          'remediesNotReconsiderationFirst',
          '当场作出的行政处罚决定应当告知当事人先申请行政复议，不得告知可以直接提起行政诉讼',
          ART.reconsiderationFirst,
        ),
      ];
}

export const summaryGuards: Pick<Guards, SummaryAction> = {
  decideOnTheSpot({ p, actor, at, ctx }) {
    const occurredOn = p.occurredAt.slice(0, 10);
    const first = isReconsiderationFirst(true, at);
    const out: CaseRefusal[] = [
      ...checkExercisable(ctx),
      ...checkSummaryEligibility(p.party.kind, p.penalty, ctx.config),
      ...checkOnTheSpotDecision(p, ctx.summaryForm),
      ...checkTwoQualifiedOfficers(p.officerIds, ctx.officers),
      ...checkLimitation(limitationCheck({ violationDate: occurredOn, discoveredOn: p.discoveredOn }, ctx.config)),
      ...checkRemediesWording(p.remediesText, first),
      ...notAfter(occurredOn, at, '违法行为时间', ART.summaryForm),
      ...(p.officerIds.includes(actor.userId)
        ? []
        : [refusal('notOnTheSpot', '当场处罚决定应当由在场作出决定的执法人员登记', ART.summaryForm)]),
    ];
    const notes: CaseRefusal[] = [];
    if (ctx.fineProvisions && p.penalty.lines.some((l) => l.kind === 'fine')) {
      const codes = p.items.map((i) => i.code);
      // No 减轻 on the spot: a fine below the minimum goes through the ordinary procedure.
      const law = checkFinesAgainstLaw({
        penalty: p.penalty,
        partyKind: p.party.kind,
        actDate: occurredOn,
        decisionDate: at,
        caseItemCodes: codes,
        items: ctx.fineProvisions,
        mitigation: null,
      });
      out.push(
        ...checkOneFinePerAct(p.penalty),
        ...checkNotFinedBefore(p.penalty, codes, ctx.fineProvisions, ctx.priorFines ?? []),
        ...law.refusals,
      );
      notes.push(...lighterVersionNotes(law.applied));
    }
    const age = p.party.kind === 'person' && p.party.birthDate ? ageOn(p.party.birthDate, occurredOn) : null;
    out.push(...checkMinorOnTheSpot(age, p.tier));
    // 第34条 on the spot: the stored benchmark's range holds, or the form states why it departs.
    if (ctx.benchmarks?.length && p.penalty.lines.some((l) => l.kind === 'fine')) {
      const result = storedBenchmarkResult({
        benchmarks: ctx.benchmarks,
        benchmarkId: p.applied?.benchmarkId,
        partyKind: p.party.kind,
        ageAtAct: age,
        facts: p.benchmarkFacts,
        actDate: occurredOn,
        decisionDate: at,
      });
      out.push(
        ...checkStoredBenchmark(result, fineTotal(p.penalty), p, { legalReview: false, applicationRequired: false })
          .refusals,
      );
    }
    return { refusals: out, warnings: notes, derived: { reconsiderationFirst: first } };
  },
  recordSummaryService({ s, p, at, ctx }) {
    const decidedOn = s.summary?.decidedOn;
    const refusals = [
      ...checkOnTheSpotOnPaper(p.officersSigned, ctx.documentsOnPaper),
      ...checkSummaryService(p.partySigned, p.refusalNote),
      ...notAfter(p.handedOverOn, at, '交付日期', ART.summaryRefusal),
      ...(decidedOn && compareDates(p.handedOverOn, decidedOn) !== 0
        ? [refusal('notHandedOverOnSpot', '当场作出的行政处罚决定书应当当场交付当事人', ART.summaryForm)]
        : []),
    ];
    const due =
      s.decision && amountDue(s.decision) > 0 ? paymentDeadline(p.handedOverOn, ctx.calendar, ctx.config) : null;
    return { refusals, derived: { paymentDue: due } };
  },
  fileSummaryRecord: () => ({ refusals: [] }),
};
