// 案卷评查: review standards, plans (random draw from a recorded seed), reviews and rectification.
import { z } from 'zod';
import { commandId, isoDate, text, uuid } from './common';

const rectificationStatus = z.enum(['open', 'replied', 'returned', 'done']);

const standardItem = z.strictObject({
  key: text(40, 1),
  title: text(200, 1),
  points: z.number().min(0.5).max(100),
  auto: z.enum(['documentsPresent', 'deadlinesKept', 'officersCertified', 'reviewDone']).optional(),
});
export const reviewStandardBody = z.strictObject({
  sections: z
    .array(z.strictObject({ key: text(40, 1), title: text(100, 1), items: z.array(standardItem).max(50) }))
    .max(20),
  vetoes: z.array(z.strictObject({ key: text(40, 1), title: text(100, 1) })).max(30),
  grades: z.strictObject({ excellent: z.number().min(1).max(100), pass: z.number().min(1).max(100) }),
});
export const saveStandardBody = z.strictObject({ name: text(100, 1), body: reviewStandardBody, commandId });
export const reviewStandardView = z.object({
  id: z.string(),
  name: z.string(),
  body: z.object({
    sections: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        items: z.array(
          z.object({ key: z.string(), title: z.string(), points: z.number(), auto: z.string().optional() }),
        ),
      }),
    ),
    vetoes: z.array(z.object({ key: z.string(), title: z.string() })),
    grades: z.object({ excellent: z.number(), pass: z.number() }),
  }),
  updatedAt: z.string(),
});
export const reviewStandardListView = z.array(reviewStandardView);
export type ReviewStandardView = z.infer<typeof reviewStandardView>;

export const createPlanBody = z.strictObject({
  name: text(100, 1),
  standardId: uuid,
  closedFrom: isoDate,
  closedTo: isoDate,
  perAgency: z.number().int().min(1).max(100),
  agencyIds: z.array(uuid).max(100).default([]),
  commandId,
});
export const drawPlanBody = z.strictObject({
  /** Absent: the server picks one; either way it is recorded with the plan. */
  seed: z.number().int().min(0).max(4294967295).optional(),
  commandId,
});
export const drawResult = z.object({ id: z.string(), seed: z.number(), candidates: z.number(), drawn: z.number() });

export const reviewPlanView = z.object({
  id: z.string(),
  name: z.string(),
  standardId: z.string(),
  closedFrom: z.string(),
  closedTo: z.string(),
  perAgency: z.number(),
  agencyIds: z.array(z.string()),
  seed: z.number().nullable(),
  candidates: z.number().nullable(),
  drawnAt: z.string().nullable(),
  files: z.number(),
  reviewed: z.number(),
});
export const reviewPlanListView = z.array(reviewPlanView);
export type ReviewPlanView = z.infer<typeof reviewPlanView>;

export const fileReviewRow = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  agencyName: z.string(),
  score: z.number().nullable(),
  grade: z.enum(['excellent', 'pass', 'fail']).nullable(),
  reviewedOn: z.string().nullable(),
});
export const planDetailView = reviewPlanView.extend({ reviews: z.array(fileReviewRow) });
export type PlanDetailView = z.infer<typeof planDetailView>;

export const fileReviewView = fileReviewRow.extend({
  planId: z.string(),
  planName: z.string(),
  standard: reviewStandardView.shape.body,
  autoFacts: z.record(z.string(), z.boolean()),
  scores: z.record(z.string(), z.number()),
  vetoes: z.array(z.string()),
  itemComments: z.record(z.string(), z.string()),
  comment: z.string().nullable(),
  rectifications: z.array(
    z.object({ id: z.string(), requirement: z.string(), due: z.string(), status: rectificationStatus }),
  ),
});
export type FileReviewView = z.infer<typeof fileReviewView>;

export const scoreReviewBody = z.strictObject({
  scores: z.record(text(40, 1), z.number().min(0).max(100)),
  vetoes: z.array(text(40, 1)).max(30),
  itemComments: z.record(text(40, 1), text(500)).default({}),
  comment: text(2000).optional(),
  commandId,
});
export const scoreReviewResult = z.object({
  id: z.string(),
  score: z.number(),
  grade: z.enum(['excellent', 'pass', 'fail']),
});

export const rectificationBody = z.strictObject({ requirement: text(2000, 1), due: isoDate, commandId });

export const reviewResultsView = z.object({
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      files: z.number(),
      reviewed: z.number(),
      average: z.number().nullable(),
      excellent: z.number(),
      pass: z.number(),
      fail: z.number(),
    }),
  ),
  items: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      points: z.number(),
      average: z.number().nullable(),
      lost: z.number(),
    }),
  ),
  vetoes: z.array(z.object({ key: z.string(), title: z.string(), count: z.number() })),
});
export type ReviewResultsView = z.infer<typeof reviewResultsView>;

// 整改 answered by the agency and accepted or returned by the reviewer.
export const listRectificationsQuery = z.strictObject({
  status: rectificationStatus.optional(),
  agencyId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const replyRectificationBody = z.strictObject({ reply: text(5000, 1), commandId });
export const reviewRectificationBody = z.strictObject({
  decision: z.enum(['accept', 'return']),
  note: text(2000).optional(),
  commandId,
});
export const rectificationView = z.object({
  id: z.string(),
  reviewId: z.string(),
  planName: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  caseTitle: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  requirement: z.string(),
  due: z.string(),
  status: rectificationStatus,
  overdue: z.boolean(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  repliedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  history: z.array(
    z.object({
      action: z.enum(['issue', 'reply', 'accept', 'return']),
      on: z.string(),
      by: z.string(),
      text: z.string(),
    }),
  ),
});
export type RectificationView = z.infer<typeof rectificationView>;
export const rectificationListView = z.object({ items: z.array(rectificationView), total: z.number() });
export const rectificationStatusResult = z.object({ id: z.string(), status: rectificationStatus });
