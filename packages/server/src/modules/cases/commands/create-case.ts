// A new case: the row (numbered 〔year〕 per agency) and its first action in one transaction —
// 当场处罚 for the summary procedure, 立案申请 for the ordinary one. A refused first action rolls
// the row and its number back, so the case register stays gapless.
import { openingAction, type CaseProcedure } from '@zhifa/domain';
import type { Tx } from '../../../db/schema';
import { badRequest, notFound, unprocessable } from '../../../platform/errors';
import type { UnitOfWork } from '../../../platform/unit-of-work';
import type { CaseActorInfo } from '../case-actor';
import { executeCaseCommand, type CommandOutcome } from './execute-command';
import { issueDocumentNumber } from '../../../shared/numbers';

export interface CreateCaseInput {
  procedure: CaseProcedure;
  payload: unknown;
  /** Set by lead vetting: the lead the case is filed from. */
  leadId?: string;
}

export async function createCase(
  uow: UnitOfWork,
  actor: CaseActorInfo,
  input: CreateCaseInput,
): Promise<CommandOutcome & { number: string }> {
  const { tx } = uow;
  const agencyId = actor.agencyId;
  if (!agencyId) throw badRequest('NO_AGENCY', '当前账号不属于任何执法主体，不能办理案件');
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'doc_prefix'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) throw notFound();
  const number = await issueDocumentNumber(
    tx,
    { id: agency.id, docPrefix: agency.doc_prefix },
    Number(uow.today.slice(0, 4)),
    '案',
  );
  const created = await tx
    .insertInto('cases')
    .values({
      agency_id: agency.id,
      number,
      procedure: input.procedure,
      status: 'draft',
      version: 0,
      title: '新案件',
      lead_id: input.leadId ?? null,
      created_on: uow.today,
      created_by: actor.domainId,
      created_by_user: actor.userId,
      created_at: uow.now,
      updated_at: uow.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const type = openingAction(input.procedure);
  const payload = input.leadId && isObject(input.payload) ? { ...input.payload, leadId: input.leadId } : input.payload;
  const outcome = await executeCaseCommand(uow, actor, created.id, { type, payload, expectedVersion: 0 });
  return { ...outcome, number };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A lead named in a direct filing must be this agency's and still waiting. */
export async function assertLeadOpen(tx: Tx, actor: CaseActorInfo, leadId: string): Promise<void> {
  // Locked until commit: the same lead filed twice at once yields one case.
  const lead = await tx
    .selectFrom('leads')
    .select(['agency_id', 'status'])
    .where('id', '=', leadId)
    .forUpdate()
    .executeTakeFirst();
  if (!lead || lead.agency_id !== actor.agencyId) throw notFound();
  if (lead.status !== 'pending') throw unprocessable('LEAD_NOT_PENDING', '该案源已处理，不能再次立案');
}
