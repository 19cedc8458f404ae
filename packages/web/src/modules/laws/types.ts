// Shapes of the law library API (packages/server/src/modules/laws/schemas.ts).
import type { LawLevel } from '@zhifa/domain';

export type { LawLevel };

export interface LawItem {
  number: number;
  text: string;
}

export interface LawParagraph {
  number: number;
  text: string;
  items: LawItem[];
}

export interface LawArticle {
  id: string;
  number: number;
  suffix: number | null;
  label: string;
  partNumber: number | null;
  chapterNumber: number | null;
  sectionNumber: number | null;
  text: string;
  citation: string;
  paragraphs: LawParagraph[];
}

export interface LawVersion {
  id: string;
  versionDate: string;
  validFrom: string;
  validTo: string | null;
  current: boolean;
  title: string;
  level: LawLevel;
  issuer: string | null;
  articleCount: number;
  fileName: string;
  source: 'reference' | 'upload';
  importedAt: string;
}

export interface LawSummary {
  id: string;
  shortTitle: string;
  title: string;
  level: LawLevel;
  issuer: string | null;
  versionId: string;
  versionDate: string;
  validFrom: string;
  versionCount: number;
  articleCount: number;
}

export interface Heading {
  number: number;
  label: string;
  title: string;
}

export interface ChapterNode extends Heading {
  partNumber: number | null;
  articleCount: number;
  sections: (Heading & { articleCount: number })[];
}

export interface LawHistoryEntry {
  date: string | null;
  kind: string;
  text: string;
}

export interface LawDetail {
  id: string;
  shortTitle: string;
  versions: LawVersion[];
  version: LawVersion & { history: LawHistoryEntry[] };
  parts: Heading[];
  chapters: ChapterNode[];
}

export interface ArticleDetail extends LawArticle {
  law: { id: string; shortTitle: string; title: string; level: LawLevel; issuer: string | null };
  version: Pick<LawVersion, 'id' | 'versionDate' | 'validFrom' | 'validTo' | 'current'>;
  part: Heading | null;
  chapter: Heading | null;
  section: Heading | null;
  prev: { id: string; label: string } | null;
  next: { id: string; label: string } | null;
}

export interface SearchHit {
  articleId: string;
  lawId: string;
  shortTitle: string;
  lawTitle: string;
  level: LawLevel;
  label: string;
  heading: string;
  citation: string;
  snippet: string;
  titleMatch: boolean;
  score: number;
}

export interface SearchResult {
  q: string;
  terms: string[];
  total: number;
  fuzzy: boolean;
  laws: Pick<LawSummary, 'id' | 'shortTitle' | 'title' | 'level'>[];
  hits: SearchHit[];
}

export interface ImportResult {
  outcome: 'created' | 'unchanged' | 'newVersion';
  lawId: string;
  versionId: string;
  shortTitle: string;
  versionDate: string;
  articleCount: number;
  current: boolean;
}

// The law search (GET /api/laws/find, packages/server/src/modules/laws/routes-search.ts).
export interface FindReason {
  term: string;
  kind: 'phrase' | 'words' | 'title' | 'fuzzy';
  matched: string;
  thesaurus: { id: string; term: string; expansions: string[] } | null;
}

export type VersionRelation = 'inForce' | 'older' | 'newer';

export interface FindItem {
  itemId: string;
  code: string;
  name: string;
  kind: string;
  domain: string;
  active: boolean;
  delegated: boolean;
  highlights: string[];
  reasons: FindReason[];
  articles: { articleId: string | null; citation: string; role: 'basis' | 'penalty' }[];
  score: number;
}

export interface FindArticle {
  articleId: string;
  lawId: string;
  versionId: string;
  shortTitle: string;
  lawTitle: string;
  level: LawLevel;
  label: string;
  heading: string;
  citation: string;
  snippet: string;
  highlights: string[];
  reasons: FindReason[];
  penalty: boolean;
  citedBy: { itemId: string; code: string; name: string; role: 'basis' | 'penalty'; delegated: boolean }[];
  version: { versionDate: string; validFrom: string; validTo: string | null; relation: VersionRelation };
  otherVersions: { versionId: string; versionDate: string; relation: VersionRelation }[];
  score: number;
}

export interface FindResult {
  q: string;
  date: string;
  terms: string[];
  corrections: { typed: string; word: string }[];
  thesaurus: { id: string; term: string; expansions: string[]; domain: string }[];
  fuzzy: boolean;
  items: FindItem[];
  articles: FindArticle[];
}

export interface ThesaurusEntry {
  id: string;
  term: string;
  expansions: string[];
  domain: string;
  note: string | null;
  source: 'seed' | 'admin';
  updatedAt: string;
}
