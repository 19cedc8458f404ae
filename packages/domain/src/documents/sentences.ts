// The fixed sentences the rules put into documents.
import { articleLabel } from './articles';
import { amountPhrase } from './amount';

const PENALTY_LAW = '《中华人民共和国行政处罚法》';

/**
 * 行政处罚法 第72条第1款第（一）项: a fine not paid when due is surcharged 3% of the fine a day
 * (capped at the fine, 行政强制法 第45条第2款). A decision that fines states it.
 */
export function surchargeSentence(): string {
  return `到期不缴纳罚款的，本机关可以依据${PENALTY_LAW}${articleLabel(72, 1, 1)}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`;
}

export interface Payee {
  accountName: string;
  bank: string;
  accountNumber: string;
}

/**
 * 行政处罚法 第67条: the party pays within 15 days of receipt at the designated bank or through
 * electronic payment; the agency's account is its configuration.
 */
export function paymentInstructions(total: number, payee: Payee | null): string {
  const where = payee
    ? `缴至${payee.bank}（户名：${payee.accountName}；账号：${payee.accountNumber}）`
    : '缴至指定的银行或者通过电子支付系统缴纳';
  return `请于收到本决定书之日起十五日内，将罚没款${amountPhrase(total)}${where}（${PENALTY_LAW}${articleLabel(67, 3)}）。`;
}

/** A document stating a deadline that reaches a year whose holiday notice is not loaded (ADR 0001). */
export const PROVISIONAL_DEADLINE_NOTE =
  '注：本文书所载期限的计算涉及尚未公布节假日安排的年度，系按法定节假日暂算，以国务院公布的安排为准。';

/** 「本决定书已于……送达」 for a service receipt's body. */
export function serviceSentence(documentTitle: string, documentNumber: string | null): string {
  return `送达文书：${documentTitle}${documentNumber ? `（${documentNumber}）` : ''}`;
}
