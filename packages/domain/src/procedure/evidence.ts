// Evidence (第46条) and electronic-monitoring evidence (第41条).
import { ART } from './articles';
import { type CaseRefusal, refusal } from './refusal';

export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audioVisual',
  'electronicData',
  'witnessTestimony',
  'partyStatement',
  'expertOpinion',
  'inspectionRecord',
] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  documentary: '书证',
  physical: '物证',
  audioVisual: '视听资料',
  electronicData: '电子数据',
  witnessTestimony: '证人证言',
  partyStatement: '当事人的陈述',
  expertOpinion: '鉴定意见',
  inspectionRecord: '勘验笔录、现场笔录',
};

export type EvidenceSource = 'onSite' | 'partySubmitted' | 'thirdParty' | 'sampling' | 'monitoringDevice';

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, string> = {
  onSite: '现场提取',
  partySubmitted: '当事人提供',
  thirdParty: '第三方提供',
  sampling: '抽样取证',
  monitoringDevice: '电子技术监控设备',
};

/** What 第41条 requires before a monitoring-device record may be used. */
export interface MonitoringDeviceRecord {
  deviceId: string;
  /** Date of the device's 法制和技术审核; absent means never reviewed. */
  legalAndTechnicalReviewOn?: string;
  locationPublished: boolean;
  /** The agency's check of this particular record. */
  recordReviewedOn?: string;
  recordReviewedBy?: string;
  recordConforms?: boolean;
}

export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return typeof value === 'string' && (EVIDENCE_KINDS as readonly string[]).includes(value);
}

export function checkEvidenceKind(kind: unknown): CaseRefusal[] {
  if (isEvidenceKind(kind)) return [];
  return [
    refusal(
      'evidenceKindUnknown',
      `证据种类必须是法定的八类之一：${EVIDENCE_KINDS.map((k) => EVIDENCE_KIND_LABELS[k]).join('、')}`,
      ART.evidence,
    ),
  ];
}

/** 第41条: the device was reviewed and sited publicly, and this record was checked and conforms. */
export function checkMonitoringEvidence(device: MonitoringDeviceRecord | undefined): CaseRefusal[] {
  if (!device) {
    return [refusal('monitoringDeviceMissing', '电子技术监控设备取得的证据必须登记设备信息', ART.monitoring)];
  }
  const out: CaseRefusal[] = [];
  if (!device.legalAndTechnicalReviewOn) {
    out.push(
      refusal(
        'monitoringDeviceNotReviewed',
        `监控设备 ${device.deviceId} 未经法制和技术审核，记录不得作为证据`,
        ART.monitoring,
      ),
    );
  }
  if (!device.locationPublished) {
    out.push(
      refusal('monitoringLocationNotPublished', `监控设备 ${device.deviceId} 的设置地点未向社会公布`, ART.monitoring),
    );
  }
  if (!device.recordReviewedOn || !device.recordReviewedBy) {
    out.push(
      refusal('monitoringRecordNotReviewed', '监控记录未经行政机关审核，不得作为行政处罚的证据', ART.monitoring),
    );
  } else if (device.recordConforms !== true) {
    out.push(
      refusal('monitoringRecordNonConforming', '监控记录经审核不符合要求，不得作为行政处罚的证据', ART.monitoring),
    );
  }
  return out;
}

export interface EvidenceStatus {
  id: string;
  illegal?: { markedOn: string; reason: string };
}

/** 第46条: only registered, lawfully obtained evidence may ground a finding. */
export function checkEvidenceLinks(linkedIds: readonly string[], evidence: readonly EvidenceStatus[]): CaseRefusal[] {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const out: CaseRefusal[] = [];
  for (const id of linkedIds) {
    const item = byId.get(id);
    if (!item) {
      out.push(refusal('evidenceUnknown', `证据 ${id} 未在本案登记，不能作为认定事实的依据`, ART.evidence));
    } else if (item.illegal) {
      out.push(
        refusal('evidenceIllegal', `证据 ${id} 已被标记为以非法手段取得，不得作为认定案件事实的根据`, ART.evidence),
      );
    }
  }
  return out;
}
