// Officers, records and recusal (第42–43条, 第55条; 行政强制法 第18条).
import { ART } from '../articles';
import type { OfficerQualification } from '../context';
import type { SignatureRecord } from '../payloads/common';
import { type CaseRefusal, refusal } from '../refusal';

/**
 * At least two distinct officers, each qualified (valid certificate, not an auxiliary) on the
 * act's date and domain. Qualification is computed by the server and passed in; without it the
 * record cannot be accepted.
 */
export function checkTwoQualifiedOfficers(
  officerIds: readonly string[],
  officers: readonly OfficerQualification[] | undefined,
  article: string = ART.twoOfficers,
): CaseRefusal[] {
  const distinct = [...new Set(officerIds)];
  const out: CaseRefusal[] = [];
  if (distinct.length < 2) {
    out.push(refusal('fewerThanTwoOfficers', '执法人员不得少于两人', article));
  }
  if (!officers) {
    out.push(refusal('officerQualificationUnknown', '未提供执法人员资格信息，无法核对执法资格', article));
    return out;
  }
  for (const id of distinct) {
    const q = officers.find((o) => o.id === id);
    if (!q) out.push(refusal('officerUnknown', `人员 ${id} 无执法资格记录`, article));
    else if (!q.qualified)
      out.push(
        refusal('officerNotQualified', `人员 ${id} 不具备行政执法资格${q.reason ? `：${q.reason}` : ''}`, article),
      );
  }
  return out;
}

/** 第55条第2款; 行政强制法 第18条(七)–(九): signed, or refusal noted, or (party absent) a witness. */
export function checkRecordSignature(signature: SignatureRecord, partyPresent = true): CaseRefusal[] {
  if (signature.partySigned) return [];
  if (signature.refusalNote?.trim()) return [];
  if (!partyPresent && signature.witness?.trim()) return [];
  return [
    refusal(
      'recordUnsigned',
      partyPresent ? '笔录须经当事人签名，当事人拒绝签名的应当注明' : '当事人不在场的，笔录应当由见证人签名',
      ART.investigationRecord,
    ),
  ];
}

/** 第55条: certificates are shown on the officers' own initiative. */
export function checkCertificatesShown(shown: boolean): CaseRefusal[] {
  return shown ? [] : [refusal('certificatesNotShown', '执法人员应当主动出示执法证件', ART.investigationRecord)];
}

/** 第43条第1款: an officer who has withdrawn (or must) cannot be assigned or act on the case. */
export function checkNotRecused(officerIds: readonly string[], recusedIds: readonly string[]): CaseRefusal[] {
  return officerIds
    .filter((id) => recusedIds.includes(id))
    .map((id) => refusal('officerRecused', `执法人员 ${id} 已回避，不得承办本案`, ART.recusal));
}

/** 第43条第2–3款: who decides a recusal application, and whether investigation stops meanwhile. */
export const RECUSAL_ROUTING = {
  decidedBy: 'agencyHead',
  investigationPaused: false,
  article: ART.recusalApplication,
} as const;
