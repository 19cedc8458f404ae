// Tables of the laws module (migration 0002_laws.sql).
import type { ColumnType, Generated } from 'kysely';
import type { LawHistoryEntry, LawLevel, ParsedItem, ParsedPart, ParsedSection } from '@zhifa/domain';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read back parsed, written as a JSON string (the pg driver would turn arrays into SQL arrays). */
type Json<T> = ColumnType<T, string, string>;

export interface LawsTable {
  id: Generated<string>;
  short_title: string;
  created_at: GeneratedTimestamp;
}

export interface LawVersionsTable {
  id: string;
  law_id: string;
  version_date: DateOnly;
  valid_from: DateOnly;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  title: string;
  level: LawLevel;
  issuer: string | null;
  history: Json<LawHistoryEntry[]>;
  parts: Json<ParsedPart[]>;
  file_name: string;
  file_hash: string;
  article_count: number;
  source: 'reference' | 'upload';
  imported_by: string | null;
  imported_at: GeneratedTimestamp;
}

export interface LawChaptersTable {
  version_id: string;
  number: number;
  part_number: number | null;
  title: string;
  sections: Json<ParsedSection[]>;
}

export interface LawArticlesTable {
  id: string;
  version_id: string;
  position: number;
  number: number;
  suffix: number | null;
  label: string;
  part_number: number | null;
  chapter_number: number | null;
  section_number: number | null;
  heading: Generated<string>;
  text: string;
  /** tsvector of the segmented words (migration 0110); written as `to_tsvector('simple', …)`. */
  words: ColumnType<string | null, never, never>;
}

export interface LawParagraphsTable {
  article_id: string;
  number: number;
  text: string;
  items: Json<ParsedItem[]>;
}

export interface LawTables {
  laws: LawsTable;
  law_versions: LawVersionsTable;
  law_chapters: LawChaptersTable;
  law_articles: LawArticlesTable;
  law_paragraphs: LawParagraphsTable;
  search_thesaurus: SearchThesaurusTable;
  search_state: SearchStateTable;
}

export interface SearchThesaurusTable {
  id: Generated<string>;
  term: string;
  expansions: Json<string[]>;
  domain: string;
  note: string | null;
  source: 'seed' | 'admin';
  updated_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SearchStateTable {
  singleton: Generated<boolean>;
  thesaurus_seeded: Generated<boolean>;
  thesaurus_version: Generated<number>;
  words_version: Generated<number>;
  library_version: Generated<string>;
  epoch: Generated<string>;
}
