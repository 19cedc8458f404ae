import crypto from 'node:crypto';
import type { CryptoSuite } from '../config';
import { digestHex, hmacHex } from './crypto-suite';
import type { Keys } from './keys';

type Alg = 'aes256gcm' | 'sm4ctr-hmacsm3';

const ALG_OF: Record<CryptoSuite, Alg> = { intl: 'aes256gcm', sm: 'sm4ctr-hmacsm3' };

/**
 * Field-level encryption for personal data (ID numbers, phones, second-factor secrets), bound to
 * its table and column so a ciphertext cannot be moved. Values written today look like
 * `v2:<algorithm>:<key id>:<iv>:<tag>:<ciphertext>`:
 * - `aes256gcm`: AES-256-GCM, the binding as additional data;
 * - `sm4ctr-hmacsm3`: SM4-CTR, then HMAC-SM3 over binding, IV and ciphertext (encrypt-then-MAC,
 *   security.md S22), with encryption and MAC keys derived from the field key by HMAC-SM3.
 * `v1:` values (AES-256-GCM, before algorithm ids were stored) stay readable, whatever the suite.
 */
export class FieldCrypto {
  private readonly keyId: string;
  private readonly sm4Key: Buffer;
  private readonly sm3MacKey: Buffer;

  constructor(
    private readonly keys: Keys,
    private readonly suite: CryptoSuite = 'intl',
  ) {
    this.keyId = digestHex('sha256', 'zhifa-field-key-id\0', keys.fieldEncryption).slice(0, 8);
    this.sm4Key = Buffer.from(hmacHex('sm3', keys.fieldEncryption, 'zhifa-sm4-encryption'), 'hex').subarray(0, 16);
    this.sm3MacKey = Buffer.from(hmacHex('sm3', keys.fieldEncryption, 'zhifa-sm3-mac'), 'hex');
  }

  encrypt(plain: string, binding: string): string {
    const alg = ALG_OF[this.suite];
    if (alg === 'aes256gcm') {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', this.keys.fieldEncryption, iv);
      cipher.setAAD(Buffer.from(binding));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v2',
        alg,
        this.keyId,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        ct.toString('base64'),
      ].join(':');
    }
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-ctr', this.sm4Key, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = this.sm3Tag(binding, iv, ct);
    return ['v2', alg, this.keyId, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join(':');
  }

  decrypt(token: string, binding: string): string {
    const parts = token.split(':');
    if (parts[0] === 'v1' && parts.length === 4) return this.openGcm(parts[1], parts[2], parts[3], binding);
    const [v, alg, keyId, iv, tag, ct] = parts;
    if (v !== 'v2' || !alg || !keyId || !iv || !tag || ct === undefined || parts.length !== 6)
      throw new Error('密文格式错误');
    if (keyId !== this.keyId) throw new Error(`字段加密密钥不符：密文使用密钥 ${keyId}，当前密钥为 ${this.keyId}`);
    if (alg === 'aes256gcm') return this.openGcm(iv, tag, ct, binding);
    if (alg === 'sm4ctr-hmacsm3') {
      const ivBuf = Buffer.from(iv, 'base64');
      const ctBuf = Buffer.from(ct, 'base64');
      const expected = this.sm3Tag(binding, ivBuf, ctBuf);
      const given = Buffer.from(tag, 'base64');
      if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
        throw new Error('密文校验失败：内容或绑定位置被改动');
      const decipher = crypto.createDecipheriv('sm4-ctr', this.sm4Key, ivBuf);
      return Buffer.concat([decipher.update(ctBuf), decipher.final()]).toString('utf8');
    }
    throw new Error(`未知的加密算法：${alg}`);
  }

  /** Deterministic keyed digest for uniqueness and lookup without decrypting. */
  lookup(plain: string, binding: string): string {
    // Stays HMAC-SHA-256 under either suite: lookups compare digests already stored, and a
    // second algorithm would split one person into two (docs/SECURITY.md, "Algorithms").
    return crypto.createHmac('sha256', this.keys.fieldLookup).update(binding).update('\0').update(plain).digest('hex');
  }

  private openGcm(iv: string, tag: string, ct: string, binding: string): string {
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.keys.fieldEncryption, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(binding));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
  }

  private sm3Tag(binding: string, iv: Buffer, ct: Buffer): Buffer {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(Buffer.byteLength(binding));
    return crypto.createHmac('sm3', this.sm3MacKey).update(len).update(binding).update(iv).update(ct).digest();
  }
}
