import { z } from 'zod';
import { LAW_LEVELS } from '@zhifa/domain';
import { commandId, isoDate, text, uuid } from './common';

export const lawLevel = z.enum(LAW_LEVELS);

export const lawItemView = z.object({ number: z.number(), text: z.string() });
export const lawParagraphView = z.object({ number: z.number(), text: z.string(), items: z.array(lawItemView) });

export const lawArticleView = z.object({
  id: z.string(),
  number: z.number(),
  suffix: z.number().nullable(),
  label: z.string(),
  partNumber: z.number().nullable(),
  chapterNumber: z.number().nullable(),
  sectionNumber: z.number().nullable(),
  text: z.string(),
  citation: z.string(),
  paragraphs: z.array(lawParagraphView),
});

export const lawVersionView = z.object({
  id: z.string(),
  versionDate: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  current: z.boolean(),
  title: z.string(),
  level: lawLevel,
  issuer: z.string().nullable(),
  articleCount: z.number(),
  fileName: z.string(),
  source: z.enum(['reference', 'upload']),
  importedAt: z.string(),
});

export const lawSummaryView = z.object({
  id: z.string(),
  shortTitle: z.string(),
  title: z.string(),
  level: lawLevel,
  issuer: z.string().nullable(),
  versionId: z.string(),
  versionDate: z.string(),
  validFrom: z.string(),
  versionCount: z.number(),
  articleCount: z.number(),
});

const sectionNode = z.object({ number: z.number(), label: z.string(), title: z.string(), articleCount: z.number() });
export const chapterNodeView = z.object({
  number: z.number(),
  label: z.string(),
  title: z.string(),
  partNumber: z.number().nullable(),
  articleCount: z.number(),
  sections: z.array(sectionNode),
});
export const partNodeView = z.object({ number: z.number(), label: z.string(), title: z.string() });

export const lawHistoryView = z.object({ date: z.string().nullable(), kind: z.string(), text: z.string() });

export const lawDetailView = z.object({
  id: z.string(),
  shortTitle: z.string(),
  versions: z.array(lawVersionView),
  version: lawVersionView.extend({ history: z.array(lawHistoryView) }),
  parts: z.array(partNodeView),
  chapters: z.array(chapterNodeView),
});

const neighbour = z.object({ id: z.string(), label: z.string() }).nullable();
const heading = z.object({ number: z.number(), label: z.string(), title: z.string() }).nullable();

export const articleDetailView = lawArticleView.extend({
  law: z.object({
    id: z.string(),
    shortTitle: z.string(),
    title: z.string(),
    level: lawLevel,
    issuer: z.string().nullable(),
  }),
  version: lawVersionView.pick({ id: true, versionDate: true, validFrom: true, validTo: true, current: true }),
  part: heading,
  chapter: heading,
  section: heading,
  prev: neighbour,
  next: neighbour,
});

export const searchHitView = z.object({
  articleId: z.string(),
  lawId: z.string(),
  shortTitle: z.string(),
  lawTitle: z.string(),
  level: lawLevel,
  label: z.string(),
  /** 第五章 行政处罚的决定 第二节 简易程序 */
  heading: z.string(),
  citation: z.string(),
  snippet: z.string(),
  titleMatch: z.boolean(),
  score: z.number(),
});

export const searchResultView = z.object({
  q: z.string(),
  terms: z.array(z.string()),
  total: z.number(),
  /** True when nothing contained the words and the hits are trigram look-alikes. */
  fuzzy: z.boolean(),
  laws: z.array(lawSummaryView.pick({ id: true, shortTitle: true, title: true, level: true })),
  hits: z.array(searchHitView),
});

export type LawLevel = z.infer<typeof lawLevel>;
export type LawItem = z.infer<typeof lawItemView>;
export type LawParagraph = z.infer<typeof lawParagraphView>;
export type LawArticle = z.infer<typeof lawArticleView>;
export type LawVersion = z.infer<typeof lawVersionView>;
export type LawSummary = z.infer<typeof lawSummaryView>;
export type Heading = z.infer<typeof partNodeView>;
export type ChapterNode = z.infer<typeof chapterNodeView>;
export type LawHistoryEntry = z.infer<typeof lawHistoryView>;
export type LawDetail = z.infer<typeof lawDetailView>;
export type ArticleDetail = z.infer<typeof articleDetailView>;
export type SearchHit = z.infer<typeof searchHitView>;
export type SearchResult = z.infer<typeof searchResultView>;

const ordinal = z.coerce.number().int().min(1).max(10_000);

export const listLawsQuery = z.strictObject({ level: lawLevel.optional(), q: text(50).optional() });
export const searchLawsQuery = z.strictObject({
  q: text(100, 1),
  level: lawLevel.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const resolveCitationQuery = z.strictObject({ citation: text(200, 1), date: isoDate.optional() });
export const resolvedCitationView = z.object({
  citation: z.string(),
  lawId: z.string(),
  shortTitle: z.string(),
  versionId: z.string(),
  versionDate: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  articleId: z.string(),
  articleLabel: z.string(),
  paragraph: z.number().nullable(),
  item: z.number().nullable(),
  text: z.string(),
  article: lawArticleView,
});
export const articleParams = z.strictObject({ articleId: uuid });
export const lawVersionQuery = z.strictObject({ version: uuid.optional() });
export const lawArticlesQuery = z.strictObject({
  version: uuid.optional(),
  chapter: ordinal.optional(),
  section: ordinal.optional(),
});
export const lawArticlesView = z.object({
  lawId: z.string(),
  versionId: z.string(),
  articles: z.array(lawArticleView),
});

export const importLawBody = z.strictObject({
  fileName: text(200, 1).regex(/\.md$/i, '文件应为 .md 格式，例如“行政处罚法(2021-01-22).md”'),
  text: text(900_000, 1),
  commandId,
});
export const importLawResult = z.object({
  outcome: z.enum(['created', 'unchanged', 'newVersion']),
  lawId: z.string(),
  versionId: z.string(),
  shortTitle: z.string(),
  versionDate: z.string(),
  articleCount: z.number(),
  current: z.boolean(),
});
export type ImportResult = z.infer<typeof importLawResult>;

// The law search in officers' words (GET /api/laws/find).
const reason = z.object({
  term: z.string(),
  kind: z.enum(['phrase', 'words', 'title', 'fuzzy']),
  matched: z.string(),
  thesaurus: z.object({ id: z.string(), term: z.string(), expansions: z.array(z.string()) }).nullable(),
});
const relation = z.enum(['inForce', 'older', 'newer']);

export const findResultView = z.object({
  q: z.string(),
  date: z.string(),
  terms: z.array(z.string()),
  /** Typos and partial words read as the library's word (烧考 → 烧烤). */
  corrections: z.array(z.object({ typed: z.string(), word: z.string() })),
  thesaurus: z.array(
    z.object({ id: z.string(), term: z.string(), expansions: z.array(z.string()), domain: z.string() }),
  ),
  /** True when a word was found nowhere and trigram look-alikes stand in for it. */
  fuzzy: z.boolean(),
  items: z.array(
    z.object({
      itemId: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      domain: z.string(),
      active: z.boolean(),
      /** Delegated to the searching officer's township on the date. */
      delegated: z.boolean(),
      highlights: z.array(z.string()),
      reasons: z.array(reason),
      articles: z.array(
        z.object({ articleId: z.string().nullable(), citation: z.string(), role: z.enum(['basis', 'penalty']) }),
      ),
      score: z.number(),
    }),
  ),
  articles: z.array(
    z.object({
      articleId: z.string(),
      lawId: z.string(),
      versionId: z.string(),
      shortTitle: z.string(),
      lawTitle: z.string(),
      level: z.enum(LAW_LEVELS),
      label: z.string(),
      heading: z.string(),
      citation: z.string(),
      snippet: z.string(),
      highlights: z.array(z.string()),
      reasons: z.array(reason),
      /** An article that sets a penalty (罚则, 法律责任). */
      penalty: z.boolean(),
      citedBy: z.array(
        z.object({
          itemId: z.string(),
          code: z.string(),
          name: z.string(),
          role: z.enum(['basis', 'penalty']),
          delegated: z.boolean(),
        }),
      ),
      version: z.object({ versionDate: z.string(), validFrom: z.string(), validTo: z.string().nullable(), relation }),
      otherVersions: z.array(z.object({ versionId: z.string(), versionDate: z.string(), relation })),
      score: z.number(),
    }),
  ),
});

export const thesaurusEntryView = z.object({
  id: z.string(),
  term: z.string(),
  expansions: z.array(z.string()),
  domain: z.string(),
  note: z.string().nullable(),
  source: z.enum(['seed', 'admin']),
  updatedAt: z.string(),
});

export const thesaurusEntryBody = z.strictObject({
  term: text(30, 1),
  expansions: z.array(text(60, 1)).min(1, '至少填写一个法律用语').max(12, '法律用语不能超过 12 个'),
  domain: text(20, 1),
  note: text(200).nullable().optional(),
  commandId,
});

export type FindResult = z.infer<typeof findResultView>;
export type FindItem = FindResult['items'][number];
export type FindArticle = FindResult['articles'][number];
export type FindReason = z.infer<typeof reason>;
export type VersionRelation = z.infer<typeof relation>;
export type ThesaurusEntry = z.infer<typeof thesaurusEntryView>;

export const findQuery = z.strictObject({
  q: text(100, 1).refine((s) => s.trim().length > 0, '不能为空'),
  date: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(15),
});
export const thesaurusQuery = z.strictObject({ q: text(30).optional() });
export const savedThesaurusEntryView = thesaurusEntryView.pick({
  id: true,
  term: true,
  expansions: true,
  domain: true,
  note: true,
});

export const lawSummaryListView = z.array(lawSummaryView);
export const thesaurusEntryListView = z.array(thesaurusEntryView);
