// Service (送达) payload shared by notice, decision and demand service (民事诉讼法 第87–95条).
import type * as z from 'zod';
import { bool, clientOnly, date, obj, oneOf, opt, req, serverFilled, text } from './fields';

export const SERVICE_METHODS = ['direct', 'refusalWitnessed', 'post', 'electronic', 'publicNotice'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS: Record<ServiceMethod, string> = {
  direct: '直接送达',
  refusalWitnessed: '留置送达',
  post: '邮寄送达',
  electronic: '电子送达',
  publicNotice: '公告送达',
};

/** The fields of every service: 告知书, 决定书 and 催告书. */
const serviceFields = {
  // 共同违法: whose decision is served (required when the case decided several parties).
  partyId: opt('当事人', text(20)),
  method: req('送达方式', oneOf(SERVICE_METHODS, SERVICE_METHOD_LABELS)),
  recipient: req('受送达人', text(200)),
  // direct: the signature date on the 送达回证.
  signedOn: opt('签收日期', date()),
  // 留置: the day the document was left, and who witnessed it or the evidence id of the photo/video.
  leftOn: opt('留置日期', date()),
  witness: opt('见证人', text(200)),
  photoOrVideoEvidenceId: opt('留置过程照片或录像', text(100)),
  // post: the date on the return receipt.
  receiptDate: opt('回执日期', date()),
  // electronic: the day it reached the recipient's system, and the signed 确认书.
  arrivedOn: opt('到达日期', date()),
  consentSignedOn: opt('电子送达确认书签署日期', date()),
  electronicAddress: opt('电子送达地址', text(300)),
  // 公告: publication day and why other methods failed.
  publishedOn: opt('公告日期', date()),
  publicNoticeReason: opt('公告送达理由', text(2000)),
};

/** 告知书 and 催告书 service. */
export const service = clientOnly(obj(serviceFields));
export type ServicePayload = z.infer<typeof service.payload>;

/**
 * 决定书 service (第59条, 第61条): the officer states that the printed decision handed over bears
 * the agency's seal; the document must exist on paper (printed, or its sealed copy uploaded).
 * Statement 72: whether the decision served will be published, so its notice went with it — the
 * server states it from the case; a client never sends it.
 */
export const decisionService = serverFilled(obj({ ...serviceFields, sealed: req('决定书已加盖印章', bool()) }), {
  publicationNotice: opt('随决定书告知将予公开', bool()),
});
export type DecisionServicePayload = z.infer<typeof decisionService.payload>;
