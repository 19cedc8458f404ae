// A complaint from the portal becomes a lead (案源, 行政处罚法 第54条) of the agency that holds the
// matching item for the place (domain routeComplaint), with its photos and the complainant's
// identity (encrypted; shown to staff masked, in full only to those allowed).
import { complaintTypeOf, leadVettingStatus, routeComplaint } from '@zhifa/domain';
import { badRequest } from '../../../platform/errors';
import type { WriteContext } from '../../../platform/route';
import { loadCalendar } from '../../../shared/calendar-store';
import { loadCaseConfig } from '../../../shared/case-config';
import { issueDocumentNumber } from '../../../shared/numbers';
import { delegationSnapshot } from '../../delegation/exercisable';
import { appendLeadEvent } from '../../leads/lead-events';
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
  const [calendar, config] = await Promise.all([loadCalendar(tx), loadCaseConfig(tx)]);
  let vetDue: string | null = null;
  try {
    vetDue = leadVettingStatus({ receivedOn: today }, today, calendar, config).due;
  } catch {
    vetDue = null;
  }
  const now = uow.now;
  const number = await issueDocumentNumber(
    tx,
    { id: agency.id, docPrefix: agency.doc_prefix },
    Number(today.slice(0, 4)),
    '案源',
  );
  const lead = await tx
    .insertInto('leads')
    .values({
      agency_id: agency.id,
      number,
      source: 'complaint',
      received_on: today,
      summary: `【公众投诉】${type.label}：${fields.description}`.slice(0, 1000),
      location: `${township.name}${fields.address}`.slice(0, 300),
      party_name: null,
      item_code: routing.itemCode,
      item_name: departments.find((d) => d.code === routing.itemCode)?.name ?? null,
      reporter_enc: null,
      vet_due: vetDue,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendLeadEvent(tx, lead.id, null, now, 'received', { source: 'complaint', channel: 'portal' });
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
    details: { number, channel: 'portal', agencyId: agency.id, routing: routing.reason, photos: photos.length },
  });
  return { receiptCode, agencyName: agency.name, leadNumber: number };
}
