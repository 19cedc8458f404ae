// The complaint form's receive step (before the transaction): read the multipart body, check the
// form token, the rate limit and the challenge, and take up to five photos whose first bytes say
// JPEG, PNG or WebP (never the name or the declared type) into the store outside any web root.
import fs from 'node:fs';
import { complaintFormFields } from '@zhifa/contract';
import { complaintTypeOf, isValidMobile, sniffPhotoType, type PhotoType } from '@zhifa/domain';
import type { z } from 'zod';
import { AppError, badRequest, forbidden } from '../../../platform/errors';
import { isBrokenMultipart } from '../../../platform/http';
import type { Received as ReceivedStep, RouteContext } from '../../../platform/route';
import { commitObject, discard, receiveToTemp, removeObject, type Received } from '../../cases/evidence/evidence-store';
import { challengeSolved, FORM_COOKIE, formTokenValid, sourceHash } from './tokens';

export const MAX_PHOTOS = 5;

export interface ComplaintPhoto {
  sha256: string;
  size: number;
  mediaType: PhotoType;
}

export interface ReceivedComplaint {
  fields: z.infer<typeof complaintFormFields>;
  photos: ComplaintPhoto[];
  sourceHash: string;
}

type Ctx = RouteContext<unknown, unknown, unknown>;

function refuse(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isBrokenMultipart(err)) return badRequest('INVALID_MULTIPART', '上传内容不完整或格式不正确，请重新提交');
  const e = err as { statusCode?: number; code?: string };
  if (e.code === 'FST_REQ_FILE_TOO_LARGE') return new AppError(413, 'PHOTO_TOO_LARGE', '照片文件过大，请压缩后再上传');
  if (e.code === 'FST_FILES_LIMIT') return badRequest('TOO_MANY_PHOTOS', `最多上传 ${MAX_PHOTOS} 张照片`);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return badRequest('INVALID_MULTIPART', '提交内容格式不正确（应为 multipart/form-data 表单）');
  return err;
}

async function head(file: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buf, 0, 16, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Submissions from this source in the last hour (the rate limit and the challenge threshold). */
export async function recentFromSource(ctx: Pick<Ctx, 'app'>, source: string): Promise<number> {
  const since = new Date(ctx.app.now().getTime() - 3_600_000);
  const row = await ctx.app.db
    .selectFrom('public_complaints')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('source_hash', '=', source)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function receiveComplaint(ctx: Ctx): Promise<ReceivedStep<ReceivedComplaint>> {
  const { app, req } = ctx;
  if (!req.isMultipart()) throw badRequest('INVALID_MULTIPART', '提交内容格式不正确（应为 multipart/form-data 表单）');
  const dir = app.config.complaints.dir;
  const raw: Record<string, string> = {};
  const temps: { received: Received; mediaType: PhotoType }[] = [];
  const committed: string[] = [];
  try {
    const parts = req.parts({
      limits: { files: MAX_PHOTOS + 1, fileSize: app.config.complaints.photoMaxBytes, fields: 20, fieldSize: 8000 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'photos') {
          part.file.resume();
          throw badRequest('PHOTO_FIELD', '照片字段名应为 photos');
        }
        const received = await receiveToTemp(dir, part.file);
        // A form with no photo chosen still sends one empty file part.
        if (received.size === 0) {
          await discard(received.tmpPath);
          continue;
        }
        const mediaType = sniffPhotoType(await head(received.tmpPath));
        if (!mediaType) {
          await discard(received.tmpPath);
          throw new AppError(415, 'PHOTO_TYPE', '照片只能是 JPEG、PNG 或 WebP 格式的图片');
        }
        temps.push({ received, mediaType });
        if (temps.length > MAX_PHOTOS) throw badRequest('TOO_MANY_PHOTOS', `最多上传 ${MAX_PHOTOS} 张照片`);
      } else {
        raw[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
    const parsed = complaintFormFields.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const label = FIELD_LABELS[field] ?? field;
      throw badRequest('INVALID_FORM', `${label}：${issue?.message ?? '不符合要求'}`, {
        field,
      });
    }
    const fields = parsed.data;
    if (!formTokenValid(app, req.cookies[FORM_COOKIE], fields.formToken))
      throw forbidden('表单已过期或不是从本平台打开的，请重新打开投诉页面填写', 'FORM_EXPIRED');
    if (!complaintTypeOf(fields.problemType)) throw badRequest('UNKNOWN_PROBLEM_TYPE', '请选择问题类型');
    const named = fields.anonymous !== '1';
    if (named && fields.phone && !isValidMobile(fields.phone.trim()))
      throw badRequest('INVALID_PHONE', '手机号码格式不正确（11 位数字）');
    const source = sourceHash(app, ctx.ip);
    const recent = await recentFromSource(ctx, source);
    if (recent >= app.config.complaints.perHour)
      throw new AppError(429, 'COMPLAINT_RATE_LIMITED', '提交过于频繁，请一小时后再试，或拨打 12345 热线反映');
    if (recent >= app.config.complaints.challengeAfter) {
      if (!fields.challenge || !fields.answer)
        throw badRequest('CHALLENGE_REQUIRED', '提交次数较多，请回答页面上的验证问题后再提交');
      if (!challengeSolved(app, fields.challenge, fields.answer))
        throw badRequest('CHALLENGE_FAILED', '验证问题回答错误或已过期，请重新填写');
    }
    const photos: ComplaintPhoto[] = [];
    for (const t of temps) {
      const { created } = await commitObject(dir, t.received);
      if (created) committed.push(t.received.sha256);
      photos.push({ sha256: t.received.sha256, size: t.received.size, mediaType: t.mediaType });
    }
    return {
      value: { fields, photos, sourceHash: source },
      fingerprint: { ...fields, photos: photos.map((p) => p.sha256) },
      abandon: async () => {
        for (const sha of committed) await removeObject(dir, sha);
      },
    };
  } catch (err) {
    for (const t of temps) await discard(t.received.tmpPath);
    for (const sha of committed) await removeObject(dir, sha);
    throw refuse(err);
  }
}

const FIELD_LABELS: Record<string, string> = {
  formToken: '表单',
  name: '姓名',
  phone: '电话',
  problemType: '问题类型',
  townshipId: '所在镇（街道）',
  address: '详细地点',
  description: '问题描述',
  answer: '验证问题',
};
