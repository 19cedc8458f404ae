// Driving a case to its decision (for the disclosure and the document tests), and reading its
// disclosure task.
import QRCode from 'qrcode';
import { BASIS, fine, NO_CIRCUMSTANCES, PARTY, sha256, type Harness } from '../cases/fixtures';

export interface DecidedCase {
  caseId: string;
  documentId: string;
  documentNumber: string;
}

export async function decidedCase(
  h: Harness,
  opts: {
    party?: Record<string, unknown>;
    facts?: string;
    /** The fine in yuan, noticed and decided. */
    fine?: number;
    discretion?: Record<string, unknown>;
  } = {},
): Promise<DecidedCase> {
  const today = h.p.app.today();
  const { fine: amount = 500, facts = '当事人在杜阮南路占道摆卖' } = opts;
  const caseId = await h.investigatingCase(undefined, opts.party ? { party: opts.party } : {});
  const photo = await QRCode.toBuffer(`现场照片 ${caseId}`, { type: 'png', width: 80 });
  const up = h.ok(
    await h.upload(caseId, 'duruan.officer1', photo, {
      sha256: sha256(photo),
      kind: 'audioVisual',
      title: '现场照片',
      capturedAt: `${today}T08:05`,
      location: '杜阮南路',
    }),
    201,
  );
  const officers = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
  h.ok(
    await h.cmd(caseId, 'duruan.officer1', 'recordInterview', {
      officerIds: officers,
      place: '杜阮镇综合行政执法办公室',
      certificatesShown: true,
      signature: { partySigned: true },
      avEvidenceId: 'AV-2',
      recordId: `XW-${caseId.slice(0, 6)}`,
      startedAt: `${today}T08:00`,
      interviewee: '当事人',
      summary: '当事人承认在杜阮南路占道摆卖',
    }),
  );
  h.ok(
    await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
      report: '经查，当事人占道摆卖事实清楚',
      proposedOutcome: 'penalty',
      flags: {
        complex: false,
        majorViolation: false,
        majorPublicInterest: false,
        multipleLegalRelations: false,
        lawRequiresReview: false,
      },
    }),
  );
  h.ok(
    await h.cmd(caseId, 'duruan.officer1', 'issueNotice', {
      intendedPenalty: fine(amount),
      facts,
      reasons: '违反《广东省城乡生活垃圾管理条例》',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: true },
    }),
  );
  h.ok(
    await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', {
      method: 'direct',
      recipient: '当事人',
      signedOn: today,
    }),
  );
  h.ok(
    await h.cmd(caseId, 'duruan.officer1', 'waiveRights', {
      rights: ['statement', 'defence', 'hearing'],
      signedByParty: true,
      signedOn: today,
    }),
  );
  const decided = h.ok(
    await h.cmd(caseId, 'duruan.head', 'decide', {
      outcome: 'penalty',
      penalty: fine(amount),
      partyAddress: (opts.party?.address as string | undefined) ?? PARTY.address,
      facts,
      evidenceIds: [up.id],
      basis: BASIS,
      circumstances: NO_CIRCUMSTANCES,
      discretion: opts.discretion ?? {
        tier: 'standard',
        reasoning: '占道面积中等，无从轻从重情节',
        benchmarkApplication: '适用裁量基准第三项一般情形',
      },
      performance: { method: '到指定银行或通过电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
      surchargeStandardStated: true,
      handedOverOnSpot: false,
    }),
  );
  const doc = decided.documents.find((d: { kind: string }) => d.kind === 'penaltyDecision');
  const row = await h.p.app.db
    .selectFrom('documents')
    .select(['id', 'number'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'penaltyDecision')
    .executeTakeFirstOrThrow();
  if (row.number !== doc.number) throw new Error('decision document not found');
  return { caseId, documentId: row.id, documentNumber: row.number! };
}

export async function taskOf(h: Harness, documentId: string) {
  return h.p.app.db
    .selectFrom('disclosure_renditions')
    .selectAll()
    .where('document_id', '=', documentId)
    .executeTakeFirstOrThrow();
}
