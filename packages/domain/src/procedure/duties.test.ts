import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS } from './actions-table';
import { caseRoles, checkRole } from './duties';

describe('who may take a case action', () => {
  it('行政处罚法 第23条: a county department officer handles its department’s cases as an officer', () => {
    expect(caseRoles(['departmentOfficer'])).toContain('officer');
    expect(checkRole(CASE_ACTIONS.recordInterview, { userId: 'd1', roles: ['departmentOfficer'] })).toEqual([]);
  });

  it('行政处罚法 第42条: an auxiliary may not record an interview; a county supervisor has no case role', () => {
    expect(checkRole(CASE_ACTIONS.recordInterview, { userId: 'a1', roles: ['auxiliary'] })[0]?.code).toBe(
      'auxiliaryNotAllowed',
    );
    expect(checkRole(CASE_ACTIONS.recordInterview, { userId: 's1', roles: ['countySupervisor'] })[0]?.code).toBe(
      'roleNotAllowed',
    );
  });
});
