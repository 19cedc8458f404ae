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

/**
 * The time step of a valid code, or null. `afterTimeStep`: the last step this account used; a
 * code of that step or an older one is refused (a code works once, RFC 6238 §5.2).
 */
export async function verifyTotp(
  secret: string,
  code: string,
  at: Date,
  afterTimeStep?: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = (await verify({
      secret,
      token: code,
      epoch: Math.floor(at.getTime() / 1000),
      epochTolerance: 30,
      ...(afterTimeStep !== null && afterTimeStep !== undefined ? { afterTimeStep } : {}),
    })) as { valid: boolean; timeStep?: number };
    return result.valid && typeof result.timeStep === 'number' ? result.timeStep : null;
  } catch {
    return null;
  }
}

export async function enrolmentPayload(username: string, secret: string) {
  const otpauthUrl = generateURI({ issuer: '执法平台 zhifa', label: username, secret });
  return { otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}
