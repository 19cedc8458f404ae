// 简易程序 payloads (第51–53条).
import type * as z from 'zod';
import { bool, clientOnly, date, dateTime, list, obj, opt, req, serverFilled, text } from './fields';
import { basis, ids, items, party, penalty } from './common';
import { appliedBenchmark, benchmarkFacts, tier } from './decision';

export const decideOnTheSpot = serverFilled(
  obj({
    party: req('当事人', party),
    items: req('执法事项', items),
    violation: req('违法行为', text(5000)),
    place: req('地点', text(500)),
    occurredAt: req('时间', dateTime()),
    discoveredOn: req('发现日期', date()),
    penalty: req('行政处罚', penalty),
    basis: req('依据', basis(0)),
    officerIds: req('执法人员', ids(1)),
    certificatesShown: req('已出示执法证件', bool()),
    // 第44–45条 apply on the spot too: the party was told and heard.
    partyHeard: req('已告知并听取陈述申辩', bool()),
    // The agency's remedies and name when the form leaves them out (the server fills them).
    remediesText: opt('复议、诉讼途径和期限', text(2000)),
    agencyName: opt('行政机关名称', text(200)),
    evidenceIds: opt('证据', list(text(100), 0, 100)),
    // 第30条: the tier, required (从轻 or 减轻) when the party was 14–18 at the act.
    tier: opt('裁量阶次', tier()),
    // 第34条 on the spot too: the facts the benchmark read, the result applied and the sentence
    // stating it, and the written reason for a fine outside its range (no legal review here).
    benchmarkFacts: opt('裁量事实', benchmarkFacts),
    applied: opt('适用的裁量基准', appliedBenchmark),
    benchmarkApplication: opt('基准适用说明', text(20000)),
    deviationReason: opt('偏离基准的理由', text(5000)),
  }),
  {
    // 第52条: the pre-printed, pre-numbered form's number, issued by the server.
    formNumber: req('决定书编号', text(100)),
    remediesText: req('复议、诉讼途径和期限', text(2000)),
    agencyName: req('行政机关名称', text(200)),
  },
);
export type DecideOnTheSpotPayload = z.infer<typeof decideOnTheSpot.payload>;

export const recordSummaryService = clientOnly(
  obj({
    handedOverOn: req('交付日期', date()),
    // 第52条: the officers signed (or stamped) the printed form handed over.
    officersSigned: req('执法人员已签名或盖章', bool()),
    partySigned: req('当事人签收', bool()),
    refusalNote: opt('拒绝签收情况', text(1000)),
  }),
);
export type RecordSummaryServicePayload = z.infer<typeof recordSummaryService.payload>;

export const fileSummaryRecord = clientOnly(obj({ filedWith: req('备案机关', text(200)) }));
export type FileSummaryRecordPayload = z.infer<typeof fileSummaryRecord.payload>;
