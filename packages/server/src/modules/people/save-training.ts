import { type z } from 'zod';
import { trainingHours } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { badRequest, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { personLocation } from './queries';
import type { trainingBody } from '@zhifa/contract';

type Body = z.infer<typeof trainingBody>;

function checkBody(body: Body, today: string) {
  if ((body.minutes ?? null) === null && (body.hours ?? null) === null) {
    throw badRequest('TRAINING_DURATION_REQUIRED', '培训时长（分钟）和学时至少填写一项', [
      { path: 'minutes', message: '培训时长（分钟）和学时至少填写一项' },
    ]);
  }
  if (body.date > today)
    throw badRequest('TRAINING_IN_FUTURE', `培训日期${body.date}晚于今天`, [
      { path: 'date', message: '培训日期不能晚于今天' },
    ]);
}

const values = (body: Body) => ({
  course: body.course.trim(),
  provider: body.provider?.trim() || null,
  date: body.date,
  minutes: body.minutes ?? null,
  hours: body.hours ?? null,
});

const credited = (v: { minutes: number | null; hours: number | null }) =>
  trainingHours({
    ...(v.minutes !== null ? { minutes: v.minutes } : {}),
    ...(v.hours !== null ? { hours: v.hours } : {}),
  });

async function trainingLocation(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('training_records')
    .select(['id', 'person_id', 'course', 'date', 'minutes', 'hours'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { row, location: await personLocation(tx, row.person_id) };
}

export async function createTraining(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const { tx, body, params, app } = ctx;
  ctx.authorize(await personLocation(tx, params.id));
  checkBody(body, app.today());
  const v = values(body);
  const row = await tx
    .insertInto('training_records')
    .values({ person_id: params.id, ...v, source: 'manual' })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audited({
    objectType: 'training',
    objectId: row.id,
    details: { personId: params.id, ...v, credited: credited(v) },
  });
  return { id: row.id };
}

export async function updateTraining(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const { tx, body, params, app } = ctx;
  const { row, location } = await trainingLocation(tx, params.id);
  ctx.authorize(location);
  checkBody(body, app.today());
  const v = values(body);
  await tx.updateTable('training_records').set(v).where('id', '=', params.id).execute();
  ctx.audited({
    objectType: 'training',
    objectId: params.id,
    details: {
      personId: row.person_id,
      before: { course: row.course, date: row.date, minutes: row.minutes, hours: row.hours },
      after: v,
    },
  });
  return { id: params.id };
}

export async function deleteTraining(ctx: WriteContext<{ id: string }, unknown, unknown>) {
  const { tx, params } = ctx;
  const { row, location } = await trainingLocation(tx, params.id);
  ctx.authorize(location);
  await tx.deleteFrom('training_records').where('id', '=', params.id).execute();
  // The audit row keeps what was removed.
  ctx.audited({
    objectType: 'training',
    objectId: params.id,
    details: {
      personId: row.person_id,
      removed: { course: row.course, date: row.date, minutes: row.minutes, hours: row.hours },
    },
  });
  return { ok: true as const };
}
