import { describe, expect, it } from 'vitest';
import { calendar, config } from '../test-support/fixtures';
import { reconsiderationBodyFor, remediesText, remedyDeadlines } from './remedies';

const base = { agencyKind: 'countyDepartment' as const, reconsiderationBody: '某县人民政府', court: '某县人民法院' };

describe('remedies text (救济途径)', () => {
  it('行政复议法 第23条: an on-the-spot decision from 2024-01-01 requires reconsideration first and offers no direct suit', () => {
    const r = remediesText({ ...base, onTheSpot: true, decisionDate: '2024-01-01' });
    expect(r.reconsiderationFirst).toBe(true);
    expect(r.text).toContain('应当先在收到本决定书之日起六十日内向某县人民政府申请行政复议');
    expect(r.text).toContain(
      '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向某县人民法院提起行政诉讼',
    );
    expect(r.text).not.toContain('也可以在六个月内');
    expect(r.articles).toContain('行政复议法 第23条');
  });

  it('行政复议法 第23条: an on-the-spot decision before 2024 keeps the old either-or wording', () => {
    const r = remediesText({ ...base, onTheSpot: true, decisionDate: '2023-12-31' });
    expect(r.reconsiderationFirst).toBe(false);
    expect(r.text).toContain('也可以在六个月内依法向某县人民法院提起行政诉讼');
  });

  it('行政复议法 第20条, 第24条; 行政诉讼法 第46条: a county department names the same-level government, 60 days, 6 months', () => {
    const body = reconsiderationBodyFor('countyDepartment', {
      sameLevelGovernment: '某县人民政府',
      higherDepartment: '某市城管局',
    });
    expect(body).toEqual({ body: '某县人民政府', article: '行政复议法 第24条' });
    const r = remediesText({ ...base, reconsiderationBody: body.body, onTheSpot: false, decisionDate: '2025-03-20' });
    expect(r.text).toBe(
      '如不服本决定，可以在收到本决定书之日起六十日内向某县人民政府申请行政复议，也可以在六个月内依法向某县人民法院提起行政诉讼。',
    );
    expect(r.articles).toEqual(['行政复议法 第20条', '行政复议法 第24条', '行政诉讼法 第46条']);
  });

  it('行政复议法 第27条: customs, financial, tax or state-security organs name the next higher department', () => {
    const body = reconsiderationBodyFor('verticalAgency', {
      sameLevelGovernment: '某县人民政府',
      higherDepartment: '国家税务总局某市税务局',
    });
    expect(body).toEqual({ body: '国家税务总局某市税务局', article: '行政复议法 第27条' });
    expect(() => reconsiderationBodyFor('verticalAgency', { sameLevelGovernment: '某县人民政府' })).toThrow();
    const r = remediesText({
      ...base,
      agencyKind: 'verticalAgency',
      reconsiderationBody: body.body,
      onTheSpot: false,
      decisionDate: '2025-03-20',
    });
    expect(r.articles).toContain('行政复议法 第27条');
  });

  it('行政复议法 第24条: a township government is reviewed by the county government above it', () => {
    expect(reconsiderationBodyFor('townshipGovernment', { sameLevelGovernment: '某县人民政府' }).body).toBe(
      '某县人民政府',
    );
  });

  it('行政复议法 第20条第3款; 行诉解释 第64条: omitted right, body or period extends the limit to 1 year', () => {
    const stated = { right: true, body: true, period: true };
    const full = remedyDeadlines(
      { receivedOn: '2026-03-02', stated, onTheSpot: false, decisionDate: '2026-03-01' },
      calendar,
      config,
    );
    // 60 days from 2026-03-02 is 2026-05-01 (劳动节), rolled to 2026-05-06 (legal-rules §8.4).
    expect(full.reconsiderationDue).toBe('2026-05-06');
    expect(full.extended).toBe(false);
    const omitted = remedyDeadlines(
      { receivedOn: '2025-03-21', stated: { ...stated, body: false }, onTheSpot: false, decisionDate: '2025-03-20' },
      calendar,
      config,
    );
    expect(omitted).toMatchObject({ reconsiderationDue: '2026-03-23', litigationDue: '2026-03-23', extended: true });
    const first = remedyDeadlines(
      { receivedOn: '2025-03-03', stated, onTheSpot: true, decisionDate: '2025-03-03' },
      calendar,
      config,
    );
    expect(first.litigationDue).toBeNull();
  });
});
