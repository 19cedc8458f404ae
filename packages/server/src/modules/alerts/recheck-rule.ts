// 复核: run one alert's rule again inside the caller's transaction (the unit of work of the
// recheck route), so an alert whose situation was fixed resolves at once.
import { isAlertRuleId } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { unprocessable } from '../../platform/errors';
import type { AppContext } from '../../platform/context';
import { applyFindings } from './apply-findings';
import { notifyOpened } from './notify-alerts';
import { RULES } from './rules/index';

export async function recheckRule(app: AppContext, tx: Tx, ruleId: string, now: Date, today: string) {
  if (!isAlertRuleId(ruleId) || !(ruleId in RULES)) throw unprocessable('RULE_UNKNOWN', '该预警规则已不再运行');
  const rule = RULES[ruleId];
  // Rules read through `db`; the reports they reuse read `app.db`: both point at the transaction.
  const findings = await rule.find({ app: { ...app, db: tx }, db: tx, today });
  const applied = await applyFindings(tx, rule, findings, now);
  return { send: await notifyOpened(tx, rule, applied.opened, now) };
}
