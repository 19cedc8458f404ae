import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { checkMonitoringEvidence } from '../evidence';
import { refusal } from '../refusal';
import type { CaseRefusal } from '../refusal';
import type { CaseState } from '../state';
import type { CaseContext } from '../context';
import { checkReferralMaterials, checkReferralTimes } from '../rules/criminal';
import {
  checkCertificatesShown,
  checkNotRecused,
  checkRecordSignature,
  checkTwoQualifiedOfficers,
} from '../rules/officers';
import { checkAvRecord } from '../rules/records';
import { none, notAfterRecording, unique } from './common';
import type { Guards } from './types';
import type { InvestigationAction } from '../actions/phases';

/** 第42条, 第55条: two qualified case officers (not recused), the recorder among them, certificates shown. */
export function recordOfficers(s: CaseState, officerIds: string[], actorId: string, ctx: CaseContext): CaseRefusal[] {
  const notOnCase = officerIds.filter((id) => !s.officerIds.includes(id));
  return [
    ...checkTwoQualifiedOfficers(officerIds, ctx.officers, ART.investigationRecord),
    ...checkNotRecused(officerIds, s.recusedOfficerIds),
    ...(notOnCase.length
      ? [refusal('officerNotOnCase', `人员 ${notOnCase.join('、')} 不是本案承办人员`, ART.twoOfficers)]
      : []),
    ...(officerIds.includes(actorId)
      ? []
      : [refusal('recorderNotPresent', '笔录应当由参与询问或检查的执法人员录入', ART.investigationRecord)]),
  ];
}

export const investigationGuards: Pick<Guards, InvestigationAction> = {
  requestAssistance({ p, ctx }) {
    // A reply date already past cannot be met: the letter would ask the impossible.
    if (p.replyBy && compareDates(p.replyBy, ctx.today) < 0)
      return { refusals: [refusal('replyByPassed', `回复日期 ${p.replyBy} 早于今天，请重新确定`, ART.assistance)] };
    return none;
  },
  recordInterview({ s, p, actor, ctx }) {
    const av = checkAvRecord('investigation', p.avEvidenceId);
    return {
      refusals: [
        ...recordOfficers(s, p.officerIds, actor.userId, ctx),
        ...checkCertificatesShown(p.certificatesShown),
        ...notAfterRecording(p.startedAt, ctx, '询问时间', ART.investigationRecord),
        ...notAfterRecording(p.endedAt, ctx, '询问结束时间', ART.investigationRecord),
        ...checkRecordSignature(p.signature),
        ...unique(
          s.records.some((r) => r.recordId === p.recordId),
          `笔录 ${p.recordId}`,
          ART.investigationRecord,
        ),
        ...av.refusals,
      ],
      warnings: av.warnings,
    };
  },
  recordSiteInspection({ s, p, actor, ctx }) {
    const av = checkAvRecord('onSiteEnforcement', p.avEvidenceId);
    return {
      refusals: [
        ...recordOfficers(s, p.officerIds, actor.userId, ctx),
        ...checkCertificatesShown(p.certificatesShown),
        ...notAfterRecording(p.startedAt, ctx, '检查（勘验）时间', ART.investigationRecord),
        ...notAfterRecording(p.endedAt, ctx, '检查（勘验）结束时间', ART.investigationRecord),
        ...checkRecordSignature(p.signature, p.partyPresent),
        ...unique(
          s.records.some((r) => r.recordId === p.recordId),
          `笔录 ${p.recordId}`,
          ART.investigationRecord,
        ),
        ...av.refusals,
      ],
      warnings: av.warnings,
    };
  },
  addEvidence({ s, p }) {
    return {
      refusals: [
        ...unique(
          s.evidence.some((e) => e.id === p.evidenceId),
          `证据 ${p.evidenceId}`,
          ART.evidence,
        ),
        ...(p.source === 'monitoringDevice' ? checkMonitoringEvidence(p.device) : []),
      ],
    };
  },
  markEvidenceIllegal({ s, p }) {
    const item = s.evidence.find((e) => e.id === p.evidenceId);
    return { refusals: item ? [] : [refusal('evidenceUnknown', `证据 ${p.evidenceId} 未在本案登记`, ART.evidence)] };
  },
  preserveEvidence({ s, p, ctx }) {
    const av = checkAvRecord('preservation', p.avEvidenceId);
    return {
      refusals: [
        ...checkTwoQualifiedOfficers(p.officerIds, ctx.officers),
        ...checkNotRecused(p.officerIds, s.recusedOfficerIds),
        ...unique(
          s.preservations.some((x) => x.id === p.preservationId),
          `先行登记保存 ${p.preservationId}`,
          ART.preservation,
        ),
      ],
      warnings: av.warnings,
    };
  },
  handlePreservedEvidence({ s, p }) {
    const item = s.preservations.find((x) => x.id === p.preservationId);
    if (!item)
      return {
        refusals: [refusal('preservationUnknown', `先行登记保存 ${p.preservationId} 不存在`, ART.preservation)],
      };
    return {
      refusals: item.handling ? [refusal('preservationHandled', '该先行登记保存已作出处理决定', ART.preservation)] : [],
    };
  },
  markSuspectedCrime({ p, ctx }) {
    return { refusals: checkTwoQualifiedOfficers(p.officerIds, ctx.officers, ART.referralReport) };
  },
  referCriminal({ s, p, at }) {
    const out: CaseRefusal[] = [...checkReferralTimes(p, at, s.criminal.reportOn)];
    if (!s.flags.suspectedCrime || !s.criminal.reportOn) {
      out.push(refusal('noReferralReport', '移送司法机关须先由专案组提交涉嫌犯罪移送报告', ART.referralReport));
    }
    if (p.approved) {
      out.push(...checkReferralMaterials(p));
      if (!p.recipient) out.push(refusal('referralRecipientMissing', '应当载明接收移送的公安机关', ART.referralReport));
    } else if (!p.reason?.trim()) {
      out.push(
        refusal('referralRefusalReasonMissing', '不批准移送的，应当将不予批准的理由记录在案', ART.referralReport),
      );
    }
    return { refusals: out };
  },
  recordReferralResponse: () => none,
  finishInvestigation({ s, p }) {
    const out: CaseRefusal[] = [];
    if (s.records.length === 0) {
      out.push(refusal('noInvestigationRecord', '调查终结前应当有询问笔录或现场检查笔录', ART.investigationRecord));
    }
    const warnings =
      s.flags.suspectedCrime && p.proposedOutcome !== 'criminalReferral'
        ? [refusal('suspectedCrimeOutcome', '案件已标记涉嫌犯罪，处理建议应当为移送司法机关', ART.criminalTransfer)]
        : [];
    return { refusals: out, warnings };
  },
};
