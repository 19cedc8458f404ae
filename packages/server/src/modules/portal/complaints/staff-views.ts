// Complaint leads as staff see them. The complainant's name and phone are shown masked; the full
// identity only to roles holding lead:viewComplainant for the lead's agency, each view audited
// (security.md S28). Photos leave only as downloads (attachment, nosniff, never inline).
import fs from 'node:fs';
import { can, complaintTypeOf, maskPhone, PHOTO_EXTENSIONS } from '@zhifa/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import type { SessionActor } from '../../../platform/route';
import { objectPath } from '../../cases/evidence/evidence-store';

export async function loadComplaintOfLead(app: AppContext, leadId: string) {
  const row = await app.db
    .selectFrom('public_complaints')
    .innerJoin('leads', 'leads.id', 'public_complaints.lead_id')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .innerJoin('agencies as township', 'township.id', 'public_complaints.township_id')
    .select([
      'public_complaints.id',
      'public_complaints.lead_id',
      'public_complaints.problem_type',
      'public_complaints.address',
      'public_complaints.description',
      'public_complaints.anonymous',
      'public_complaints.name_enc',
      'public_complaints.phone_enc',
      'public_complaints.created_at',
      'leads.agency_id',
      'agencies.region_code',
      'township.name as township_name',
    ])
    .where('public_complaints.lead_id', '=', leadId)
    .executeTakeFirst();
  if (!row) throw notFound('该案源不是公示平台收到的公众投诉');
  return row;
}

type ComplaintRow = Awaited<ReturnType<typeof loadComplaintOfLead>>;

const maskName = (name: string) => `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}`;

export async function complaintView(app: AppContext, row: ComplaintRow, actor: SessionActor) {
  const photos = await app.db
    .selectFrom('public_complaint_photos')
    .select(['id', 'media_type', 'size_bytes'])
    .where('complaint_id', '=', row.id)
    .orderBy('position')
    .execute();
  const name = row.name_enc ? app.fieldCrypto.decrypt(row.name_enc, 'public_complaints.name') : null;
  const phone = row.phone_enc ? app.fieldCrypto.decrypt(row.phone_enc, 'public_complaints.phone') : null;
  return {
    id: row.id,
    leadId: row.lead_id,
    problemType: row.problem_type,
    problemLabel: complaintTypeOf(row.problem_type)?.label ?? row.problem_type,
    township: row.township_name,
    address: row.address,
    description: row.description,
    submittedAt: row.created_at.toISOString(),
    anonymous: row.anonymous,
    maskedName: name ? maskName(name) : null,
    maskedPhone: phone ? maskPhone(phone) : null,
    canReveal:
      !row.anonymous && can(actor, 'lead:viewComplainant', { agencyId: row.agency_id, regionCode: row.region_code }),
    photos: photos.map((p) => ({ id: p.id, mediaType: p.media_type, sizeBytes: p.size_bytes })),
  };
}

export function complainantIdentity(app: AppContext, row: ComplaintRow) {
  return {
    anonymous: row.anonymous,
    name: row.name_enc ? app.fieldCrypto.decrypt(row.name_enc, 'public_complaints.name') : null,
    phone: row.phone_enc ? app.fieldCrypto.decrypt(row.phone_enc, 'public_complaints.phone') : null,
  };
}

export async function loadPhoto(app: AppContext, id: string) {
  const row = await app.db
    .selectFrom('public_complaint_photos')
    .innerJoin('public_complaints', 'public_complaints.id', 'public_complaint_photos.complaint_id')
    .innerJoin('leads', 'leads.id', 'public_complaints.lead_id')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .select([
      'public_complaint_photos.id',
      'public_complaint_photos.position',
      'public_complaint_photos.media_type',
      'public_complaint_photos.sha256',
      'public_complaints.lead_id',
      'leads.agency_id',
      'agencies.region_code',
    ])
    .where('public_complaint_photos.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('照片不存在或无权查看');
  return row;
}

export function sendPhoto(app: AppContext, reply: FastifyReply, photo: Awaited<ReturnType<typeof loadPhoto>>) {
  const file = objectPath(app.config.complaints.dir, photo.sha256);
  if (!fs.existsSync(file)) throw notFound('照片文件不存在');
  return reply
    .type(photo.media_type)
    .header(
      'content-disposition',
      `attachment; filename="complaint-photo-${photo.position}.${PHOTO_EXTENSIONS[photo.media_type]}"`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(fs.createReadStream(file));
}
