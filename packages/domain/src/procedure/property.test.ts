// Property test: random command sequences from random actors (auxiliaries, unqualified officers,
// investigators trying to review or decide, ...) go through decide() + fold exactly as the server
// runs them. Whatever gets through, no reachable state may break the core guarantees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessRole } from '../access/index';
import { CASE_ACTIONS, CASE_ACTION_TYPES } from './actions-table';
import { allowedActions } from './allowed';
import type { CaseActionRecord, CaseActor, AnyCaseActionRecord } from './case';
import { addDays, addWorkingDays, compareDates } from './calendar-port';
import { decide } from './decide';
import { investigatorIds, reviewerIds } from './duties';
import { applyCaseAction, foldCase } from './fold';
import { initialCaseState } from './fold/initial';
import type { CaseActionType } from './payloads/index';
import { fineTotal, proposalKinds } from './penalty';
import { amountDue, amountPaid } from './rules/execution';
import type { CaseState } from './state';
import { calendar, config, ctx, fine, header, OFFICERS, PEOPLE, run, SAMPLE } from './test-support/fixtures';

const a = (userId: string, ...roles: BusinessRole[]): CaseActor => ({ userId, roles });
const ACTORS: CaseActor[] = [
  ...Object.values(PEOPLE),
  a('o1', 'officer', 'agencyHead'), // an investigator who is also a head
  a('o2', 'officer', 'legalReviewer'), // an investigator who is also a reviewer
  a('r1', 'legalReviewer', 'agencyHead'), // a reviewer who is also a head
];
const QUALIFIED = new Set(OFFICERS.filter((o) => o.qualified).map((o) => o.id));

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const pickOf = <T>(xs: readonly T[], n: number): T => xs[n % xs.length];

/** A plausible payload for the action, varied by `v`, with dates and ids consistent with the case. */
function payloadFor(type: CaseActionType, s: CaseState, at: string, v: number, actor: CaseActor): unknown {
  const p = clone(SAMPLE[type]) as Record<string, unknown>;
  const n = s.lastSeq + 1;
  const pair = actor.userId === 'o2' ? ['o2', 'o1'] : ['o1', 'o2'];
  const officerSets = [pair, pair, pair, pair, ['o1', 'o3'], ['o1', 'x1'], ['o2'], [actor.userId, 'o4']];
  switch (type) {
    case 'fileCase':
      return {
        ...p,
        officerIds: pickOf(officerSets, v),
        violationDate: addDays(at, -3),
        discoveredOn: addDays(at, -1),
      };
    case 'recordInterview':
    case 'recordSiteInspection':
      return {
        ...p,
        recordId: `R-${n}`,
        officerIds: pickOf(officerSets, v),
        signature: pickOf(
          [
            { partySigned: true },
            { partySigned: true },
            { partySigned: false },
            { partySigned: false, refusalNote: '拒签' },
          ],
          v >> 3,
        ),
      };
    case 'addEvidence':
      return { ...p, evidenceId: `E-${n}` };
    case 'markEvidenceIllegal':
      return { ...p, evidenceId: s.evidence.at(v % Math.max(1, s.evidence.length))?.id ?? 'E-0' };
    case 'preserveEvidence':
      return { ...p, preservationId: `P-${n}`, officerIds: pickOf(officerSets, v) };
    case 'applyCoerciveMeasure':
      return {
        ...p,
        measureId: `M-${n}`,
        officerIds: pickOf(officerSets, v),
        takenAt: `${at}T10:00`,
        urgent: v % 2 === 0,
      };
    case 'markSuspectedCrime':
      return { ...p, reportOn: at };
    case 'referCriminal':
      return { ...p, approvedAt: `${at}T10:00` };
    case 'finishInvestigation':
      return {
        ...p,
        flags: {
          complex: v % 3 === 0,
          majorViolation: v % 5 === 0,
          majorPublicInterest: v % 7 === 0,
          multipleLegalRelations: false,
          lawRequiresReview: false,
        },
      };
    case 'issueNotice': {
      const amount = pickOf([3000, 6000, 200], v);
      return { ...p, intendedPenalty: fine(amount), rights: { statement: true, defence: true, hearing: v % 2 === 0 } };
    }
    case 'recordNoticeService':
    case 'serveDecision':
      return { method: 'direct', recipient: '张三', signedOn: at };
    case 'recordStatement':
      return { ...p, receivedOn: at };
    case 'answerStatement':
      return { ...p, revisedPenalty: fine(pickOf([1000, 2000, 9000], v)) };
    case 'waiveRights':
      return {
        ...p,
        signedOn: at,
        rights: pickOf([['statement', 'defence'], ['hearing'], ['statement', 'defence', 'hearing']], v),
      };
    case 'requestHearing':
      return { ...p, requestedOn: at };
    case 'scheduleHearing':
      return {
        ...p,
        noticeDate: at,
        hearingDate: addDays(at, pickOf([14, 5], v)),
        presiderId: pickOf(['r1', 'o2', 'h2'], v >> 1),
      };
    case 'recordHearing':
      return { ...p, heldOn: at, attendance: pickOf(['attended', 'attended', 'absentWithoutReason'], v) };
    case 'recordDeliberation':
      return { ...p, heldOn: at, participantIds: [actor.userId, 'h2'] };
    case 'decide': {
      // Mostly the penalty the party was told of; sometimes another (heavier, lighter, other kind).
      const other = pickOf([fine(3000), fine(2000), fine(6000), { lines: [{ kind: 'warning' }] }, fine(1000)], v >> 2);
      const penalty = v % 3 !== 0 && s.intendedPenalty ? s.intendedPenalty : other;
      const outcome =
        v % 20 === 7 ? { outcome: 'noPenalty', noPenaltyGround: 'notEstablished' } : { outcome: 'penalty' };
      const evidence = v % 4 === 0 ? s.evidence : s.evidence.filter((e) => !e.illegal);
      return { ...p, ...outcome, penalty, evidenceIds: evidence.map((e) => e.id) };
    }
    case 'recordPayment':
      return { ...p, amount: s.decision ? Math.max(1, amountDue(s.decision) - amountPaid(s)) : 1, paidOn: at };
    case 'issueDemand':
      return { ...p, servedOn: at, performBy: addDays(at, 10) };
    case 'decideOnTheSpot': {
      const party = pickOf(
        [
          { kind: 'person', name: '王五' },
          { kind: 'organisation', name: '某公司' },
        ],
        v,
      );
      const penalty = pickOf(
        [fine(50), fine(200), fine(201), fine(3000), fine(3001), { lines: [{ kind: 'confiscateGains', amount: 10 }] }],
        v >> 1,
      );
      return {
        ...p,
        party,
        penalty,
        officerIds: pickOf(officerSets, v >> 2),
        occurredAt: `${at}T09:00`,
        discoveredOn: at,
      };
    }
    case 'recordSummaryService':
      return { ...p, handedOverOn: s.summary?.decidedOn ?? at, partySigned: v % 2 === 0 };
    case 'collectOnTheSpot':
      return {
        ...p,
        amount: s.decision ? Math.max(1, amountDue(s.decision) - amountPaid(s)) : 1,
        collectedAt: `${at}T10:00`,
        ground: pickOf(['smallAmount', 'hardToCollect'], v),
      };
    case 'closeCase':
      return {
        ...p,
        reason: pickOf(['executed', 'noPenalty', 'transferred', 'referredCriminal'], v),
        education: { on: at, method: '当面', content: '教育' },
      };
    default:
      return p;
  }
}

// Exits end the case early; they stay possible but rare so that runs also reach the decision.
const EXITS: CaseActionType[] = ['refuseFiling', 'transferCase', 'referCriminal', 'requestJurisdictionRuling'];

const MAIN_PATH: CaseActionType[] = [
  'fileCase',
  'approveFiling',
  'addEvidence',
  'recordInterview',
  'recordSiteInspection',
  'finishInvestigation',
  'submitForReview',
  'recordReview',
  'recordDeliberation',
  'issueNotice',
  'recordNoticeService',
  'waiveRights',
  'recordStatement',
  'answerStatement',
  'requestHearing',
  'scheduleHearing',
  'recordHearing',
  'decide',
  'serveDecision',
  'recordPayment',
  'closeCase',
  'archiveCase',
  'decideOnTheSpot',
  'collectOnTheSpot',
  'recordSummaryService',
  'recordCashHandling',
  'fileSummaryRecord',
];

const step = fc.record({ actor: fc.nat(), pick: fc.nat(), variant: fc.nat(), gap: fc.integer({ min: 0, max: 4 }) });

/**
 * 第44–45条, 第62–64条: the windows the served notice opened were closed when the head decided,
 * either by running out (the decision comes the day after the due day at the earliest) or by a
 * signed waiver of that very right. The due days are computed here, not read from the state.
 */
function checkWindowsClosed(s: CaseState, decidedOn: string): void {
  const waived = Boolean(s.waiver?.rights.includes('statement') && s.waiver.rights.includes('defence'));
  const hearingWaived = s.waiver?.rights.includes('hearing') ?? false;
  const served = s.notice?.service?.serviceDate;
  if (served) {
    const representationDue = addWorkingDays(served, config.representationWorkingDays, calendar);
    expect(
      waived || compareDates(decidedOn, representationDue) > 0,
      `decided ${decidedOn} inside the 陈述申辩 period (to ${representationDue})`,
    ).toBe(true);
    if (s.notice?.rights.hearing) {
      const hearingDue = addWorkingDays(served, config.hearing.requestWorkingDays, calendar);
      const ended = s.hearing?.status === 'held' || s.hearing?.status === 'rightWaived';
      expect(
        hearingWaived || ended || compareDates(decidedOn, hearingDue) > 0,
        `decided ${decidedOn} inside the hearing request period (to ${hearingDue})`,
      ).toBe(true);
      expect(
        s.hearing?.status === 'requested' || s.hearing?.status === 'scheduled',
        'no decision while a requested hearing is pending',
      ).toBe(false);
    }
  } else if (s.notice?.rights.hearing) {
    expect(hearingWaived, 'a hearing offered by an unserved notice was waived in writing').toBe(true);
  }
}

const windowsSeen = { hearingOffered: 0, representationRanOut: 0 };

/** The guarantees, stated independently of decide()'s own code paths. Returns what kind of decision was checked. */
function checkInvariants(s: CaseState): 'none' | 'summary' | 'noPenalty' | 'penalty' | 'penaltyAfterReview' {
  const d = s.decision;
  for (const r of s.records) {
    const officers = new Set(r.officerIds);
    expect(officers.size, 'two officers on every record').toBeGreaterThanOrEqual(2);
    for (const id of officers) expect(QUALIFIED.has(id), `qualified officer ${id}`).toBe(true);
  }
  if (!d) return 'none';
  if (d.onTheSpot) {
    const kinds = d.penalty ? proposalKinds(d.penalty) : [];
    expect(kinds.every((k) => k === 'warning' || k === 'fine')).toBe(true);
    const max = s.party?.kind === 'organisation' ? config.summary.organisationMaxFine : config.summary.personMaxFine;
    expect(d.penalty ? fineTotal(d.penalty) : 0).toBeLessThanOrEqual(max);
    const officers = new Set(s.summary?.officerIds);
    expect(officers.size).toBeGreaterThanOrEqual(2);
    for (const id of officers) expect(QUALIFIED.has(id)).toBe(true);
    return 'summary';
  }
  expect(investigatorIds(s), 'decider is not an investigator').not.toContain(d.decidedBy);
  expect(reviewerIds(s), 'decider is not a reviewer').not.toContain(d.decidedBy);
  for (const r of s.reviews)
    if (r.result) expect(investigatorIds(s), 'reviewer is not an investigator').not.toContain(r.result.by);
  if (d.outcome !== 'penalty') return 'noPenalty';
  expect(s.records.length, 'a penalty rests on investigation records').toBeGreaterThan(0);
  const waived = s.waiver?.rights.includes('statement') && s.waiver.rights.includes('defence');
  expect(Boolean(s.notice?.service) || Boolean(waived), 'served notice or express waiver').toBe(true);
  checkWindowsClosed(s, d.decidedOn);
  if (s.notice?.rights.hearing) windowsSeen.hearingOffered += 1;
  if (s.notice?.service && !waived) windowsSeen.representationRanOut += 1;
  const penalty = d.penalty ?? { lines: [] };
  const threshold =
    s.party?.kind === 'organisation'
      ? config.majorDecisionList.organisationFineAtLeast
      : config.majorDecisionList.personFineAtLeast;
  const reviewNeeded =
    s.flags.complex ||
    s.flags.majorPublicInterest ||
    s.flags.multipleLegalRelations ||
    s.flags.lawRequiresReview ||
    s.hearing?.status === 'held' ||
    proposalKinds(penalty).some((k) => config.majorDecisionList.penaltyKinds.includes(k)) ||
    (threshold !== null && fineTotal(penalty) >= threshold);
  if (reviewNeeded) {
    const passed = s.reviews.filter((r) => r.result && r.result.seq < d.seq).at(-1);
    expect(passed?.result?.outcome, 'passing legal review before the decision').toBe('pass');
  }
  if (s.flags.complex || s.flags.majorViolation)
    expect(s.deliberations.length, 'collective deliberation').toBeGreaterThan(0);
  return reviewNeeded ? 'penaltyAfterReview' : 'penalty';
}

describe('procedure properties', () => {
  it('行政处罚法 第42, 51, 58, 62–64条: no reachable state decides without notice or waiver, inside an open 陈述申辩 or hearing window, without required review or two qualified officers, or beyond summary limits', () => {
    const reached: Record<string, number> = {
      none: 0,
      summary: 0,
      noPenalty: 0,
      penalty: 0,
      penaltyAfterReview: 0,
      closed: 0,
    };
    fc.assert(
      fc.property(
        fc.constantFrom<'ordinary' | 'summary'>('ordinary', 'ordinary', 'summary'),
        fc.array(step, { minLength: 40, maxLength: 90 }),
        (procedure, steps) => {
          const h = header(procedure);
          const state = initialCaseState(h);
          const log: AnyCaseActionRecord[] = [];
          let day = '2025-03-03';
          const visited = new Set<string>([state.status]);
          for (const st of steps) {
            day = addDays(day, st.gap);
            const context = ctx(day);
            const attempt = (actor: CaseActor, type: CaseActionType): boolean => {
              const r = decide(
                state,
                { type, payload: payloadFor(type, state, day, st.variant, actor), actor, at: day },
                context,
              );
              if (!r.ok) {
                for (const x of r.refusals) expect(x.article.length, `${x.code} cites an article`).toBeGreaterThan(0);
                return false;
              }
              const record = { ...r.action, seq: state.lastSeq + 1 } as CaseActionRecord as AnyCaseActionRecord;
              log.push(record);
              applyCaseAction(state, record);
              visited.add(state.status);
              checkInvariants(state);
              return true;
            };
            // Adversarial: any actor, any action (an auxiliary deciding, an investigator reviewing, ...).
            if (st.variant % 4 === 0) {
              attempt(pickOf(ACTORS, st.actor), pickOf(CASE_ACTION_TYPES, st.pick));
              continue;
            }
            // Exploring: the offered buttons in a rotated order; the first one decide() accepts is taken.
            const candidates = ACTORS.flatMap((x) =>
              allowedActions(state, x, context)
                .filter((b) => !EXITS.includes(b) || st.pick % 16 === 0)
                .map((type) => ({ actor: x, type })),
            );
            // Mostly the procedure's main path goes first (latest stage first), so runs get deep.
            // Status-changing steps outrank same-status ones; later stages outrank earlier ones.
            const moves = (t: CaseActionType) => CASE_ACTIONS[t].to !== 'same' || CASE_ACTIONS[t].alsoTo !== undefined;
            // Moving back to a status already visited (a second review, a new notice) ranks low, so runs go forward.
            const revisits = (t: CaseActionType) => CASE_ACTIONS[t].to !== 'same' && visited.has(CASE_ACTIONS[t].to);
            // Noise lets neighbouring stages swap (e.g. notice before review, or decide before review is asked for).
            const noise = (t: CaseActionType) => (st.variant >>> (MAIN_PATH.indexOf(t) % 20)) % 10;
            const rank = (t: CaseActionType) =>
              MAIN_PATH.includes(t) ? MAIN_PATH.indexOf(t) + noise(t) + (moves(t) && !revisits(t) ? 100 : 0) : -1;
            const onePerType = (cs: typeof candidates) => {
              const types = [...new Set(cs.map((c) => c.type))];
              return types.map((t) => {
                const actors = cs.filter((c) => c.type === t);
                return actors[st.actor % actors.length];
              });
            };
            const ordered =
              st.pick % 4 !== 0
                ? onePerType(candidates.filter((c) => rank(c.type) >= 0)).sort((x, y) => rank(y.type) - rank(x.type))
                : candidates
                    .map((c, i) => ({ c, k: (i * 7 + st.pick) % candidates.length }))
                    .sort((x, y) => x.k - y.k)
                    .map((x) => x.c);
            for (let i = 0; i < Math.min(8, ordered.length); i++) {
              const c = ordered[i];
              if (attempt(c.actor, c.type)) break;
            }
          }
          expect(foldCase(h, log)).toEqual(state);
          reached[checkInvariants(state)] += 1;
          if (state.closure) reached.closed += 1;
        },
      ),
      { numRuns: 150, seed: 20250303 },
    );
    // The property is not vacuous: random runs do reach decisions and closures.
    expect(reached.penalty).toBeGreaterThan(5);
    expect(reached.penaltyAfterReview).toBeGreaterThan(2);
    expect(reached.noPenalty).toBeGreaterThan(5);
    expect(reached.summary).toBeGreaterThan(5);
    expect(reached.closed).toBeGreaterThan(5);
    // Decisions were reached on notices that offered a hearing, and after a period ran out unwaived.
    expect(windowsSeen.hearingOffered).toBeGreaterThan(2);
    expect(windowsSeen.representationRanOut).toBeGreaterThan(2);
  }, 120_000);

  it('行政处罚法 第44–45条, 第62–64条: no sequence of statements, waivers, hearing steps and decision attempts reaches a decision while the 陈述申辩 or hearing window is open', () => {
    const { officerA, officerB, head, head2, reviewer } = PEOPLE;
    const investigated = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    ]);
    const SUBSETS: string[][] = [
      ['statement'],
      ['defence'],
      ['hearing'],
      ['statement', 'defence'],
      ['statement', 'defence', 'hearing'],
      ['defence', 'hearing'],
    ];
    const command = fc.record({
      kind: fc.constantFrom(
        'statement',
        'answer',
        'waive',
        'requestHearing',
        'scheduleHearing',
        'recordHearing',
        'decide',
        'decide',
        'decide',
      ),
      variant: fc.nat(),
      gap: fc.integer({ min: 0, max: 3 }),
    });
    const seen = { decisions: 0, insideHearingPeriodWithWaiver: 0, afterStatementOnly: 0, hearingOffered: 0 };
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom<string>('2025-03-12', '2025-09-26', '2025-12-26', '2026-02-13'),
        fc.array(command, { minLength: 1, maxLength: 25 }),
        (hearing, servedOn, commands) => {
          const h = header();
          const start = run(
            h,
            [
              {
                type: 'issueNotice',
                by: officerA,
                at: servedOn,
                payload: { ...SAMPLE.issueNotice, rights: { statement: true, defence: true, hearing } },
              },
              {
                type: 'recordNoticeService',
                by: officerA,
                at: servedOn,
                payload: { method: 'direct', recipient: '张三', signedOn: servedOn },
              },
            ],
            {},
            investigated,
          );
          const state = start.state;
          let day = servedOn;
          for (const c of commands) {
            day = addDays(day, c.gap);
            const step = ((): { type: CaseActionType; by: CaseActor; payload: unknown } => {
              switch (c.kind) {
                case 'statement':
                  return {
                    type: 'recordStatement',
                    by: officerA,
                    payload: { ...SAMPLE.recordStatement, receivedOn: day },
                  };
                case 'answer':
                  return { type: 'answerStatement', by: officerA, payload: { adopted: 'none', reasoning: '不采纳' } };
                case 'waive':
                  return {
                    type: 'waiveRights',
                    by: officerB,
                    payload: { rights: pickOf(SUBSETS, c.variant), signedByParty: true, signedOn: day },
                  };
                case 'requestHearing':
                  return { type: 'requestHearing', by: officerA, payload: { requestedOn: day, form: 'written' } };
                case 'scheduleHearing':
                  return {
                    type: 'scheduleHearing',
                    by: reviewer,
                    payload: { ...SAMPLE.scheduleHearing, noticeDate: day, hearingDate: addDays(day, 14) },
                  };
                case 'recordHearing':
                  return {
                    type: 'recordHearing',
                    by: reviewer,
                    payload: {
                      ...SAMPLE.recordHearing,
                      heldOn: state.hearing?.schedule?.hearingDate ?? day,
                      attendance: pickOf(['attended', 'absentWithoutReason'], c.variant),
                    },
                  };
                default:
                  return { type: 'decide', by: pickOf([head, head2], c.variant), payload: SAMPLE.decide };
              }
            })();
            // A hearing is held on its scheduled day: jump the clock there.
            if (step.type === 'recordHearing' && state.hearing?.schedule) day = state.hearing.schedule.hearingDate;
            const r = decide(state, { type: step.type, payload: step.payload, actor: step.by, at: day }, ctx(day));
            if (!r.ok) continue;
            applyCaseAction(state, { ...r.action, seq: state.lastSeq + 1 });
            if (state.decision) {
              checkWindowsClosed(state, state.decision.decidedOn);
              seen.decisions += 1;
              if (hearing) seen.hearingOffered += 1;
              const served = state.notice?.service?.serviceDate ?? servedOn;
              const hearingDue = addWorkingDays(served, config.hearing.requestWorkingDays, calendar);
              if (
                hearing &&
                state.waiver?.rights.includes('hearing') &&
                compareDates(state.decision.decidedOn, hearingDue) <= 0
              )
                seen.insideHearingPeriodWithWaiver += 1;
              if (state.statements.length > 0 && !state.waiver) seen.afterStatementOnly += 1;
              break;
            }
          }
        },
      ),
      { numRuns: 400, seed: 20251226 },
    );
    // Not vacuous: decisions were reached on notices offering a hearing, early ones only after a
    // written hearing waiver, and late ones after a statement with no waiver at all.
    expect(seen.decisions).toBeGreaterThan(50);
    expect(seen.hearingOffered).toBeGreaterThan(20);
    expect(seen.insideHearingPeriodWithWaiver).toBeGreaterThan(3);
    expect(seen.afterStatementOnly).toBeGreaterThan(3);
  }, 120_000);
});
