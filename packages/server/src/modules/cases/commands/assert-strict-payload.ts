import { payloadTooLarge, unknownInputKeys, type CaseActionType } from '@zhifa/domain';
import { unprocessable } from '../../../platform/errors';

/**
 * Before a command touches anything: its payload holds only the keys a client may send for its
 * action (its `input` schema, strict at every level), and fits its action's size limit. A made-up
 * key would otherwise reach the append-only log unmasked; a field the server fills in (a document
 * number) is the agency's to issue, never the client's. The whole payload, with what the server
 * filled in, is checked by decide().
 */
export function assertStrictPayload(type: CaseActionType, payload: unknown): void {
  const unknown = unknownInputKeys(type, payload);
  if (unknown.length > 0) {
    throw unprocessable('UNKNOWN_FIELD', `操作内容不符合要求：${unknown.slice(0, 5).join('；')}`, {
      unknownKeys: unknown.slice(0, 20),
    });
  }
  const tooLarge = payloadTooLarge(type, payload);
  if (tooLarge) throw unprocessable('PAYLOAD_TOO_LARGE', tooLarge);
}
