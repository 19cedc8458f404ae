// The shortest ordinary path up to a decision, for the tests of what happens at and after it:
// on-site evidence E-1, the investigation finished, a 3,000-yuan fine noticed and served on the
// given day (no hearing right at that amount), statement and defence waived. DECISION decides it.
import { BASIS, fine, NO_CIRCUMSTANCES, PARTY, type Harness } from './fixtures';

const FLAGS = {
  complex: false,
  majorViolation: false,
  majorPublicInterest: false,
  multipleLegalRelations: false,
  lawRequiresReview: false,
};
const FACTS = '当事人占道摆卖';

export const DECISION = {
  outcome: 'penalty',
  penalty: fine(3000),
  partyAddress: PARTY.address,
  facts: FACTS,
  evidenceIds: ['E-1'],
  basis: BASIS,
  circumstances: NO_CIRCUMSTANCES,
  discretion: { tier: 'standard', reasoning: '情节一般' },
  performance: { method: '银行缴纳', deadline: '收到本决定书之日起十五日内' },
  surchargeStandardStated: true,
  handedOverOnSpot: false,
};

/** On-site evidence E-1 taken on `day`, then the investigation finished proposing a penalty. */
export async function finishInvestigation(h: Harness, id: string, day: string): Promise<void> {
  const o1 = await h.person('duruan.officer1');
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'addEvidence', {
      evidenceId: 'E-1',
      kind: 'audioVisual',
      title: '现场照片',
      source: 'onSite',
      capturedBy: [o1],
      capturedAt: `${day}T10:00`,
    }),
  );
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'finishInvestigation', {
      report: '调查终结',
      proposedOutcome: 'penalty',
      flags: FLAGS,
    }),
  );
}

/** Takes an investigating case to where `decide` with DECISION is allowed, every step dated `day`. */
export async function readyToDecide(h: Harness, id: string, day: string): Promise<void> {
  await finishInvestigation(h, id, day);
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'issueNotice', {
      intendedPenalty: fine(3000),
      facts: FACTS,
      reasons: '违反条例',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: false },
    }),
  );
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'recordNoticeService', { method: 'direct', recipient: '张三', signedOn: day }),
  );
  h.ok(
    await h.cmd(id, 'duruan.officer1', 'waiveRights', {
      rights: ['statement', 'defence'],
      signedByParty: true,
      signedOn: day,
    }),
  );
}
