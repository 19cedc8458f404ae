import { describe, expect, it } from 'vitest';
import { header, PEOPLE, run } from '../test-support/fixtures';
import { resolveFirstToFile, statusAfterNegotiation } from './jurisdiction';

describe('jurisdiction (管辖)', () => {
  it('行政处罚法 第25条第1款: the agency that filed first handles the case; the other is flagged', () => {
    const r = resolveFirstToFile([
      { agencyId: 'B', filedAt: '2025-03-04T09:00' },
      { agencyId: 'A', filedAt: '2025-03-03T16:00' },
    ]);
    expect(r).toMatchObject({ handler: 'A', flagged: ['B'], tie: false, article: '行政处罚法 第25条第1款' });
    expect(
      resolveFirstToFile([
        { agencyId: 'A', filedAt: '2025-03-03' },
        { agencyId: 'B', filedAt: '2025-03-03' },
      ]),
    ).toMatchObject({ handler: null, tie: true });
  });

  it('行政处罚法 第25条第2款: when negotiation fails the case awaits designation by the common superior', () => {
    expect(statusAfterNegotiation(true, 'investigating')).toBe('awaitingJurisdictionRuling');
    expect(statusAfterNegotiation(false, 'investigating')).toBe('investigating');
    const { officerA, head } = PEOPLE;
    const awaiting = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: PEOPLE.head2, at: '2025-03-03' },
      { type: 'requestJurisdictionRuling', by: head, at: '2025-03-06' },
    ]);
    expect(awaiting.state.status).toBe('awaitingJurisdictionRuling');
    const after = run(
      header(),
      [
        {
          type: 'recordJurisdictionRuling',
          by: head,
          at: '2025-03-10',
          payload: {
            designated: 'other',
            rulingBody: '某县人民政府',
            ruledOn: '2025-03-10',
            otherAgency: '某镇人民政府',
          },
        },
      ],
      {},
      awaiting,
    );
    expect(after.state.status).toBe('transferred');
  });
});
