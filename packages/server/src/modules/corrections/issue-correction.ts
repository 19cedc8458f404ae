// A supervisor issues a 执法监督意见书 to an agency in their region, about one of its cases or a
// practice, with a deadline for the agency's reply (《广东省行政执法监督条例》).
import { CORRECTION_NOTICE_SERIES } from '@zhifa/domain';
import type { z } from 'zod';
import type { issueCorrectionBody } from '@zhifa/contract';
import type { WriteContext } from '../../platform/route';
import { badRequest, notFound } from '../../platform/errors';
import { issueDocumentNumber } from '../../shared/numbers';
import { agencyHeadUsers, notifyUsers } from '../notifications/notify';

type Body = z.infer<typeof issueCorrectionBody>;

export async function issueCorrection(ctx: WriteContext<unknown, unknown, Body>) {
  const { tx, body, uow } = ctx;
  const actor = ctx.actor!;
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'region_code', 'short_name'])
    .where('id', '=', body.agencyId)
    .executeTakeFirst();
  if (!agency) throw notFound('执法主体不存在');
  ctx.authorize({ agencyId: agency.id, regionCode: agency.region_code });
  if (body.caseId) {
    const c = await tx.selectFrom('cases').select(['agency_id']).where('id', '=', body.caseId).executeTakeFirst();
    if (!c || c.agency_id !== agency.id) {
      throw badRequest('CASE_NOT_OF_AGENCY', '所涉案件不属于该执法主体', { field: 'caseId' });
    }
  }
  if (body.dueOn <= uow.today) throw badRequest('DUE_NOT_FUTURE', '整改期限应晚于今天', { field: 'dueOn' });
  if (!actor.agencyId) throw badRequest('NO_AGENCY', '制发人不属于任何机关');
  const issuer = await tx
    .selectFrom('agencies')
    .select(['id', 'doc_prefix'])
    .where('id', '=', actor.agencyId)
    .executeTakeFirstOrThrow();
  const number = await issueDocumentNumber(
    tx,
    { id: issuer.id, docPrefix: issuer.doc_prefix },
    Number(uow.today.slice(0, 4)),
    CORRECTION_NOTICE_SERIES,
  );
  const row = await tx
    .insertInto('correction_notices')
    .values({
      number,
      issuing_agency_id: issuer.id,
      agency_id: agency.id,
      case_id: body.caseId ?? null,
      subject: body.subject,
      findings: body.findings,
      requirement: body.requirement,
      due_on: body.dueOn,
      issued_on: uow.today,
      issued_by: actor.userId,
      issued_by_name: actor.name,
      history: JSON.stringify([{ action: 'issue', on: uow.today, by: actor.name, text: body.requirement }]),
      updated_at: uow.now,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const heads = (await agencyHeadUsers(tx, [agency.id])).get(agency.id) ?? [];
  await notifyUsers(
    tx,
    heads,
    {
      kind: 'correction',
      sourceKey: `correction:${row.id}:issued`,
      title: `收到执法监督意见书 ${number}：${body.subject}`,
      body: `请于 ${body.dueOn} 前整改并回复。`,
      href: `/oversight/corrections/${row.id}`,
    },
    uow.now,
  );
  ctx.audited({
    objectType: 'correction_notice',
    objectId: row.id,
    details: { number, agencyId: agency.id, caseId: body.caseId ?? null, dueOn: body.dueOn },
  });
  return { id: row.id, number };
}
