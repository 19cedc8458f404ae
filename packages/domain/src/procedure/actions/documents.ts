// The series (文书类别代字) documents are numbered in: one gapless counter per agency, year and series,
// appended to the agency's prefix (蓬杜综执 + 罚 → 蓬杜综执罚〔2025〕3号).
export const DOCUMENT_SERIES = {
  立: '立案审批表',
  不立: '不予立案审批表',
  改: '责令（限期）改正通知书',
  保: '先行登记保存证据通知书',
  封: '查封决定书',
  扣: '扣押决定书',
  冻: '冻结决定书',
  移: '案件移送函',
  协: '协助函',
  刑移: '涉嫌犯罪案件移送书',
  告: '行政处罚事先告知书',
  听: '听证通知书',
  罚: '行政处罚决定书',
  不罚: '不予行政处罚决定书',
  催: '催告书',
  当罚: '当场行政处罚决定书',
} as const;

export type DocumentSeries = keyof typeof DOCUMENT_SERIES;

export function isDocumentSeries(value: unknown): value is DocumentSeries {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DOCUMENT_SERIES, value);
}
