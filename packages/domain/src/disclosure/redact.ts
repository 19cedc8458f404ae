// The redaction of a decision's free text before publication (statement 70: 暂行办法 第7条;
// 政府信息公开条例 第15条; 个人信息保护法 第28条). Names and addresses are those the case records;
// numbers are found by their shape, so one the case did not record is removed too.
import {
  BANK_CARD,
  digitsOf,
  EMAIL,
  ID_NUMBER,
  ID_NUMBER_15,
  LABELLED_ACCOUNT,
  LANDLINE,
  MOBILE,
  passesLuhn,
} from './patterns';

export type RedactionKind = 'idNumber' | 'phone' | 'bankAccount' | 'email' | 'address' | 'personName';

export const REDACTION_LABELS: Record<RedactionKind, string> = {
  idNumber: '身份证件号码',
  phone: '联系电话',
  bankAccount: '银行账号',
  email: '电子邮箱',
  address: '住址',
  personName: '其他自然人姓名',
};

const PLACEHOLDER: Record<RedactionKind, string> = {
  idNumber: '（身份证件号码略）',
  phone: '（电话略）',
  bankAccount: '（账号略）',
  email: '（邮箱略）',
  address: '（住址略）',
  personName: '××',
};

export interface RedactionContext {
  /** Names of natural persons to remove (witnesses, third parties, a company's representative). */
  removeNames: readonly string[];
  /** A natural person's name to show as given (the punished person: 李某, or in full where required). */
  replaceNames: readonly { name: string; shownAs: string }[];
  /** Home addresses recorded in the case. */
  addresses: readonly string[];
  /** Values published on purpose (an organisation's credit code), never taken for a number to hide. */
  keep: readonly string[];
}

export interface RedactedText {
  text: string;
  counts: Partial<Record<RedactionKind, number>>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function redactText(input: string, ctx: RedactionContext): RedactedText {
  const counts: Partial<Record<RedactionKind, number>> = {};
  const kept = new Map<string, string>();
  let text = input;
  // Values to keep are parked behind markers no pattern matches, and put back at the end.
  ctx.keep
    .filter((k) => k.trim().length > 0)
    .forEach((k, i) => {
      const marker = `\u0000K${i}\u0000`;
      kept.set(marker, k);
      text = text.split(k).join(marker);
    });
  const replace = (pattern: RegExp, kind: RedactionKind, accept: (match: string) => boolean = () => true) => {
    text = text.replace(pattern, (match: string, ...groups: unknown[]) => {
      const captured = typeof groups[0] === 'string' ? groups[0] : null;
      const value = captured ?? match;
      if (!accept(value)) return match;
      counts[kind] = (counts[kind] ?? 0) + 1;
      return captured ? match.replace(captured, PLACEHOLDER[kind]) : PLACEHOLDER[kind];
    });
  };
  replace(EMAIL, 'email');
  replace(LABELLED_ACCOUNT, 'bankAccount');
  // Any 18-character ID-shaped number goes, valid check digit or not: a typo is still a person's number.
  replace(ID_NUMBER, 'idNumber');
  replace(MOBILE, 'phone');
  replace(LANDLINE, 'phone');
  replace(BANK_CARD, 'bankAccount', (m) => passesLuhn(digitsOf(m)));
  replace(ID_NUMBER_15, 'idNumber');
  for (const address of [...ctx.addresses].filter((a) => a.trim().length >= 4).sort((a, b) => b.length - a.length))
    replace(new RegExp(escapeRegExp(address.trim()), 'g'), 'address');
  // Longer names first, so 欧阳小明 is not half-replaced by a rule for 欧阳小.
  const names = [
    ...ctx.removeNames.map((name) => ({ name: name.trim(), shownAs: null as string | null })),
    ...ctx.replaceNames.map((n) => ({ name: n.name.trim(), shownAs: n.shownAs })),
  ]
    .filter((n) => n.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  for (const n of names) {
    const pattern = new RegExp(escapeRegExp(n.name), 'g');
    if (n.shownAs === null) replace(pattern, 'personName');
    else text = text.replace(pattern, n.shownAs);
  }
  for (const [marker, value] of kept) text = text.split(marker).join(value);
  return { text, counts };
}
