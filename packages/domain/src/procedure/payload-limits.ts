// How large a payload each action may be, in bytes of its JSON (UTF-8). Every text field has its
// own length limit already; this bounds the whole, so that no action can fill the append-only
// log. Actions that carry transcripts and reasoning get more room than clerical steps.
import type { CaseActionType } from './payloads/index';

export const DEFAULT_PAYLOAD_BYTES = 64 * 1024;

const LARGE = 256 * 1024;

export const PAYLOAD_BYTES: Partial<Record<CaseActionType, number>> = {
  recordInterview: LARGE,
  recordSiteInspection: LARGE,
  recordHearing: LARGE,
  recordStatement: LARGE,
  answerStatement: LARGE,
  recordReview: LARGE,
  recordDeliberation: LARGE,
  finishInvestigation: LARGE,
  decide: LARGE,
  decideOnTheSpot: LARGE,
  fileCase: LARGE,
};

export function payloadByteLimit(type: CaseActionType): number {
  return PAYLOAD_BYTES[type] ?? DEFAULT_PAYLOAD_BYTES;
}

/** UTF-8 length of a string (the domain has no TextEncoder: it runs with no platform library). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The refusal text when a payload is over its action's limit, or null. */
export function payloadTooLarge(type: CaseActionType, payload: unknown): string | null {
  const bytes = utf8Bytes(JSON.stringify(payload ?? {}));
  const limit = payloadByteLimit(type);
  return bytes > limit ? `操作内容过大：${Math.ceil(bytes / 1024)} KB，超过该操作允许的 ${limit / 1024} KB` : null;
}
