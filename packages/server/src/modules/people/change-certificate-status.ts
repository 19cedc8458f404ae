import type { z } from 'zod';
import type { CertificateAction, certificateStatusBody } from '@zhifa/contract';
import type { CertificateStatus } from '@zhifa/domain';
import { conflict } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { certificateLocation } from './certificate-location';

// Revocation is final; a suspended certificate may be restored; an expired one is renewed by
// registering the new certificate, not by changing the old one's status.
const TRANSITIONS: Record<CertificateAction, { from: CertificateStatus[]; to: CertificateStatus; label: string }> = {
  suspend: { from: ['valid'], to: 'suspended', label: '暂扣' },
  revoke: { from: ['valid', 'suspended', 'expired'], to: 'revoked', label: '吊销' },
  restore: { from: ['suspended'], to: 'valid', label: '恢复' },
};

const STATUS_WORDS: Record<CertificateStatus, string> = {
  valid: '有效',
  suspended: '已暂扣',
  revoked: '已吊销',
  expired: '已过期',
};

export async function changeCertificateStatus(
  ctx: WriteContext<{ id: string }, unknown, z.infer<typeof certificateStatusBody>>,
) {
  const { tx, body, params } = ctx;
  const cert = await certificateLocation(tx, params.id);
  ctx.authorize(cert);
  const t = TRANSITIONS[body.action];
  if (!t.from.includes(cert.status)) {
    throw conflict('INVALID_CERTIFICATE_TRANSITION', `执法证当前状态为“${STATUS_WORDS[cert.status]}”，不能${t.label}`);
  }
  await tx.updateTable('certificates').set({ status: t.to }).where('id', '=', params.id).execute();
  ctx.audited({
    objectType: 'certificate',
    objectId: params.id,
    details: {
      personId: cert.person_id,
      number: cert.number,
      action: body.action,
      before: cert.status,
      after: t.to,
      reason: body.reason.trim(),
    },
  });
  return { id: params.id, status: t.to };
}
