// Every active rule inside one given transaction (the demo seed, which loads the county in one):
// the same queries and upserts as a run, without the run row or its own transactions.
import type { ActiveAlertRuleId } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { applyFindings } from './apply-findings';
import { notifyOpened } from './notify-alerts';
import { RULE_LIST } from './rules/index';

export async function runRulesInTransaction(
  app: AppContext,
  tx: Tx,
  now: Date,
  today: string,
  skip: readonly ActiveAlertRuleId[] = [],
): Promise<number> {
  let opened = 0;
  for (const rule of RULE_LIST.filter((r) => !skip.includes(r.id))) {
    const findings = await rule.find({ app: { ...app, db: tx }, db: tx, today });
    const applied = await applyFindings(tx, rule, findings, now);
    await notifyOpened(tx, rule, applied.opened, now);
    opened += applied.opened.length;
  }
  return opened;
}
