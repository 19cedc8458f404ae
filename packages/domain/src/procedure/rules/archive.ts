// 立卷归档: one case, one file; 正卷 and 副卷 in the fixed order; Arabic page numbers with the
// cover, contents list and 备考表 unnumbered; archive number = filing year + 4-digit serial
// (legal-rules.md §7.3, §5.3).
import { isValidArchiveNumber } from '../../identifiers/index';
import { ART } from '../articles';
import { EVIDENCE_KIND_LABELS } from '../evidence';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';

export type CaseFileVolume = 'main' | 'internal';

export interface CaseFileDocument {
  key: string;
  title: string;
  volume: CaseFileVolume;
  numbered: boolean;
  pages: number;
  pageFrom: number | null;
  pageTo: number | null;
}

export interface CaseFile {
  archiveNumber: string | null;
  main: CaseFileDocument[];
  internal: CaseFileDocument[];
}

type Entry = { key: string; title: string };

function mainEntries(s: CaseState): Entry[] {
  const e: Entry[] = [];
  const add = (key: string, title: string, when: unknown) => {
    if (when) e.push({ key, title });
  };
  const summary = s.procedure === 'summary';
  add('filingApproval', '立案审批表', !summary && s.filing?.approvedOn);
  if (s.decision) {
    const title = s.decision.onTheSpot
      ? '当场行政处罚决定书'
      : s.decision.outcome === 'penalty'
        ? '行政处罚决定书'
        : '不予行政处罚决定书';
    add('decision', title, true);
  }
  add('notice', '行政处罚事先告知书', s.notice);
  add('hearingNotice', '听证通知书', s.hearing?.schedule);
  s.preservations.forEach((p) => add(`preservation:${p.id}`, '先行登记保存证据通知书', true));
  (s.correctionOrders ?? []).forEach((c) => add(`correction:${c.id}`, '责令（限期）改正通知书', true));
  s.coerciveMeasures.forEach((m) => {
    add(`coercive:${m.id}`, '实施行政强制措施决定书', true);
    add(`inventory:${m.id}`, '场所、设施、财物清单', m.kind !== 'freeze');
    add(`coerciveRelease:${m.id}`, '解除行政强制措施决定书', m.released);
  });
  s.demands.forEach((_, i) => add(`demand:${i + 1}`, '催告书', true));
  add('transfer', '案件移送函', s.transfer);
  add('criminalTransfer', '涉嫌犯罪案件移送书', s.criminal.decision?.approved);
  add('noticeService', '送达回证（事先告知书）', s.notice?.service);
  add('decisionService', '送达回证（处罚决定书）', s.service && !summary);
  add('hearingTranscript', '听证笔录', s.hearing?.held && s.hearing.status === 'held');
  // 第45条: what the party said in its defence, and the agency's answer to it, are part of the file.
  s.statements.forEach((_, i) => add(`statement:${i + 1}`, '陈述（申辩）笔录', true));
  s.answers.forEach((_, i) => add(`statementReview:${i + 1}`, '陈述申辩复核意见', true));
  s.records
    .filter((r) => r.kind === 'siteInspection')
    .forEach((r) => add(`record:${r.recordId}`, '现场检查（勘验）笔录', true));
  s.records.filter((r) => r.kind === 'interview').forEach((r) => add(`record:${r.recordId}`, '询问笔录', true));
  (s.assistanceRequests ?? []).forEach((r) => add(`assistance:${r.seq}`, '协助函', true));
  (s.correctionOrders ?? []).forEach((c) => add(`followUp:${c.id}`, '复查笔录', c.followUp));
  s.evidence
    .filter((x) => !x.illegal)
    .forEach((x) => add(`evidence:${x.id}`, `${EVIDENCE_KIND_LABELS[x.kind]}：${x.title}`, true));
  s.preservations
    .filter((p) => p.handling)
    .forEach((p) => add(`preservationHandling:${p.id}`, '先行登记保存物品处理通知书', true));
  s.payments.forEach((_, i) => add(`payment:${i + 1}`, '罚没款缴纳凭证', true));
  return e;
}

function internalEntries(s: CaseState): Entry[] {
  const e: Entry[] = [];
  const add = (key: string, title: string, when: unknown) => {
    if (when) e.push({ key, title });
  };
  add('source', '案源材料（案件来源登记表）', s.facts.source);
  add('investigationReport', '案件调查终结报告及审批', s.investigation);
  add('summaryFiling', '当场处罚决定备案材料', s.summary?.filedOn);
  s.reviews.filter((r) => r.result).forEach((_, i) => add(`review:${i + 1}`, '法制审核意见书', true));
  s.deliberations.forEach((_, i) => add(`deliberation:${i + 1}`, '重大案件集体讨论记录', true));
  add('hearingReport', '听证报告', s.hearing?.held?.report);
  add('closureReport', '结案报告（结案审批表）', s.closure);
  return e;
}

function number(volume: CaseFileVolume, entries: Entry[], pages: (key: string) => number): CaseFileDocument[] {
  const unnumbered = (key: string, title: string): CaseFileDocument => ({
    key,
    title,
    volume,
    numbered: false,
    pages: 1,
    pageFrom: null,
    pageTo: null,
  });
  let next = 1;
  const body = entries.map((x) => {
    const n = Math.max(1, Math.floor(pages(x.key)));
    const doc: CaseFileDocument = {
      key: x.key,
      title: x.title,
      volume,
      numbered: true,
      pages: n,
      pageFrom: next,
      pageTo: next + n - 1,
    };
    next += n;
    return doc;
  });
  const prefix = volume === 'main' ? '正卷' : '副卷';
  return [
    unnumbered(`${volume}:cover`, `${prefix}封面`),
    unnumbered(`${volume}:contents`, '卷内目录'),
    ...body,
    unnumbered(`${volume}:notes`, '备考表'),
  ];
}

/** The bound file in order, with page numbers per volume. `pages` gives each document's page count. */
export function assembleCaseFile(s: CaseState, pages: (key: string) => number = () => 1): CaseFile {
  return {
    archiveNumber: s.archive?.archiveNumber ?? null,
    main: number('main', mainEntries(s), pages),
    internal: number('internal', internalEntries(s), pages),
  };
}

/** The year a case file is numbered under: the filing year, even if the case crossed years. */
export function caseFileYear(s: CaseState): number | null {
  const d = s.procedure === 'summary' ? s.summary?.decidedOn : s.filing?.approvedOn;
  return d ? Number(d.slice(0, 4)) : null;
}

export function checkArchiveNumber(archiveNumber: string, filingYear: number | null): CaseRefusal[] {
  if (!isValidArchiveNumber(archiveNumber)) {
    return [refusal('archiveNumberFormat', '档案号应为 8 位数字：4 位年度 + 从 0001 起的 4 位序号', ART.archiving)];
  }
  if (filingYear !== null && Number(archiveNumber.slice(0, 4)) !== filingYear) {
    return [refusal('archiveNumberYear', `档案号年度应为立案年度 ${filingYear}`, ART.archiving)];
  }
  return [];
}
