// Law library (法律法规库): reading law texts, numbering, citations and search terms.
export { CHINESE_NUMERAL_CHARS, formalArticle, parseChineseNumber, toChineseNumber } from './chinese-number';
export {
  LAW_CLASSIFICATION_OVERRIDES,
  LAW_LEVELS,
  LOCAL_TITLE_PREFIXES,
  NATIONAL_TITLE_PREFIX,
  NPC,
  NPC_STANDING_COMMITTEE,
  STATE_COUNCIL,
  classifyLaw,
  inferIssuer,
  shortLawTitle,
} from './law-level';
export type { LawClassification, LawLevel } from './law-level';
export { parseLawFileName, parseLawHistory, parseLawMarkdown } from './parse-law';
export type {
  HistoryEventKind,
  LawHistoryEntry,
  ParsedArticle,
  ParsedChapter,
  ParsedItem,
  ParsedLaw,
  ParsedParagraph,
  ParsedPart,
  ParsedSection,
} from './parse-law';
export { formatCitation, parseCitation } from './citation';
export type { CitationError, CitationErrorCode, CitationParseResult, LawCitation } from './citation';
export { searchTerms } from './search-terms';
export { normaliseLawText, canonicalWord, WORD_VARIANTS } from './normalise-text';
