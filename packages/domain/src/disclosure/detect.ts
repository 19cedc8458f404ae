// The check before release (statement 70): a rendition is held for review when it still contains
// an ID number with a valid check digit, a mobile number, a bank card number passing Luhn, an
// e-mail address, an unmasked natural person's name from the case, or words of health information.
import { BANK_CARD, digitsOf, EMAIL, HEALTH_WORDS, ID_NUMBER, isRealIdNumber, MOBILE, passesLuhn } from './patterns';

export type FindingKind = 'idNumber' | 'mobile' | 'bankCard' | 'email' | 'personName' | 'health';

export const FINDING_LABELS: Record<FindingKind, string> = {
  idNumber: '身份证号码（校验位有效）',
  mobile: '手机号码',
  bankCard: '银行卡号（通过 Luhn 校验）',
  email: '电子邮箱',
  personName: '未隐去的自然人姓名',
  health: '健康信息',
};

export interface Finding {
  kind: FindingKind;
  /** Where it was found (the field's name). */
  field: string;
  /** The finding, masked, so the review screen does not spread what it warns about. */
  excerpt: string;
}

export interface DetectionContext {
  /** Full names of the natural persons the case records (the punished person included). */
  personNames: readonly string[];
  /** The name each may be published under (李某, or the full name where local rules require it). */
  allowedNames: readonly string[];
  /** Values published on purpose (an organisation's credit code). */
  keep: readonly string[];
}

function mask(value: string): string {
  if (value.length <= 4) return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 1))}`;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}

function scan(field: string, raw: string, ctx: DetectionContext): Finding[] {
  let text = raw;
  for (const k of ctx.keep) if (k.trim()) text = text.split(k).join(' ');
  const out: Finding[] = [];
  const found = (kind: FindingKind, value: string) => out.push({ kind, field, excerpt: mask(value) });
  const ids = new Set<string>();
  for (const m of text.matchAll(ID_NUMBER)) {
    if (isRealIdNumber(m[0])) {
      ids.add(m[0]);
      found('idNumber', m[0]);
    }
  }
  for (const m of text.matchAll(MOBILE)) found('mobile', m[0]);
  for (const m of text.matchAll(BANK_CARD)) {
    const digits = digitsOf(m[0]);
    if (!ids.has(m[0]) && passesLuhn(digits) && !/^1[3-9]\d{9}$/.test(digits)) found('bankCard', m[0]);
  }
  for (const m of text.matchAll(EMAIL)) found('email', m[0]);
  // A name allowed as published (李某, or 李小明 where full names are the rule) is not a finding.
  let withoutAllowed = text;
  for (const a of [...ctx.allowedNames].sort((x, y) => y.length - x.length))
    if (a.trim()) withoutAllowed = withoutAllowed.split(a).join(' ');
  for (const name of ctx.personNames) {
    const n = name.trim();
    if (n.length >= 2 && withoutAllowed.includes(n)) found('personName', n);
  }
  for (const m of text.matchAll(HEALTH_WORDS)) found('health', m[0]);
  return out;
}

/** Every finding in the rendition's published fields; none means it may be released. */
export function detectPersonalInformation(
  fields: Readonly<Record<string, string | null | undefined>>,
  ctx: DetectionContext,
): Finding[] {
  return Object.entries(fields).flatMap(([field, value]) => (value ? scan(field, value, ctx) : []));
}
