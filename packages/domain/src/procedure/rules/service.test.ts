import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import type { DecisionServicePayload } from '../payloads/service';
import { calendar, config, header, PEOPLE, refusalCodes, run } from '../test-support/fixtures';
import { checkService, decisionServiceDue, serviceDate } from './service';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head } = PEOPLE;
const decided = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    { type: 'decide', by: head, at: '2025-03-20' },
  ]);
const serve = (p: Partial<DecisionServicePayload>) => ({
  type: 'serveDecision' as const,
  by: officerA,
  at: '2025-03-24',
  payload: { recipient: '张三', sealed: true, ...p },
});

describe('service (送达)', () => {
  it('行政处罚法 第61条第1款, 第85条: a decision not handed over is served within 7 working days or flagged', () => {
    // 7 working days from Thu 2026-02-12 ends on the 调休 Saturday 2026-02-28 (legal-rules §8.4).
    expect(decisionServiceDue('2026-02-12', calendar, config)).toBe('2026-02-28');
    const d = caseDeadlines(decided().state, calendar, config, '2025-04-01').find((x) => x.key === 'decisionService');
    expect(d).toMatchObject({ due: '2025-03-31', status: 'overdue', basis: '行政处罚法 第61条第1款' });
  });

  it('行政处罚法 第61条第2款: electronic service needs a signed 确认书', () => {
    const p = { method: 'electronic' as const, recipient: '张三', arrivedOn: '2025-03-21' };
    expect(checkService(p, config)).toMatchObject([
      { code: 'electronicConsentMissing', article: '行政处罚法 第61条第2款' },
    ]);
    expect(codes(checkService({ ...p, consentSignedOn: '2025-03-22' }, config))).toEqual(['electronicConsentLate']);
    expect(checkService({ ...p, consentSignedOn: '2025-03-03' }, config)).toEqual([]);
    expect(refusalCodes(decided().state, serve({ method: 'electronic', arrivedOn: '2025-03-21' }))).toEqual([
      'electronicConsentMissing',
    ]);
  });

  it('民事诉讼法 第89条, 第95条: 留置 needs a witness or photo/video; 公告 is deemed served 30 days on, with a reason', () => {
    expect(
      codes(checkService({ method: 'refusalWitnessed', recipient: '张三', leftOn: '2025-03-21' }, config)),
    ).toEqual(['leavingUnwitnessed']);
    expect(
      checkService(
        { method: 'refusalWitnessed', recipient: '张三', leftOn: '2025-03-21', photoOrVideoEvidenceId: 'AV-9' },
        config,
      ),
    ).toEqual([]);
    const notice = { method: 'publicNotice' as const, recipient: '张三', publishedOn: '2025-03-21' };
    expect(codes(checkService(notice, config))).toEqual(['publicNoticeReasonMissing']);
    expect(serviceDate(notice, config)).toBe('2025-04-20');
    const { state } = run(header(), [serve({ ...notice, publicNoticeReason: '下落不明' })], {}, decided());
    expect(state.service?.serviceDate).toBe('2025-04-20');
  });

  it('民事诉讼法 第87, 90, 91条: the service date is the receipt signature, the arrival, or the postal return date', () => {
    expect(serviceDate({ method: 'direct', recipient: '张三', signedOn: '2025-03-21' }, config)).toBe('2025-03-21');
    expect(serviceDate({ method: 'post', recipient: '张三', receiptDate: '2025-03-25' }, config)).toBe('2025-03-25');
    expect(
      serviceDate(
        { method: 'electronic', recipient: '张三', arrivedOn: '2025-03-22', consentSignedOn: '2025-03-01' },
        config,
      ),
    ).toBe('2025-03-22');
    expect(checkService({ method: 'post', recipient: '张三', signedOn: '2025-03-25' }, config)).toMatchObject([
      { code: 'serviceDateMissing', article: '民事诉讼法 第91条' },
    ]);
    const { state } = run(header(), [serve({ method: 'post', receiptDate: '2025-03-24' })], {}, decided());
    expect(state.service?.serviceDate).toBe('2025-03-24');
  });
});
