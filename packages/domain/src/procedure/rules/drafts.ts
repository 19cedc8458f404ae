// Drafts the forms start from, written from what the case already records: the officer edits a
// draft, never retypes the record. Pure text; the officer remains the author of what is sent.
import { EVIDENCE_KIND_LABELS } from '../evidence';
import { CASE_PARTY_KIND_LABELS } from '../party';
import type { PenaltyProposal } from '../penalty';
import type { CaseState } from '../state';
import { assembleCaseFile } from './archive';

const FACTS_HEADING = '五、违法事实';
const PROPOSAL_HEADING = '六、处理意见';

const minute = (t: string) => t.slice(0, 16).replace('T', ' ');

/**
 * 调查终结报告 (行政处罚法 第57条: the head decides on the investigation's outcome): the party, the
 * source, each record made and each piece of evidence in the order taken, the facts as filed, and
 * a heading for the officer's proposal.
 */
export function draftInvestigationReport(s: CaseState): string {
  const party = s.party
    ? `${s.party.name}（${CASE_PARTY_KIND_LABELS[s.party.kind]}）${s.party.address ? `，地址：${s.party.address}` : ''}`
    : '（未载明）';
  const records = [...s.records]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((r) => {
      const what = r.kind === 'interview' ? '进行询问，制作询问笔录' : '进行现场检查（勘验），制作现场检查（勘验）笔录';
      return `${minute(r.startedAt)}，执法人员${r.place ? `在${r.place}` : ''}${what}（${r.recordId}）${r.content ? `：${r.content}` : '。'}`;
    });
  const evidence = s.evidence
    .filter((e) => !e.illegal)
    .map((e, i) => `${i + 1}. ${EVIDENCE_KIND_LABELS[e.kind]}：${e.title}`);
  const facts = [s.facts.summary, s.facts.violationDate ? `违法行为发生日期：${s.facts.violationDate}` : null]
    .filter(Boolean)
    .join('。');
  return [
    '一、当事人基本情况',
    party,
    '二、案件来源',
    s.facts.source ?? '（未载明）',
    '三、调查经过',
    ...(records.length ? records : ['（尚无调查笔录）']),
    '四、证据',
    ...(evidence.length ? evidence : ['（尚无登记的证据）']),
    FACTS_HEADING,
    facts || '（请填写经调查认定的违法事实）',
    PROPOSAL_HEADING,
    '（请填写违反的规定、处理建议及理由）',
  ].join('\n');
}

/**
 * 违法事实 of the prior notice (第44条): the facts the investigation found, as its report states them
 * (its 违法事实 section when it has one), not the complaint that opened the case.
 */
export function draftNoticeFacts(s: CaseState): string | undefined {
  const report = s.investigation?.report?.trim();
  if (report) {
    const from = report.indexOf(FACTS_HEADING);
    if (from < 0) return report;
    const rest = report.slice(from + FACTS_HEADING.length);
    const to = rest.indexOf(PROPOSAL_HEADING);
    const section = (to < 0 ? rest : rest.slice(0, to)).trim();
    if (section && !section.startsWith('（')) return section;
  }
  return s.facts.summary ?? undefined;
}

/**
 * 送审材料 for legal review (第58条): the documents the case file holds now, in its order, and the
 * draft decision; nothing that does not exist (no 听证笔录 without a hearing).
 */
export function draftReviewMaterials(s: CaseState): string {
  const file = assembleCaseFile(s);
  const titles = [...file.main, ...file.internal].filter((d) => d.numbered).map((d) => d.title);
  return [...new Set(titles), '拟处罚决定书代拟稿'].join('、');
}

export interface PenaltyCarried {
  penalty: PenaltyProposal;
  /** Where it was last set: the notice, the answer to the party's statement (复核), the heads' deliberation. */
  from: 'notice' | 'statementReview' | 'deliberation';
}

const CARRIED_LABELS: Record<PenaltyCarried['from'], string> = {
  notice: '告知书拟作出的处罚',
  statementReview: '陈述申辩复核调整后的拟处罚',
  deliberation: '集体讨论提出的处罚',
};

export const penaltyCarriedLabel = (c: PenaltyCarried): string => CARRIED_LABELS[c.from];

/**
 * The penalty the decision starts from (第45条、第57条): the latest the case settled on, whether the
 * notice's, the one a 复核 lowered after the party's statement, or the heads' deliberation's.
 */
export function penaltyCarried(s: CaseState): PenaltyCarried | null {
  const candidates: (PenaltyCarried & { seq: number })[] = [];
  if (s.notice) candidates.push({ penalty: s.notice.intendedPenalty, from: 'notice', seq: 0 });
  for (const a of s.answers)
    if (a.revisedPenalty) candidates.push({ penalty: a.revisedPenalty, from: 'statementReview', seq: a.seq });
  for (const d of s.deliberations)
    if (d.proposedPenalty) candidates.push({ penalty: d.proposedPenalty, from: 'deliberation', seq: d.seq });
  const last = candidates.sort((a, b) => a.seq - b.seq).at(-1);
  return last ? { penalty: last.penalty, from: last.from } : null;
}
