// The disclosure module's part in a case command (registered by the composition root): what the
// action's definition says decides what happens, never its name. A document marked `disclosed`
// opens a task; an action marked `withdrawsPublication` withdraws the case's renditions; any other
// action after the decision brings the rendition's procedure steps up to date (served) and records
// that the party was told of the publication at service (statement 72).
import { actionDefinition, isCaseActionType, type DecisionChangeBody, type WithdrawalGround } from '@zhifa/domain';
import type { AfterCaseActionHook } from '../cases/commands/after-action';
import type { BatchedWrite } from '../../platform/write-batch';
import { openDisclosureTask } from './open-task';
import { procedureSteps } from './rendition-source';
import { withdrawOnDecisionChange } from './withdraw-on-change';

export const disclosureAfterCaseAction: AfterCaseActionHook = async (i) => {
  const out: BatchedWrite[] = [];
  for (const doc of i.documents) {
    if (doc.disclosed && doc.number)
      out.push(
        await openDisclosureTask({
          tx: i.tx,
          caseId: i.caseId,
          agency: i.agency,
          state: i.state,
          document: { id: doc.id, number: doc.number },
          now: i.now,
        }),
      );
  }
  if (out.length > 0 || !isCaseActionType(i.type) || !i.state.decision) return out;
  if (actionDefinition(i.type).withdrawsPublication) {
    const p = i.payload as { ground: WithdrawalGround; by: DecisionChangeBody; reference: string };
    return [
      withdrawOnDecisionChange({
        caseId: i.caseId,
        seq: i.seq,
        ground: p.ground,
        by: p.by,
        reference: p.reference,
        userId: i.actor.userId,
        today: i.today,
        now: i.now,
      }),
    ];
  }
  return refreshSteps(i);
};

async function refreshSteps(i: Parameters<AfterCaseActionHook>[0]): Promise<BatchedWrite[]> {
  // After the decision only its service adds a step: a case command on any other day costs no read.
  const service = i.state.service ?? i.state.decision?.execution?.service ?? null;
  if (!service || service.recordedOn !== i.today) return [];
  const rows = await i.tx
    .selectFrom('disclosure_renditions')
    .select(['id', 'rendition', 'notice_served_on'])
    .where('case_id', '=', i.caseId)
    .where('status', 'in', ['pending', 'held', 'published'])
    .execute();
  const steps = procedureSteps(i.state);
  const served = steps.find((s) => s.label === '送达')?.on ?? null;
  const out: BatchedWrite[] = [];
  for (const row of rows) {
    if (!row.rendition) continue;
    const same = JSON.stringify(row.rendition.steps) === JSON.stringify(steps);
    if (same && row.notice_served_on === served) continue;
    const rendition = { ...row.rendition, steps };
    out.push((db) =>
      db
        .updateTable('disclosure_renditions')
        .set({ rendition: JSON.stringify(rendition), notice_served_on: served, updated_at: i.now })
        .where('id', '=', row.id),
    );
  }
  return out;
}
