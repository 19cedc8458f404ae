import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { AppContext } from '../../platform/context';

const BINDING = 'users.totp_secret';

export function newTotpSecret(): string {
  return generateSecret();
}

export function encryptTotpSecret(app: AppContext, secret: string): string {
  return app.fieldCrypto.encrypt(secret, BINDING);
}

export function decryptTotpSecret(app: AppContext, enc: string): string {
  return app.fieldCrypto.decrypt(enc, BINDING);
}

export async function verifyTotp(secret: string, code: string, at: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({ secret, token: code, epoch: Math.floor(at.getTime() / 1000), epochTolerance: 30 } as never);
    return Boolean((result as { valid: boolean }).valid);
  } catch {
    return false;
  }
}

export async function enrolmentPayload(username: string, secret: string) {
  const otpauthUrl = generateURI({ issuer: '执法平台 zhifa', label: username, secret });
  return { otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}
