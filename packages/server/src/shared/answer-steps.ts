// The two answer loops of supervision — 执法监督意见书 and 案卷评查整改 — take their steps alike:
// the agency's reply, then the supervisor's acceptance or return, each checked against the loop's
// status rule, written on the row and appended to its history. Who may take a step, how the row is
// locked and whom it notifies stay with each module.
import type { CorrectionAction, CorrectionStatus, RectificationStatus } from '@zhifa/domain';
import type { CorrectionHistoryEntry } from '../db/tables/oversight';
import { conflict } from '../platform/errors';
import type { WriteContext } from '../platform/route';

const ACTION_LABEL: Record<CorrectionAction, string> = { reply: '回复', accept: '认可', return: '退回' };

type AnswerStatus = CorrectionStatus | RectificationStatus;

/** What sets one loop apart: its table, its status rule and how a refused step is worded. */
export interface AnswerLoop<S extends AnswerStatus> {
  table: 'correction_notices' | 'review_rectifications';
  transition: (status: S, action: CorrectionAction) => S | null;
  /** The 409 code, and the noun of its message (「意见书当前状态不能认可」). */
  conflictCode: string;
  noun: string;
}

/** The row the module has locked (and authorized) for the step. */
interface AnsweredRow<S extends AnswerStatus> {
  id: string;
  status: S;
  history: CorrectionHistoryEntry[];
}

type StepContext = WriteContext<{ id: string }, unknown, unknown>;

function nextStatus<S extends AnswerStatus>(loop: AnswerLoop<S>, status: S, action: CorrectionAction): S {
  const to = loop.transition(status, action);
  if (!to) throw conflict(loop.conflictCode, `${loop.noun}当前状态不能${ACTION_LABEL[action]}`);
  return to;
}

/** Records the agency's reply and returns the status it leads to. */
export async function recordReply<S extends AnswerStatus>(
  ctx: StepContext,
  loop: AnswerLoop<S>,
  row: AnsweredRow<S>,
  reply: string,
): Promise<S> {
  const status = nextStatus(loop, row.status, 'reply');
  const actor = ctx.actor!;
  const today = ctx.uow.today;
  const entry: CorrectionHistoryEntry = { action: 'reply', on: today, by: actor.name, text: reply };
  await ctx.tx
    .updateTable(loop.table)
    .set({
      status,
      reply,
      replied_on: today,
      replied_by: actor.userId,
      replied_by_name: actor.name,
      history: JSON.stringify([...row.history, entry]),
      updated_at: ctx.uow.now,
    })
    .where('id', '=', row.id)
    .execute();
  return status;
}

/** Records the supervisor's acceptance or return and returns the status it leads to. */
export async function recordReview<S extends AnswerStatus>(
  ctx: StepContext,
  loop: AnswerLoop<S>,
  row: AnsweredRow<S>,
  decision: Exclude<CorrectionAction, 'reply'>,
  note: string,
): Promise<S> {
  const status = nextStatus(loop, row.status, decision);
  const actor = ctx.actor!;
  const today = ctx.uow.today;
  const entry: CorrectionHistoryEntry = { action: decision, on: today, by: actor.name, text: note };
  await ctx.tx
    .updateTable(loop.table)
    .set({
      status,
      review_note: note || null,
      reviewed_on: today,
      reviewed_by: actor.userId,
      history: JSON.stringify([...row.history, entry]),
      updated_at: ctx.uow.now,
    })
    .where('id', '=', row.id)
    .execute();
  return status;
}
