import crypto from 'node:crypto';
import type { CryptoSuite } from '../config';

/**
 * The algorithms a deployment writes with (ZHIFA_CRYPTO): `intl` = SHA-256, HMAC-SHA-256,
 * AES-256-GCM; `sm` = SM3, HMAC-SM3, SM4 (GB/T 32905, GB/T 32907). Both come from Node's own
 * OpenSSL; nothing here implements an algorithm. What was written under one suite stays readable
 * under the other: every stored value names its algorithm (audit hashes `sm3:…`, ciphertexts
 * `v2:<alg>:<key id>:…`).
 */
export type { CryptoSuite };

export const HASH_OF: Record<CryptoSuite, 'sha256' | 'sm3'> = { intl: 'sha256', sm: 'sm3' };

export function digestHex(alg: 'sha256' | 'sm3', ...parts: (string | Buffer)[]): string {
  const h = crypto.createHash(alg);
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

export function hmacHex(alg: 'sha256' | 'sm3', key: Buffer, ...parts: (string | Buffer)[]): string {
  const h = crypto.createHmac(alg, key);
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

/** Whether this Node's OpenSSL offers SM3 and SM4 (Node 20+ builds with OpenSSL 3 do). */
export function nationalAlgorithmsAvailable(): boolean {
  return crypto.getHashes().includes('sm3') && crypto.getCiphers().includes('sm4-ctr');
}

// Known answers from the standards: GB/T 32905-2016 appendix A.1 (SM3 of "abc") and GB/T
// 32907-2016 appendix A.1 (SM4 of its example block under the same key).
const SM3_ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
const SM4_KEY = '0123456789abcdeffedcba9876543210';
const SM4_CT = '681edf34d206965e86b3e94f536e4246';

/**
 * Start-up self-test of the national algorithms (security.md S25): refuse to start when a
 * deployment chose them and this runtime lacks them or computes them wrongly.
 */
export function selfTestNationalAlgorithms(): void {
  if (!nationalAlgorithmsAvailable()) {
    throw new Error(
      '已选择国密算法（ZHIFA_CRYPTO=sm），但本机 Node.js 的 OpenSSL 不提供 SM3/SM4，请更换运行环境或改用 intl。',
    );
  }
  const sm3 = digestHex('sm3', 'abc');
  const cipher = crypto.createCipheriv('sm4-ecb', Buffer.from(SM4_KEY, 'hex'), null).setAutoPadding(false);
  const sm4 = Buffer.concat([cipher.update(Buffer.from(SM4_KEY, 'hex')), cipher.final()]).toString('hex');
  if (sm3 !== SM3_ABC || sm4 !== SM4_CT) throw new Error('国密算法自检失败（SM3/SM4 已知答案不符），拒绝启动。');
}
