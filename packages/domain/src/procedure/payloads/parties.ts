// 共同违法: a case may name several parties (glossary `parties`). The first is the one filed; the
// others are added by the head on the log, so the party list is derived from the actions alone.
// 行政处罚法 第29条 bars a second fine for the same act of the same party, not a fine for each joint
// violator: every party gets its own penalty and its own decision.
import type * as z from 'zod';
import { clientOnly, obj, req, text } from './fields';
import { party } from './common';

/** The id of the party named at filing (or on the spot). */
export const PRIMARY_PARTY_ID = 'P1';

export const addParty = clientOnly(
  obj({
    // P2, P3, … within the case.
    partyId: req('当事人编号', text(20)),
    party: req('当事人', party),
    // What this party did together with the others (共同违法的事实).
    jointFacts: req('共同违法事实', text(5000)),
  }),
);
export type AddPartyPayload = z.infer<typeof addParty.payload>;
