import { describe, expect, it } from 'vitest';
import { publicationNoticeSentence } from '../../disclosure/eligibility';
import { header, PEOPLE, run, SAMPLE, servedOrdinaryCase } from '../test-support/fixtures';
import { PUBLICATION_NOTICE_SERVED } from './decision';
import { actionDefinition } from './index';

const { officerA } = PEOPLE;
const def = actionDefinition('serveDecision');
const fill = def.serverFills?.find((f) => f.fill === 'fromCase' && f.path[0] === 'publicationNotice');
const decidedState = () => {
  const served = servedOrdinaryCase();
  // The same case one step earlier: decided, not yet served.
  return run(header(), [], {}, { actions: served.actions.slice(0, -1) });
};

describe('statement 72: the publication notice goes with the decision served', () => {
  it('市场监督管理行政处罚信息公示规定 第8条, 行政处罚法 第48条: the service of a decision that will be published records that its notice went with it, and the timeline says so', () => {
    const { state, actions } = decidedState();
    if (fill?.fill !== 'fromCase') throw new Error('serveDecision states the publication notice from the case');
    const value = fill.value(SAMPLE.serveDecision, state);
    expect(value).toBe(true);
    // The decision document carries the sentence by the same rule.
    const decided = actions.at(-1)!;
    expect(decided.type).toBe('decide');
    const doc = actionDefinition('decide').documents!.find((d) => d.kind === 'penaltyDecision')!;
    expect(doc.content!(state)).toMatchObject({ publication: true });
    expect(publicationNoticeSentence()).toContain('第四十八条');

    const served = run(
      header(),
      [
        {
          type: 'serveDecision',
          by: officerA,
          at: '2025-03-21',
          payload: { ...SAMPLE.serveDecision, publicationNotice: value },
        },
      ],
      {},
      { actions },
    );
    const record = served.actions.at(-1)!;
    expect(record.payload).toMatchObject({ publicationNotice: true });
    expect(def.summary!(record.payload as never)).toBe(`直接送达，受送达人：张三；${PUBLICATION_NOTICE_SERVED}`);
  });

  it('行政处罚法 第48条: a decision not published (no penalty) records no notice, and the timeline line stays as it was', () => {
    const { state } = decidedState();
    if (fill?.fill !== 'fromCase') throw new Error('serveDecision states the publication notice from the case');
    const notPublished = { ...state, decision: { ...state.decision!, outcome: 'noPenalty' as const } };
    expect(fill.value(SAMPLE.serveDecision as Record<string, unknown>, notPublished)).toBeUndefined();
    expect(def.summary!(SAMPLE.serveDecision)).toBe('直接送达，受送达人：张三');
  });

  it('行政处罚法 第48条: a client cannot claim the notice itself — the form’s input refuses the field', () => {
    const sent = def.schemas.input.safeParse({ ...SAMPLE.serveDecision, publicationNotice: true });
    expect(sent.success).toBe(false);
    expect(def.schemas.payload.safeParse({ ...SAMPLE.serveDecision, publicationNotice: true }).success).toBe(true);
  });
});
