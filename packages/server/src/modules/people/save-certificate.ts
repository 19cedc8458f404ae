import crypto from 'node:crypto';
import { type z } from 'zod';
import type { Tx } from '../../db/schema';
import { badRequest, conflict } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { certificateLocation } from './certificate-location';
import { personLocation } from './queries';
import type { certificateBody } from '@zhifa/contract';

type Body = z.infer<typeof certificateBody>;

function checkBody(body: Body) {
  if (body.validTo < body.validFrom) {
    throw badRequest('INVALID_VALIDITY', '有效期截止日期不能早于起始日期', [
      { path: 'validTo', message: '截止日期不能早于起始日期' },
    ]);
  }
}

async function assertNumberFree(tx: Tx, number: string, exceptId?: string) {
  let q = tx.selectFrom('certificates').select('id').where('number', '=', number);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) {
    throw conflict('DUPLICATE_CERTIFICATE_NUMBER', `执法证号 ${number} 已登记`, [
      { path: 'number', message: '该执法证号已登记' },
    ]);
  }
}

const clean = (body: Body) => ({
  number: body.number.trim(),
  issuer: body.issuer.trim(),
  domains: body.domains.map((d) => d.trim()),
  valid_from: body.validFrom,
  valid_to: body.validTo,
});

export async function createCertificate(ctx: WriteContext<{ id: string }, unknown, Body>): Promise<{ id: string }> {
  const { tx, body, params } = ctx;
  ctx.authorize(await personLocation(tx, params.id));
  checkBody(body);
  const values = clean(body);
  await assertNumberFree(tx, values.number);
  const row = await tx
    .insertInto('certificates')
    .values({
      person_id: params.id,
      ...values,
      status: 'valid',
      // 128 random bits: the public verification page cannot be found by guessing.
      verify_token: crypto.randomBytes(16).toString('base64url'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audited({ objectType: 'certificate', objectId: row.id, details: { personId: params.id, ...values } });
  return { id: row.id };
}

export async function updateCertificate(ctx: WriteContext<{ id: string }, unknown, Body>): Promise<{ id: string }> {
  const { tx, body, params } = ctx;
  const before = await certificateLocation(tx, params.id);
  ctx.authorize(before);
  checkBody(body);
  const values = clean(body);
  await assertNumberFree(tx, values.number, params.id);
  await tx.updateTable('certificates').set(values).where('id', '=', params.id).execute();
  ctx.audited({
    objectType: 'certificate',
    objectId: params.id,
    details: {
      personId: before.person_id,
      before: { number: before.number, validFrom: before.valid_from, validTo: before.valid_to },
      after: values,
    },
  });
  return { id: params.id };
}
