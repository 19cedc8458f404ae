import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keys that must not live in the database: the audit-chain seal key and the field-encryption
 * keys. They are files in the key folder (mode 0600), created on first start.
 */
export interface Keys {
  auditSeal: Buffer;
  fieldEncryption: Buffer;
  fieldLookup: Buffer;
}

const NAMES: Record<keyof Keys, string> = {
  auditSeal: 'audit-seal.key',
  fieldEncryption: 'field-encryption.key',
  fieldLookup: 'field-lookup.key',
};

export function loadOrCreateKeys(dir: string): Keys {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const read = (name: string): Buffer => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`密钥文件 ${file} 已损坏（应为 32 字节十六进制）`);
    return key;
  };
  return {
    auditSeal: read(NAMES.auditSeal),
    fieldEncryption: read(NAMES.fieldEncryption),
    fieldLookup: read(NAMES.fieldLookup),
  };
}

export function ephemeralKeys(): Keys {
  return {
    auditSeal: crypto.randomBytes(32),
    fieldEncryption: crypto.randomBytes(32),
    fieldLookup: crypto.randomBytes(32),
  };
}
