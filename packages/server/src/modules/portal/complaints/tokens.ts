// The complaint form's tokens, all signed with a key derived from the platform's lookup key:
// - the form token ties a submission to a form this server gave out to the same browser (a random
//   cookie of the form's path, SameSite=Strict; the token is its HMAC with an expiry): a page of
//   another site cannot post a complaint in a visitor's name (CSRF, ASVS V4.2.2);
// - the challenge is a small sum whose answer is signed with an expiry (no third-party service);
//   a challenge answered once cannot be answered again while it is valid (kept in memory);
// - the receipt code is random (80 bits) and kept only as a hash;
// - the source address is kept only as a keyed hash, enough to count submissions per source.
import crypto from 'node:crypto';
import type { AppContext } from '../../../platform/context';

const FORM_TTL_MS = 2 * 3_600_000;
const CHALLENGE_TTL_MS = 20 * 60_000;
export const FORM_COOKIE = 'zhifa_form';

const derived = new WeakMap<Buffer, Buffer>();
function key(app: AppContext): Buffer {
  const base = app.keys.fieldLookup;
  let k = derived.get(base);
  if (!k) {
    k = crypto.createHmac('sha256', base).update('zhifa.portal.complaint-form.v1').digest();
    derived.set(base, k);
  }
  return k;
}

const mac = (app: AppContext, ...parts: string[]) =>
  crypto.createHmac('sha256', key(app)).update(parts.join('\n')).digest('base64url');

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function newFormCookie(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export function formToken(app: AppContext, cookie: string): string {
  const expires = String(app.now().getTime() + FORM_TTL_MS);
  return `${expires}.${mac(app, 'form', cookie, expires)}`;
}

export function formTokenValid(app: AppContext, cookie: string | undefined, token: string): boolean {
  if (!cookie) return false;
  const [expires, sig] = token.split('.');
  if (!expires || !sig || !/^\d{1,15}$/.test(expires)) return false;
  if (Number(expires) < app.now().getTime()) return false;
  return equal(sig, mac(app, 'form', cookie, expires));
}

export interface Challenge {
  question: string;
  token: string;
}

export function newChallenge(app: AppContext): Challenge {
  const a = crypto.randomInt(2, 20);
  const b = crypto.randomInt(2, 20);
  const nonce = crypto.randomBytes(9).toString('base64url');
  const expires = String(app.now().getTime() + CHALLENGE_TTL_MS);
  return {
    question: `${a} 加 ${b} 等于多少？`,
    token: `${nonce}.${expires}.${mac(app, 'challenge', nonce, expires, String(a + b))}`,
  };
}

const answered = new Map<string, number>();

export function challengeSolved(app: AppContext, token: string, answer: string): boolean {
  const [nonce, expires, sig] = token.split('.');
  if (!nonce || !expires || !sig || !/^\d{1,15}$/.test(expires) || !/^\d{1,3}$/.test(answer.trim())) return false;
  const now = app.now().getTime();
  if (Number(expires) < now) return false;
  for (const [n, until] of answered) if (until < now) answered.delete(n);
  if (answered.has(nonce)) return false;
  if (!equal(sig, mac(app, 'challenge', nonce, expires, String(Number(answer.trim()))))) return false;
  answered.set(nonce, Number(expires));
  return true;
}

const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 16 characters of a 32-letter alphabet (80 bits), grouped by four: hard to guess, easy to read out. */
export function newReceiptCode(): string {
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => RECEIPT_ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

export function normaliseReceiptCode(code: string): string | null {
  const c = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (c.length !== 16 || [...c].some((ch) => !RECEIPT_ALPHABET.includes(ch))) return null;
  return c.match(/.{4}/g)!.join('-');
}

export const receiptHash = (app: AppContext, code: string) => mac(app, 'receipt', code);
export const sourceHash = (app: AppContext, ip: string) => mac(app, 'source', ip);
