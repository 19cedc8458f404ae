// Personal identifiers that action payloads carry (个人信息保护法 第51条; security.md §7 item 22:
// ID numbers, contact details and addresses are encrypted at field level). The action log is
// append-only and read by every case viewer, so it keeps only the masked form; the server stores
// the clear value encrypted beside the action and reveals it on an audited request.
import { maskIdNumber, normaliseIdNumber } from '../../identifiers/id-number';
import { maskPhone } from '../../identifiers/phone';
import type { CasePartyKind } from '../party';
import type { CaseActionType } from './index';

export type SensitiveKind = 'idNumber' | 'address' | 'contact';

export const SENSITIVE_KIND_LABELS: Record<SensitiveKind, string> = {
  idNumber: '身份证号码',
  address: '住址',
  contact: '联系方式',
};

export interface SensitiveField {
  /** Where the value sits: dotted keys, `[]` for every item of a list ("agents[].idNumber"). */
  path: string;
  kind: SensitiveKind;
  /** About the party, and personal data only when the party is a natural person (an organisation's address is public). */
  partyPersonOnly?: boolean;
  /** Already protected on the case row (cases.party_id_enc), not among the action's secrets. */
  storedOnCase?: boolean;
}

const PARTY: readonly SensitiveField[] = [{ path: 'party.idNumber', kind: 'idNumber', storedOnCase: true }];

/**
 * Personal fields kept clear in the log on purpose, each with the reason. The party's address
 * must appear in the notice and the decision (行政处罚法 第59条) and direct service goes there, so
 * every officer on the case needs it; it is hidden where it must be, at publication (statement 70).
 */
export const CLEAR_BY_DESIGN: readonly { key: string; reason: string }[] = [
  { key: 'address', reason: '当事人住址须载明于告知书、决定书并用于送达（行政处罚法第59条），公开时脱敏' },
  { key: 'partyAddress', reason: '当事人住址须载明于决定书并用于送达（行政处罚法第59条），公开时脱敏' },
  {
    key: 'agencyContact',
    reason: '协助函（行政处罚法第26条）载明本机关的联系人和办公电话，是机关公开的工作联系方式，不是当事人的个人信息',
  },
];
const SERVICE: readonly SensitiveField[] = [{ path: 'electronicAddress', kind: 'contact' }];

/** Every payload field holding a personal identifier, by action type; types not listed hold none. */
export const SENSITIVE_PAYLOAD_FIELDS: { readonly [T in CaseActionType]?: readonly SensitiveField[] } = {
  fileCase: PARTY,
  // An added party's ID number is not on the case row: kept among the action's secrets (a credit code is public).
  addParty: [{ path: 'party.idNumber', kind: 'idNumber', partyPersonOnly: true }],
  decideOnTheSpot: PARTY,
  scheduleHearing: [{ path: 'agents[].idNumber', kind: 'idNumber' }],
  recordNoticeService: SERVICE,
  serveDecision: SERVICE,
};

// Administrative units down to the county: what the public-portal profile of security.md §3.2
// keeps of an address. Unit names exclude digits and the characters of township and street words,
// so "市府路" or "杜阮镇" never pass for a unit.
const ADMIN_UNIT =
  /^[^\d\s*省市区县旗盟镇乡村路街巷道号弄栋幢楼室]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)/;
const PROVINCE = /(?:省|自治区|特别行政区)$/;
const PREFECTURE = /(?:市|自治州|地区|盟)$/;
const HIDDEN = '****';

/** Keeps the units down to the county (区/县/旗, or a 市 under a prefecture) and hides the rest: 广东省江门市蓬江区****. */
export function maskAddress(address: string): string {
  const s = address.trim();
  let kept = '';
  let level = 0;
  for (;;) {
    const unit = ADMIN_UNIT.exec(s.slice(kept.length))?.[0];
    if (unit === undefined) break;
    kept += unit;
    if (level === 0 && PROVINCE.test(unit)) level = 1;
    else if (level <= 1 && PREFECTURE.test(unit)) level = 2;
    else break;
  }
  return kept.length === s.length ? s : kept + HIDDEN;
}

const EMAIL = /^([^@\s]+)@([^@\s]+)$/;
const PHONE_LIKE = /^\+?[\d\s()*-]+$/;

/** An e-mail keeps its first letter and domain, a phone number its ends; anything else its first and last character. */
export function maskContact(contact: string): string {
  const s = contact.trim();
  const email = EMAIL.exec(s);
  if (email) return `${email[1].slice(0, 1)}***@${email[2]}`;
  if (PHONE_LIKE.test(s) && (s.match(/\d/g)?.length ?? 0) >= 5) return maskPhone(s);
  const chars = [...s];
  if (chars.length <= 2) return '*'.repeat(chars.length);
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskSensitive(kind: SensitiveKind, value: string): string {
  switch (kind) {
    case 'idNumber':
      return maskIdNumber(value);
    case 'address':
      return maskAddress(value);
    case 'contact':
      return maskContact(value);
  }
}

export interface SensitiveValue {
  /** Concrete path in the payload: "agents[0].idNumber". */
  path: string;
  kind: SensitiveKind;
  /** The clear value (ID numbers normalised: no spaces, upper-case X). */
  value: string;
  masked: string;
}

export interface MaskedPayload {
  payload: unknown;
  values: SensitiveValue[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function visit(
  node: unknown,
  segments: readonly string[],
  at: string,
  found: (holder: Obj, key: string, path: string) => void,
): void {
  const [head, ...rest] = segments;
  if (head === undefined || !isObj(node)) return;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const here = at ? `${at}.${key}` : key;
  const child = node[key];
  if (list) {
    if (Array.isArray(child)) child.forEach((item, i) => visit(item, rest, `${here}[${i}]`, found));
  } else if (rest.length === 0) {
    found(node, key, here);
  } else {
    visit(child, rest, here, found);
  }
}

/**
 * A copy of the payload with every listed identifier replaced by its masked form, and the clear
 * values found. Fields kept on the case row are left alone. The party's kind is the payload's own
 * (filing, 当场处罚) or else the case's; unknown counts as a natural person, the safer reading.
 * Values that are not non-empty strings are left for the payload validator to refuse.
 */
export function maskSensitivePayload(type: string, payload: unknown, partyKind?: CasePartyKind | null): MaskedPayload {
  const fields = (SENSITIVE_PAYLOAD_FIELDS as Partial<Record<string, readonly SensitiveField[]>>)[type];
  if (!fields || !isObj(payload)) return { payload, values: [] };
  const copy = JSON.parse(JSON.stringify(payload)) as Obj;
  const ownKind = isObj(copy.party) ? copy.party.kind : undefined;
  const person = (ownKind ?? partyKind) !== 'organisation';
  const values: SensitiveValue[] = [];
  for (const field of fields) {
    if (field.storedOnCase || (field.partyPersonOnly && !person)) continue;
    visit(copy, field.path.split('.'), '', (holder, key, path) => {
      const raw = holder[key];
      if (typeof raw !== 'string' || raw.trim() === '') return;
      const value = field.kind === 'idNumber' ? normaliseIdNumber(raw) : raw.trim();
      const masked = maskSensitive(field.kind, value);
      holder[key] = masked;
      values.push({ path, kind: field.kind, value, masked });
    });
  }
  return { payload: copy, values };
}
