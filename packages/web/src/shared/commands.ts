import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, newIdempotencyKey } from '../api/client';
import { showError } from '../app/feedback';

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
 * Puts the server's field-level problems next to the fields they concern (`codeFields` maps an
 * error code such as USERNAME_TAKEN to the field it is about). Returns false when the
 * error had none that matched a field, so the caller shows the message instead.
 */
export function applyServerErrors(form: FormInstance, err: unknown, codeFields: Record<string, string> = {}): boolean {
  if (!(err instanceof ApiError)) return false;
  const field = codeFields[err.code];
  if (field) {
    form.setFields([{ name: field, errors: [err.message] }]);
    return true;
  }
  const names = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = err.fieldErrors
    .map((d) => ({
      name: String(d.path ?? '')
        .replace(/^\//, '')
        .split(/[./]/)[0],
      message: d.message ?? err.message,
    }))
    .filter((f) => f.name && names.has(f.name));
  if (!fields.length) return false;
  form.setFields(fields.map((f) => ({ name: f.name, errors: [f.message] })));
  return true;
}

/** For form mutations marked `meta: { silent: true }`: errors go next to fields, else to a message. */
export function reportFormError(form: FormInstance, err: unknown, codeFields?: Record<string, string>) {
  if (!applyServerErrors(form, err, codeFields)) showError(err);
}
