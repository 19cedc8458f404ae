import type { Reducers } from './types';

export const partyReducers: Pick<Reducers, 'addParty'> = {
  addParty(s, a) {
    const p = a.payload;
    s.parties.push({ ...p.party, id: p.partyId, addedOn: a.at, seq: a.seq, jointFacts: p.jointFacts });
  },
};
