import { describe, expect, it } from 'vitest';
import {
  canActAsEnforcingOfficer,
  certificateReminders,
  certificateStatusOn,
  checkTwoOfficers,
  type EnforcementPerson,
  type OfficerCertificate,
} from './officers';

const cert = (over: Partial<OfficerCertificate> = {}): OfficerCertificate => ({
  number: '44070300001',
  status: 'valid',
  validFrom: '2023-01-01',
  validTo: '2027-12-31',
  domains: ['城市管理', '市场监管'],
  ...over,
});
const officer = (id: string, certificates = [cert()]): EnforcementPerson => ({ id, post: 'officer', certificates });
const ctx = { date: '2025-06-01', domain: '城市管理' };

describe('certificateStatusOn', () => {
  it('a certificate stored as valid is expired the day after validTo', () => {
    expect(certificateStatusOn(cert(), '2027-12-31')).toBe('valid');
    expect(certificateStatusOn(cert(), '2028-01-01')).toBe('expired');
  });

  it('is not yet valid before validFrom, and keeps a stored suspension or revocation', () => {
    expect(certificateStatusOn(cert(), '2022-12-31')).toBe('notYetValid');
    expect(certificateStatusOn(cert({ status: 'suspended' }), '2025-01-01')).toBe('suspended');
    expect(certificateStatusOn(cert({ status: 'revoked' }), '2025-01-01')).toBe('revoked');
  });
});

describe('canActAsEnforcingOfficer', () => {
  it('行政处罚法 第42条: an officer with a valid certificate covering the domain may act', () => {
    expect(canActAsEnforcingOfficer(officer('o1'), ctx)).toEqual({ ok: true, certificate: cert() });
  });

  it('粤府办〔2025〕15号: an auxiliary never acts, even holding a certificate', () => {
    const result = canActAsEnforcingOfficer({ id: 'a1', post: 'auxiliary', certificates: [cert()] }, ctx);
    expect(result).toMatchObject({ ok: false, code: 'auxiliary' });
    if (!result.ok) expect(result.reason).toContain('执法辅助人员');
  });

  it('行政处罚法 第42条: without a certificate, no enforcement', () => {
    expect(canActAsEnforcingOfficer(officer('o1', []), ctx)).toMatchObject({ ok: false, code: 'noCertificate' });
  });

  it('行政强制法 第17条: a certificate for another domain does not qualify', () => {
    expect(canActAsEnforcingOfficer(officer('o1', [cert({ domains: ['生态环境'] })]), ctx)).toMatchObject({
      ok: false,
      code: 'domainNotCovered',
    });
  });

  it('行政处罚法 第42条: expired, not yet valid, suspended and revoked certificates do not qualify', () => {
    const cases: Array<[OfficerCertificate, string]> = [
      [cert({ validTo: '2025-05-31' }), 'certificateExpired'],
      [cert({ validFrom: '2025-06-02' }), 'certificateNotYetValid'],
      [cert({ status: 'suspended' }), 'certificateSuspended'],
      [cert({ status: 'revoked' }), 'certificateRevoked'],
    ];
    for (const [c, code] of cases)
      expect(canActAsEnforcingOfficer(officer('o1', [c]), ctx)).toMatchObject({ ok: false, code });
  });

  it('a renewed certificate qualifies beside an expired one', () => {
    const renewed = cert({ number: 'new', validFrom: '2025-01-01', validTo: '2029-12-31' });
    const result = canActAsEnforcingOfficer(officer('o1', [cert({ validTo: '2024-12-31' }), renewed]), ctx);
    expect(result).toEqual({ ok: true, certificate: renewed });
  });
});

describe('checkTwoOfficers (行政处罚法 第42条、第55条; 行政强制法 第18条)', () => {
  it('two distinct qualified officers pass', () => {
    expect(checkTwoOfficers([officer('o1'), officer('o2')], ctx)).toEqual({ ok: true, officerIds: ['o1', 'o2'] });
  });

  it('the same officer listed twice counts once', () => {
    expect(checkTwoOfficers([officer('o1'), officer('o1')], ctx)).toMatchObject({
      ok: false,
      officerIds: ['o1'],
      refused: [],
    });
  });

  it('an officer with an auxiliary does not make two, and the refusal says why', () => {
    const result = checkTwoOfficers([officer('o1'), { id: 'a1', post: 'auxiliary', certificates: [] }], ctx);
    expect(result).toMatchObject({ ok: false, code: 'fewerThanTwoOfficers', officerIds: ['o1'] });
    if (!result.ok) {
      expect(result.refused).toMatchObject([{ personId: 'a1', code: 'auxiliary' }]);
      expect(result.reason).toContain('不得少于两人');
    }
  });
});

describe('certificateReminders', () => {
  const in10 = cert({ number: 'in10', validTo: '2025-06-11' });
  const in30 = cert({ number: 'in30', validTo: '2025-07-01' });
  const in31 = cert({ number: 'in31', validTo: '2025-07-02' });
  const in60 = cert({ number: 'in60', validTo: '2025-07-31' });
  const in61 = cert({ number: 'in61', validTo: '2025-08-01' });
  const today0 = cert({ number: 'today', validTo: '2025-06-01' });
  const gone = cert({ number: 'gone', validTo: '2025-05-31' });
  const revoked = cert({ number: 'revoked', status: 'revoked', validTo: '2025-06-05' });

  it('two tiers: within 30 days and within 60 days, soonest first; expired or revoked ones are not reminded', () => {
    const reminders = certificateReminders([in61, in60, in31, in30, in10, today0, gone, revoked], '2025-06-01');
    expect(reminders.map((r) => [r.certificate.number, r.daysLeft, r.tier])).toEqual([
      ['today', 0, 30],
      ['in10', 10, 30],
      ['in30', 30, 30],
      ['in31', 31, 60],
      ['in60', 60, 60],
    ]);
  });
});
