import { describe, expect, it } from 'vitest';
import { calendar, config } from '../test-support/fixtures';
import { leadVettingStatus } from './leads';

describe('lead vetting (案源核查)', () => {
  it('行政处罚法 第54条第2款、第76条第2款: prompt filing once the standard is met, escalate unvetted leads after 15 (+15) working days', () => {
    const lead = { receivedOn: '2025-03-03' };
    expect(leadVettingStatus(lead, '2025-03-04', calendar, config)).toMatchObject({
      status: 'open',
      due: '2025-03-24',
      promptFiling: false,
    });
    expect(leadVettingStatus(lead, '2025-03-20', calendar, config).status).toBe('dueSoon');
    expect(leadVettingStatus(lead, '2025-03-25', calendar, config).status).toBe('escalate');
    const extended = { ...lead, extensionApprovedOn: '2025-03-20' };
    expect(leadVettingStatus(extended, '2025-03-25', calendar, config)).toMatchObject({
      status: 'open',
      extendedDue: '2025-04-15',
    });
    expect(leadVettingStatus(extended, '2025-04-16', calendar, config).status).toBe('overdue');
    expect(leadVettingStatus({ ...lead, filingStandardMet: true }, '2025-03-04', calendar, config).promptFiling).toBe(
      true,
    );
    expect(leadVettingStatus({ ...lead, vettedOn: '2025-03-05' }, '2025-04-30', calendar, config).status).toBe(
      'vetted',
    );
  });
});
