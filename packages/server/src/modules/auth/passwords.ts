import argon2 from 'argon2';
import { checkPassword } from '@zhifa/domain';
import { badRequest } from '../../platform/errors';

// argon2id with OWASP-recommended parameters (19 MiB, 2 passes).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-for-timing-only');
  return decoy;
}

export function assertPasswordPolicy(password: string, username: string) {
  const result = checkPassword(password, { username });
  if (!result.ok) {
    throw badRequest('WEAK_PASSWORD', result.problems.map((p) => p.message).join('；'), { problems: result.problems });
  }
}
