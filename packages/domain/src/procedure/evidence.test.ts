import { describe, expect, it } from 'vitest';
import {
  checkEvidenceKind,
  checkEvidenceLinks,
  checkMonitoringEvidence,
  EVIDENCE_KINDS,
  EVIDENCE_KIND_LABELS,
} from './evidence';
import { header, PEOPLE, refusalCodes, run, SAMPLE } from './test-support/fixtures';
import { checkPayload } from './payloads/index';

const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('evidence (证据)', () => {
  it('行政处罚法 第46条: the eight statutory kinds, with their Chinese names', () => {
    expect(EVIDENCE_KINDS).toHaveLength(8);
    expect(Object.values(EVIDENCE_KIND_LABELS)).toEqual([
      '书证',
      '物证',
      '视听资料',
      '电子数据',
      '证人证言',
      '当事人的陈述',
      '鉴定意见',
      '勘验笔录、现场笔录',
    ]);
    expect(codes(checkEvidenceKind('rumour'))).toEqual(['evidenceKindUnknown']);
    expect(checkEvidenceKind('physical')).toEqual([]);
    expect(checkPayload('addEvidence', { ...SAMPLE.addEvidence, kind: 'rumour' })[0]).toContain('证据种类');
  });

  it('行政处罚法 第46条: evidence flagged as illegally obtained cannot ground a finding', () => {
    const evidence = [{ id: 'E-1' }, { id: 'E-2', illegal: { markedOn: '2025-03-05', reason: '偷拍' } }];
    expect(checkEvidenceLinks(['E-1'], evidence)).toEqual([]);
    expect(codes(checkEvidenceLinks(['E-1', 'E-2', 'E-9'], evidence))).toEqual(['evidenceIllegal', 'evidenceUnknown']);
    const { officerA, head } = PEOPLE;
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'markEvidenceIllegal', by: officerA, at: '2025-03-05' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    expect(refusalCodes(state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['evidenceIllegal']);
  });

  it('行政处罚法 第41条: monitoring-device evidence needs the device review, published location and a per-record review', () => {
    const device = {
      deviceId: 'CAM-1',
      legalAndTechnicalReviewOn: '2024-06-01',
      locationPublished: true,
      recordReviewedOn: '2025-03-04',
      recordReviewedBy: 'o1',
      recordConforms: true,
    };
    expect(checkMonitoringEvidence(device)).toEqual([]);
    expect(codes(checkMonitoringEvidence(undefined))).toEqual(['monitoringDeviceMissing']);
    expect(codes(checkMonitoringEvidence({ deviceId: 'CAM-1', locationPublished: false }))).toEqual([
      'monitoringDeviceNotReviewed',
      'monitoringLocationNotPublished',
      'monitoringRecordNotReviewed',
    ]);
    expect(codes(checkMonitoringEvidence({ ...device, recordConforms: false }))).toEqual([
      'monitoringRecordNonConforming',
    ]);
    const { state } = run(header(), [
      { type: 'fileCase', by: PEOPLE.officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: PEOPLE.head, at: '2025-03-03' },
    ]);
    const step = {
      type: 'addEvidence' as const,
      by: PEOPLE.officerA,
      at: '2025-03-04',
      payload: { ...SAMPLE.addEvidence, source: 'monitoringDevice' },
    };
    expect(refusalCodes(state, step)).toEqual(['monitoringDeviceMissing']);
    expect(refusalCodes(state, { ...step, payload: { ...step.payload, device } })).toEqual([]);
  });
});
