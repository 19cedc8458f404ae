// What the server adds to a command's payload before decide() sees it: the numbers it issues
// (a client never chooses a document number), the agency's own name and remedies where the form
// left them out, and the party's ID number replaced by its masked form (the clear number is
// stored encrypted on the case row, never in the log).
import {
  caseFileYear,
  idNumberBirthDate,
  maskIdNumber,
  normaliseCreditCode,
  normaliseIdNumber,
  validateCreditCode,
  validateIdNumber,
  type CaseState,
} from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import type { AgencyKind } from '../../db/tables/foundation';
import type { AppContext } from '../../platform/context';
import { unprocessable } from '../../platform/errors';
import { issueArchiveNumber, issueDocumentNumber } from '../../shared/numbers';
import { remediesFor } from './remedies';

export interface PrepareAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  regionCode: string;
  docPrefix: string;
}

export interface PartyIdentity {
  enc: string;
  hmac: string;
  masked: string;
}

export interface PreparedPayload {
  payload: unknown;
  party: PartyIdentity | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const MEASURE_CLASS: Record<string, string> = { seal: '封', seize: '扣', freeze: '冻' };

function protectParty(app: AppContext, party: Obj, today: string): PartyIdentity | null {
  const raw = party.idNumber;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let id: string;
  if (party.kind === 'organisation') {
    id = normaliseCreditCode(raw);
    const check = validateCreditCode(id);
    if (!check.ok) throw unprocessable('INVALID_PARTY_ID', `当事人统一社会信用代码无效：${check.message}`);
  } else {
    id = normaliseIdNumber(raw);
    const check = validateIdNumber(id, today);
    if (!check.ok) throw unprocessable('INVALID_PARTY_ID', `当事人身份证号码无效：${check.message}`);
    // 第30条 age rules read the birth date; the ID number states it.
    if (party.birthDate === undefined) party.birthDate = idNumberBirthDate(id) ?? undefined;
  }
  party.idNumber = maskIdNumber(id);
  return {
    enc: app.fieldCrypto.encrypt(id, 'cases.party_id'),
    hmac: app.fieldCrypto.lookup(id, 'cases.party_id'),
    masked: maskIdNumber(id),
  };
}

/**
 * An added party's identifier is checked as the filed party's is. A credit code is public and kept
 * normalised in the log; a person's ID number gives the birth date (第30条) and is then masked and kept
 * encrypted among the action's secrets (protect-payload.ts), not on the case row, which holds the first party's.
 */
function checkAddedParty(party: Obj, today: string): void {
  const raw = party.idNumber;
  if (typeof raw !== 'string' || raw.trim() === '') return;
  if (party.kind === 'organisation') {
    const code = normaliseCreditCode(raw);
    const check = validateCreditCode(code);
    if (!check.ok) throw unprocessable('INVALID_PARTY_ID', `当事人统一社会信用代码无效：${check.message}`);
    party.idNumber = code;
    return;
  }
  const id = normaliseIdNumber(raw);
  const check = validateIdNumber(id, today);
  if (!check.ok) throw unprocessable('INVALID_PARTY_ID', `当事人身份证号码无效：${check.message}`);
  if (party.birthDate === undefined) party.birthDate = idNumberBirthDate(id) ?? undefined;
}

export async function preparePayload(
  tx: Tx,
  app: AppContext,
  agency: PrepareAgency,
  state: CaseState,
  type: string,
  input: unknown,
  today: string,
): Promise<PreparedPayload> {
  if (!isObj(input)) return { payload: input, party: null };
  const p: Obj = JSON.parse(JSON.stringify(input)) as Obj;
  const year = Number(today.slice(0, 4));
  const numberFor = (docClass: string) =>
    issueDocumentNumber(tx, { id: agency.id, docPrefix: agency.docPrefix }, year, docClass);
  let party: PartyIdentity | null = null;

  switch (type) {
    case 'fileCase':
      if (isObj(p.party)) party = protectParty(app, p.party, today);
      break;
    case 'decideOnTheSpot': {
      if (isObj(p.party)) party = protectParty(app, p.party, today);
      p.agencyName ??= agency.name;
      if (p.remediesText === undefined) p.remediesText = (await remediesFor(tx, agency, true, today)).text;
      p.formNumber = await numberFor('当罚');
      break;
    }
    case 'addParty':
      if (isObj(p.party)) checkAddedParty(p.party, today);
      break;
    case 'issueNotice':
      p.noticeNumber = await numberFor('告');
      break;
    case 'orderCorrection':
      p.orderNumber = await numberFor('改');
      break;
    case 'decide': {
      p.agencyName ??= agency.name;
      if (p.remedies === undefined) {
        const r = await remediesFor(tx, agency, false, today);
        p.remedies = { reconsiderationBody: r.reconsiderationBody, court: r.court, text: r.text };
      }
      // 「逾期不改正的，处……」: a penalty states the follow-ups that found no correction as its ground.
      if (p.outcome === 'penalty' && p.uncorrectedOrderIds === undefined) {
        const found = (state.correctionOrders ?? [])
          .filter((c) => c.followUp?.outcome === 'notCorrected')
          .map((c) => c.id);
        if (found.length) p.uncorrectedOrderIds = found;
      }
      p.decisionNumber = await numberFor(p.outcome === 'noPenalty' ? '不罚' : '罚');
      break;
    }
    case 'applyCoerciveMeasure':
      if (isObj(p.decision) && typeof p.kind === 'string' && MEASURE_CLASS[p.kind]) {
        p.decision.number = await numberFor(MEASURE_CLASS[p.kind]);
        p.decision.agencyName ??= agency.name;
      }
      break;
    case 'archiveCase':
      p.archiveNumber = await issueArchiveNumber(tx, agency.id, caseFileYear(state) ?? year);
      break;
  }
  return { payload: p, party };
}
