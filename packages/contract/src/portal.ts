// The public portal (事前公示) and the public complaint form: its pages are server-rendered HTML
// (described here for the OpenAPI document only); staff read complaint leads through JSON routes.
import { z } from 'zod';
import { text, uuid } from './common';

/** A server-rendered page of the public portal (text/html). */
export const htmlPage = z.any().describe('text/html 页面（服务器渲染）');

export const portalAgencyParams = z.strictObject({ id: uuid });
export const complaintStatusQuery = z.strictObject({ code: text(40).optional() });

/** The complaint form's fields (multipart/form-data; photos are file parts named `photos`). */
export const complaintFormFields = z.strictObject({
  formToken: text(300, 1),
  anonymous: z.enum(['1', '0']).optional(),
  name: text(40).optional(),
  phone: text(20).optional(),
  problemType: text(40, 1),
  townshipId: uuid,
  address: text(200, 2),
  description: text(2000, 5),
  challenge: text(300).optional(),
  answer: text(10).optional(),
});

export const complaintPhotoParams = z.strictObject({ id: uuid });

/** A complaint lead as staff see it: the complainant's identity masked until revealed. */
export const leadComplaintView = z.object({
  id: z.string(),
  leadId: z.string(),
  problemType: z.string(),
  problemLabel: z.string(),
  township: z.string(),
  address: z.string(),
  description: z.string(),
  submittedAt: z.string(),
  anonymous: z.boolean(),
  maskedName: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  canReveal: z.boolean(),
  photos: z.array(z.object({ id: z.string(), mediaType: z.string(), sizeBytes: z.number() })),
});

export const complainantIdentityView = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
});

export const complaintPhotoResponse = z.any().describe('投诉照片（仅下载，Content-Disposition: attachment）');

export type LeadComplaintView = z.infer<typeof leadComplaintView>;
export type ComplainantIdentityView = z.infer<typeof complainantIdentityView>;
