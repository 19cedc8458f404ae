import crypto from 'node:crypto';
import type { Keys } from './keys';

/**
 * Field-level encryption for personal data (ID numbers, phones): AES-256-GCM with a random IV,
 * the ciphertext bound to its table and column through the AAD so it cannot be moved.
 */
export class FieldCrypto {
  constructor(private readonly keys: Keys) {}

  encrypt(plain: string, binding: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.keys.fieldEncryption, iv);
    cipher.setAAD(Buffer.from(binding));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join(':');
  }

  decrypt(token: string, binding: string): string {
    const [v, iv, tag, ct] = token.split(':');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('密文格式错误');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.keys.fieldEncryption, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(binding));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed digest for uniqueness and lookup without decrypting. */
  lookup(plain: string, binding: string): string {
    return crypto.createHmac('sha256', this.keys.fieldLookup).update(binding).update('\0').update(plain).digest('hex');
  }
}
