// 立卷归档 view: one case, one file, 正卷 and 副卷 in archive order with page numbers and the
// cover fields (legal-rules.md §7.3). The order is the domain's assembleCaseFile().
import { assembleCaseFile, type CaseState } from '@zhifa/domain';
import type { CaseRow } from '../load-case';

export function caseFileView(row: CaseRow, state: CaseState) {
  const file = assembleCaseFile(state);
  const numbered = [...file.main, ...file.internal].filter((d) => d.numbered);
  return {
    ...file,
    cover: {
      caseName: row.title,
      caseNumber: row.number,
      decisionNumber: state.decision?.number ?? null,
      agencyName: row.agencyName,
      filedOn: state.filing?.approvedOn ?? state.summary?.decidedOn ?? null,
      closedOn: state.closure?.on ?? null,
      retention: state.archive?.retention ?? null,
      documentCount: numbered.length,
      pageCount: numbered.reduce((n, d) => n + d.pages, 0),
      archiveNumber: file.archiveNumber,
    },
  };
}
