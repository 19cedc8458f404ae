// 当场收缴 (第68–71条).
import { ART } from '../articles';
import { type CaseCalendar, addWorkingDays } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { CollectOnTheSpotPayload } from '../payloads/execution';
import { type CaseRefusal, refusal } from '../refusal';

export interface CashCollectionInput extends Pick<
  CollectOnTheSpotPayload,
  'amount' | 'ground' | 'partyRequested' | 'receiptNo'
> {
  /** Whether the decision was made under the summary procedure. */
  onTheSpotDecision: boolean;
  /** The fine in the decision. */
  fine: number;
}

/** 第68–70条: allowed grounds, and never without the finance department's official receipt. */
export function checkCashCollection(input: CashCollectionInput, config: CaseConfig): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  switch (input.ground) {
    case 'smallAmount':
      if (!input.onTheSpotDecision) {
        out.push(refusal('cashNotSummary', '小额罚款当场收缴仅适用于当场作出的处罚决定', ART.cashCollection));
      }
      if (input.fine > config.cash.smallAmountMax) {
        out.push(
          refusal(
            'cashAmountTooHigh',
            `罚款超过 ${config.cash.smallAmountMax} 元，不得以小额为由当场收缴`,
            ART.cashCollection,
          ),
        );
      }
      break;
    case 'hardToCollect':
      if (!input.onTheSpotDecision) {
        out.push(refusal('cashNotSummary', '“事后难以执行”的当场收缴仅适用于当场作出的处罚决定', ART.cashCollection));
      }
      break;
    case 'remoteArea':
      if (!input.partyRequested) {
        out.push(refusal('cashNotRequested', '边远、水上、交通不便地区当场收缴罚款须由当事人提出', ART.cashCollection));
      }
      break;
  }
  if (input.amount > input.fine) {
    out.push(refusal('cashAboveFine', '当场收缴的金额不得超过决定的罚款数额', ART.cashCollection));
  }
  if (!input.receiptNo?.trim()) {
    out.push(
      refusal('cashReceiptMissing', '当场收缴罚款必须出具财政部门统一制发的专用票据，并登记票据号码', ART.cashReceipt),
    );
  }
  return out;
}

/** 第71条: officers hand cash in within 2 working days of collection (of landing, on water). */
export function cashHandInDue(
  collection: { collectedOn: string; onWater: boolean; landedOn?: string },
  calendar: CaseCalendar,
  config: CaseConfig,
): string {
  const from = collection.onWater && collection.landedOn ? collection.landedOn : collection.collectedOn;
  return addWorkingDays(from, config.cash.handInWorkingDays, calendar);
}

/** 第71条: the agency banks the cash within 2 working days of hand-in. */
export function cashDepositDue(handInOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(handInOn, config.cash.depositWorkingDays, calendar);
}
