// What the server adds to a command's payload before decide() sees it, as each action's definition
// declares (`serverFills`): the numbers it issues (a client never chooses a document number), the
// agency's own name and remedies where the form left them out, and the party's ID number replaced
// by its masked form (the clear number is stored encrypted on the case row, never in the log).
import {
  CASE_ACTIONS,
  caseFileYear,
  isCaseActionType,
  idNumberBirthDate,
  maskIdNumber,
  normaliseCreditCode,
  normaliseIdNumber,
  validateCreditCode,
  validateIdNumber,
  type CaseState,
  type PayloadPath,
} from '@zhifa/domain';
import type { Tx } from '../../../db/schema';
import type { AgencyKind } from '../../../db/tables/foundation';
import type { AppContext } from '../../../platform/context';
import { unprocessable } from '../../../platform/errors';
import { issueArchiveNumber, issueDocumentNumber } from '../../../shared/numbers';
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

/** The parent object of a path and the last key, or null when the path does not lead into an object. */
function slot(p: Obj, path: PayloadPath): { parent: Obj; key: string } | null {
  let node: unknown = p;
  for (const key of path.slice(0, -1)) node = isObj(node) ? node[key] : undefined;
  return isObj(node) ? { parent: node, key: path[path.length - 1] } : null;
}

/**
 * Fills the payload as the action's definition says (`serverFills`, in order): the numbers are always
 * the server's, the agency's name and remedies only where the form left them out.
 */
export async function preparePayload(
  tx: Tx,
  app: AppContext,
  agency: PrepareAgency,
  state: CaseState,
  type: string,
  input: unknown,
  today: string,
): Promise<PreparedPayload> {
  if (!isObj(input) || !isCaseActionType(type)) return { payload: input, party: null };
  const p: Obj = JSON.parse(JSON.stringify(input)) as Obj;
  const year = Number(today.slice(0, 4));
  let party: PartyIdentity | null = null;

  for (const fill of CASE_ACTIONS[type].serverFills ?? []) {
    const at = slot(p, fill.path);
    if (!at) continue;
    const { parent, key } = at;
    switch (fill.fill) {
      case 'documentNumber': {
        const series = typeof fill.series === 'function' ? fill.series(p) : fill.series;
        if (series) parent[key] = await issueDocumentNumber(tx, agency, year, series);
        break;
      }
      case 'archiveNumber':
        parent[key] = await issueArchiveNumber(tx, agency.id, caseFileYear(state) ?? year);
        break;
      case 'agencyName':
        parent[key] ??= agency.name;
        break;
      case 'remedies':
        if (parent[key] === undefined) {
          const r = await remediesFor(tx, agency, fill.onTheSpot, today);
          parent[key] =
            fill.shape === 'text'
              ? r.text
              : { reconsiderationBody: r.reconsiderationBody, court: r.court, text: r.text };
        }
        break;
      case 'partyIdentity': {
        const value = parent[key];
        if (!isObj(value)) break;
        if (fill.keep === 'caseRow') party = protectParty(app, value, today);
        else checkAddedParty(value, today);
        break;
      }
      case 'fromCase':
        if (parent[key] === undefined) {
          const value = fill.value(p, state);
          if (value !== undefined) parent[key] = value;
        }
        break;
    }
  }
  return { payload: p, party };
}
