// A complaint from the portal becomes a lead (案源, 行政处罚法 第54条) of the agency that holds the
// matching item for the place (domain routeComplaint), with its photos and the complainant's
// identity (encrypted; shown to staff masked, in full only to those allowed).
import { complaintTypeOf, routeComplaint } from '@zhifa/domain';
import { badRequest } from '../../../platform/errors';
import type { WriteContext } from '../../../platform/route';
import { delegationSnapshot } from '../../delegation/exercisable';
import { registerLead } from '../../leads/register-lead';
import type { ReceivedComplaint } from './receive-complaint';
import { newReceiptCode, receiptHash } from './tokens';

export interface SubmittedComplaint {
  receiptCode: string;
  agencyName: string;
  leadNumber: string;
}

export async function submitComplaint(
  ctx: WriteContext<unknown, unknown, unknown, undefined, ReceivedComplaint>,
): Promise<SubmittedComplaint> {
  const { tx, app, uow } = ctx;
  const { fields, photos, sourceHash } = ctx.received;
  const type = complaintTypeOf(fields.problemType)!;
  const township = await tx
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('id', '=', fields.townshipId)
    .where('kind', 'in', ['township', 'street'])
    .executeTakeFirst();
  if (!township) throw badRequest('UNKNOWN_PLACE', '请选择问题所在的镇（街道）');
  const today = uow.today;
  const [{ index }, departments] = await Promise.all([
    delegationSnapshot(tx),
    type.itemCodes.length
      ? tx
          .selectFrom('enforcement_items')
          .select(['code', 'name', 'department_id'])
          .where('code', 'in', [...type.itemCodes])
          .where('active', '=', true)
          .execute()
      : Promise.resolve([]),
  ]);
  const routing = routeComplaint(type, {
    townshipId: township.id,
    townshipItems: index.exercisableItems(township.id, today),
    departmentOf: new Map(departments.map((d) => [d.code, d.department_id])),
  });
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'name', 'doc_prefix'])
    .where('id', '=', routing.agencyId)
    .executeTakeFirstOrThrow();
  const now = uow.now;
  const lead = await registerLead(
    tx,
    {
      agency: { id: agency.id, docPrefix: agency.doc_prefix },
      source: 'complaint',
      receivedOn: today,
      summary: `【公众投诉】${type.label}：${fields.description}`.slice(0, 1000),
      location: `${township.name}${fields.address}`.slice(0, 300),
      partyName: null,
      item: routing.itemCode
        ? { code: routing.itemCode, name: departments.find((d) => d.code === routing.itemCode)?.name ?? null }
        : null,
      reporterEnc: null,
      by: null,
      details: { source: 'complaint', channel: 'portal' },
    },
    today,
    now,
  );
  const named = fields.anonymous !== '1';
  const name = named ? fields.name?.trim() || null : null;
  const phone = named ? fields.phone?.trim() || null : null;
  const receiptCode = newReceiptCode();
  const complaint = await tx
    .insertInto('public_complaints')
    .values({
      lead_id: lead.id,
      agency_id: agency.id,
      receipt_hash: receiptHash(app, receiptCode),
      problem_type: type.code,
      township_id: township.id,
      address: fields.address.trim(),
      description: fields.description.trim(),
      anonymous: !name && !phone,
      name_enc: name ? app.fieldCrypto.encrypt(name, 'public_complaints.name') : null,
      phone_enc: phone ? app.fieldCrypto.encrypt(phone, 'public_complaints.phone') : null,
      source_hash: sourceHash,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (photos.length)
    await tx
      .insertInto('public_complaint_photos')
      .values(
        photos.map((p, i) => ({
          complaint_id: complaint.id,
          position: i + 1,
          media_type: p.mediaType,
          size_bytes: p.size,
          sha256: p.sha256,
        })),
      )
      .execute();
  ctx.audited({
    objectType: 'lead',
    objectId: lead.id,
    details: {
      number: lead.number,
      channel: 'portal',
      agencyId: agency.id,
      routing: routing.reason,
      photos: photos.length,
    },
  });
  return { receiptCode, agencyName: agency.name, leadNumber: lead.number };
}
