import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_ACTION_TYPES } from './actions-table';
import { CASE_STATUSES, CASE_STATUS_LIST } from './status';
import { SAMPLE } from './test-support/fixtures';
import { checkPayload } from './payloads/index';

const HAN = /\p{Script=Han}/u;

describe('CASE_ACTIONS table', () => {
  it('gives every action a Chinese label, roles, source statuses and a cited basis', () => {
    for (const type of CASE_ACTION_TYPES) {
      const spec = CASE_ACTIONS[type];
      expect(spec.label, type).toMatch(HAN);
      expect(spec.roles.length, type).toBeGreaterThan(0);
      expect(spec.from.length, type).toBeGreaterThan(0);
      expect(spec.basis, type).toMatch(/第\d/);
    }
  });

  it('only names statuses that exist', () => {
    for (const type of CASE_ACTION_TYPES) {
      const spec = CASE_ACTIONS[type];
      for (const s of [...spec.from, ...(spec.to === 'same' ? [] : [spec.to])])
        expect(CASE_STATUS_LIST, `${type} → ${s}`).toContain(s);
    }
  });

  it('gives every status a Chinese label, and every non-terminal, non-draft status a way out', () => {
    for (const status of CASE_STATUS_LIST) {
      expect(CASE_STATUSES[status].label).toMatch(HAN);
      const leaves = CASE_ACTION_TYPES.some(
        (t) => CASE_ACTIONS[t].from.includes(status) && CASE_ACTIONS[t].to !== 'same',
      );
      if (!CASE_STATUSES[status].terminal) expect(leaves, status).toBe(true);
    }
  });

  it('accepts the typed sample payload of every action (payload types and validators agree)', () => {
    for (const type of CASE_ACTION_TYPES) {
      expect(checkPayload(type, SAMPLE[type]), type).toEqual([]);
    }
  });

  it('reports missing and malformed fields in Chinese with the field path', () => {
    const errors = checkPayload('fileCase', {
      ...SAMPLE.fileCase,
      discoveredOn: '2025-13-01',
      party: { kind: 'robot' },
    });
    expect(errors).toContain('「发现日期」应为 YYYY-MM-DD 格式的日期');
    expect(errors.some((e) => e.startsWith('「当事人 / 当事人类型」必须是以下之一'))).toBe(true);
    expect(errors).toContain('「当事人 / 当事人名称」必须填写');
  });

  it('行政处罚法 第42条: filing names at least two officers', () => {
    expect(checkPayload('fileCase', { ...SAMPLE.fileCase, officerIds: ['o1'] })).toContain(
      '「承办执法人员」至少需要 2 项',
    );
  });
});
