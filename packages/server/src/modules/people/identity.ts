// Personal data of a person: validated, then stored only encrypted (AES-256-GCM bound to the
// column), with a keyed HMAC for duplicate lookups and a masked copy for display (security.md 22).

import { isValidMobile, maskIdNumber, maskPhone, normaliseIdNumber, validateIdNumber } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { badRequest } from '../../platform/errors';

export const ID_BINDING = 'persons.id_number';
export const PHONE_BINDING = 'persons.phone';

// Landlines are accepted too: many township offices give the desk number.
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export interface SealedIdNumber {
  id_number_enc: string;
  id_number_hmac: string;
  id_number_masked: string;
}

export function sealIdNumber(app: AppContext, raw: string, today: string): SealedIdNumber {
  const id = normaliseIdNumber(raw);
  const check = validateIdNumber(id, today);
  if (!check.ok) throw badRequest('INVALID_ID_NUMBER', check.message, [{ path: 'idNumber', message: check.message }]);
  return {
    id_number_enc: app.fieldCrypto.encrypt(id, ID_BINDING),
    id_number_hmac: idNumberLookup(app, id),
    id_number_masked: maskIdNumber(id),
  };
}

export function idNumberLookup(app: AppContext, raw: string): string {
  return app.fieldCrypto.lookup(normaliseIdNumber(raw), ID_BINDING);
}

export interface SealedPhone {
  phone_enc: string | null;
  phone_masked: string | null;
}

export function sealPhone(app: AppContext, raw: string | null): SealedPhone {
  const phone = raw?.replace(/[\s\u3000]+/g, '') ?? '';
  if (phone === '') return { phone_enc: null, phone_masked: null };
  if (!isValidMobile(phone) && !LANDLINE.test(phone)) {
    const message = '联系电话应为 11 位手机号码或带区号的固定电话';
    throw badRequest('INVALID_PHONE', message, [{ path: 'phone', message }]);
  }
  return { phone_enc: app.fieldCrypto.encrypt(phone, PHONE_BINDING), phone_masked: maskPhone(phone) };
}
