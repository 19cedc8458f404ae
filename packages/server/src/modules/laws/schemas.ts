import { z } from 'zod';
import { LAW_LEVELS } from '@zhifa/domain';

export const levelSchema = z.enum(LAW_LEVELS);

export const itemSchema = z.object({ number: z.number(), text: z.string() });
export const paragraphSchema = z.object({ number: z.number(), text: z.string(), items: z.array(itemSchema) });

export const articleSchema = z.object({
  id: z.string(),
  number: z.number(),
  suffix: z.number().nullable(),
  label: z.string(),
  partNumber: z.number().nullable(),
  chapterNumber: z.number().nullable(),
  sectionNumber: z.number().nullable(),
  text: z.string(),
  citation: z.string(),
  paragraphs: z.array(paragraphSchema),
});

export const versionSchema = z.object({
  id: z.string(),
  versionDate: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  current: z.boolean(),
  title: z.string(),
  level: levelSchema,
  issuer: z.string().nullable(),
  articleCount: z.number(),
  fileName: z.string(),
  source: z.enum(['reference', 'upload']),
  importedAt: z.string(),
});

export const lawSummarySchema = z.object({
  id: z.string(),
  shortTitle: z.string(),
  title: z.string(),
  level: levelSchema,
  issuer: z.string().nullable(),
  versionId: z.string(),
  versionDate: z.string(),
  validFrom: z.string(),
  versionCount: z.number(),
  articleCount: z.number(),
});

const sectionNode = z.object({ number: z.number(), label: z.string(), title: z.string(), articleCount: z.number() });
export const chapterNode = z.object({
  number: z.number(),
  label: z.string(),
  title: z.string(),
  partNumber: z.number().nullable(),
  articleCount: z.number(),
  sections: z.array(sectionNode),
});
export const partNode = z.object({ number: z.number(), label: z.string(), title: z.string() });

export const historySchema = z.object({ date: z.string().nullable(), kind: z.string(), text: z.string() });

export const lawDetailSchema = z.object({
  id: z.string(),
  shortTitle: z.string(),
  versions: z.array(versionSchema),
  version: versionSchema.extend({ history: z.array(historySchema) }),
  parts: z.array(partNode),
  chapters: z.array(chapterNode),
});

const neighbour = z.object({ id: z.string(), label: z.string() }).nullable();
const heading = z.object({ number: z.number(), label: z.string(), title: z.string() }).nullable();

export const articleDetailSchema = articleSchema.extend({
  law: z.object({
    id: z.string(),
    shortTitle: z.string(),
    title: z.string(),
    level: levelSchema,
    issuer: z.string().nullable(),
  }),
  version: versionSchema.pick({ id: true, versionDate: true, validFrom: true, validTo: true, current: true }),
  part: heading,
  chapter: heading,
  section: heading,
  prev: neighbour,
  next: neighbour,
});

export const searchHitSchema = z.object({
  articleId: z.string(),
  lawId: z.string(),
  shortTitle: z.string(),
  lawTitle: z.string(),
  level: levelSchema,
  label: z.string(),
  /** 第五章 行政处罚的决定 第二节 简易程序 */
  heading: z.string(),
  citation: z.string(),
  snippet: z.string(),
  titleMatch: z.boolean(),
  score: z.number(),
});

export const searchResultSchema = z.object({
  q: z.string(),
  terms: z.array(z.string()),
  total: z.number(),
  /** True when nothing contained the words and the hits are trigram look-alikes. */
  fuzzy: z.boolean(),
  laws: z.array(lawSummarySchema.pick({ id: true, shortTitle: true, title: true, level: true })),
  hits: z.array(searchHitSchema),
});
