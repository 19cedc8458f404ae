// The two answer loops of supervision — 执法监督意见书 and 案卷评查整改 — record their steps alike:
// the agency's reply, then the supervisor's acceptance or return, each on the row and appended to
// its history. Who may take a step and which status follows stay with each module.
import type { CorrectionAction, CorrectionStatus, RectificationStatus } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { CorrectionHistoryEntry } from '../db/tables/oversight';

type AnsweredTable = 'correction_notices' | 'review_rectifications';

export interface AnswerStep {
  table: AnsweredTable;
  row: { id: string; history: CorrectionHistoryEntry[] };
  /** The status the step leads to (the domain's transition). */
  status: CorrectionStatus | RectificationStatus;
  actor: { userId: string; name: string };
  today: string;
  now: Date;
}

export async function recordReply(tx: Tx, s: AnswerStep, reply: string): Promise<void> {
  const entry: CorrectionHistoryEntry = { action: 'reply', on: s.today, by: s.actor.name, text: reply };
  await tx
    .updateTable(s.table)
    .set({
      status: s.status,
      reply,
      replied_on: s.today,
      replied_by: s.actor.userId,
      replied_by_name: s.actor.name,
      history: JSON.stringify([...s.row.history, entry]),
      updated_at: s.now,
    })
    .where('id', '=', s.row.id)
    .execute();
}

export async function recordReview(
  tx: Tx,
  s: AnswerStep,
  decision: Exclude<CorrectionAction, 'reply'>,
  note: string,
): Promise<void> {
  const entry: CorrectionHistoryEntry = { action: decision, on: s.today, by: s.actor.name, text: note };
  await tx
    .updateTable(s.table)
    .set({
      status: s.status,
      review_note: note || null,
      reviewed_on: s.today,
      reviewed_by: s.actor.userId,
      history: JSON.stringify([...s.row.history, entry]),
      updated_at: s.now,
    })
    .where('id', '=', s.row.id)
    .execute();
}
