// The party (当事人). 第51条 distinguishes 公民 from 法人或者其他组织; a 个体工商户 is recorded
// as a person (its operator answers), which is the stricter summary threshold.
export type CasePartyKind = 'person' | 'organisation';

export const CASE_PARTY_KIND_LABELS: Record<CasePartyKind, string> = {
  person: '公民（自然人）',
  organisation: '法人或者其他组织',
};

export interface CaseParty {
  kind: CasePartyKind;
  name: string;
  /** 身份证号 for a person, 统一社会信用代码 for an organisation; validated by identifiers/. */
  idNumber?: string;
  address?: string;
  /** Needed for the 第30条 age rules; the server derives it from the ID number. */
  birthDate?: string;
  legalRepresentative?: string;
}
