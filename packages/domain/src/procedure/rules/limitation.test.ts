import { describe, expect, it } from 'vitest';
import { config, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkLimitation, limitationCheck } from './limitation';

describe('limitation (追责时效)', () => {
  it('行政处罚法 第36条: not discovered within 2 years (5 for life/health or financial harm) blocks a penalty and proposes closure', () => {
    expect(limitationCheck({ violationDate: '2023-03-01', discoveredOn: '2025-03-01' }, config)).toMatchObject({
      years: 2,
      expired: false,
      expiresOn: '2025-03-01',
    });
    expect(limitationCheck({ violationDate: '2023-03-01', discoveredOn: '2025-03-02' }, config).expired).toBe(true);
    // A continuing act runs from the day it ended.
    expect(
      limitationCheck({ violationDate: '2020-01-01', actEndedOn: '2024-01-01', discoveredOn: '2025-03-02' }, config)
        .expired,
    ).toBe(false);
    const harm = { violationDate: '2022-01-01', discoveredOn: '2025-03-02', lifeOrFinancialSafetyHarm: true };
    expect(limitationCheck(harm, config)).toMatchObject({ years: 5, expired: false });
    // Not retroactive: an act that ended before 2021-07-15 keeps the 2-year period.
    expect(limitationCheck({ ...harm, violationDate: '2021-07-14' }, config)).toMatchObject({
      years: 2,
      expired: true,
    });
    const expired = checkLimitation(
      limitationCheck({ violationDate: '2023-03-01', discoveredOn: '2025-03-02' }, config),
    );
    expect(expired).toMatchObject([{ code: 'limitationExpired', article: '行政处罚法 第36条' }]);
    expect(expired[0].message).toContain('不予处罚');
    const { state } = run(header(), [
      {
        type: 'fileCase',
        by: PEOPLE.officerA,
        at: '2025-03-03',
        payload: { ...SAMPLE.fileCase, violationDate: '2023-03-01', discoveredOn: '2025-03-02' },
      },
    ]);
    expect(state.flags.limitationExpired).toBe(true);
    expect(refusalCodes(state, { type: 'approveFiling', by: PEOPLE.head, at: '2025-03-03' })).toEqual([
      'limitationExpired',
    ]);
    expect(refusalCodes(state, { type: 'refuseFiling', by: PEOPLE.head, at: '2025-03-03' })).toEqual([]);
  });
});
