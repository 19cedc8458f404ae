import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, newIdempotencyKey } from '../api/client';

/**
 * One idempotency key per opening of a form: a double click or a resend after a network error
 * reaches the server as the same command. A failed attempt is not stored by the server, so
 * correcting the form and submitting again under the same key is fine.
 */
export function useCommandKey(open: boolean): string {
  const [key, setKey] = useState(newIdempotencyKey);
  useEffect(() => {
    if (open) setKey(newIdempotencyKey());
  }, [open]);
  return key;
}

/**
 * Puts the server's field-level problems next to the fields they concern. Returns false when the
 * error had none that matched a field, so the caller shows the message instead.
 */
export function applyServerErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const names = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = err.fieldErrors
    .map((d) => ({ name: String(d.path ?? '').replace(/^\//, '').split(/[./]/)[0], message: d.message ?? err.message }))
    .filter((f) => f.name && names.has(f.name));
  if (!fields.length) return false;
  form.setFields(fields.map((f) => ({ name: f.name, errors: [f.message] })));
  return true;
}
