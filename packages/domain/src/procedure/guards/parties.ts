import { checkAddParty } from '../rules/parties';
import type { Guards } from './types';

export const partyGuards: Pick<Guards, 'addParty'> = {
  addParty({ s, p }) {
    return { refusals: checkAddParty(s, p.partyId, p.party) };
  },
};
