import { describe, expect, it } from 'vitest';
import { CASE_ACTION_TYPES, CASE_ACTIONS, unknownPayloadKeys } from './actions-table';
import { DEFAULT_PAYLOAD_BYTES, payloadByteLimit, payloadTooLarge } from './payload-limits';

describe('行政处罚法 第47条 (全过程记录): the record holds only what each action declares', () => {
  it.each(CASE_ACTION_TYPES)('%s: an unknown key is refused by name, alone or beside the declared fields', (type) => {
    expect(unknownPayloadKeys(type, { madeUpKey: '110101199003077777' })).toEqual([
      '内容含有不允许的字段「madeUpKey」',
    ]);
    const errors = CASE_ACTIONS[type].validate({ madeUpKey: 'x' });
    expect(errors).toContain('内容含有不允许的字段「madeUpKey」');
  });

  it('a key hidden inside a nested object or a list item is found and named with its path', () => {
    const interview = { party: { kind: 'person', name: '张三', secret: 'x' } };
    expect(unknownPayloadKeys('fileCase', interview)).toEqual(['「当事人」含有不允许的字段「secret」']);
  });

  it('declared keys pass the strict check', () => {
    expect(unknownPayloadKeys('refuseFiling', { reason: '不属于本机关管辖' })).toEqual([]);
  });
});

describe('行政处罚法 第47条: each action has a size limit for its whole payload', () => {
  it('a 700 KB interview record is refused; clerical steps get less room than transcripts', () => {
    expect(payloadTooLarge('recordInterview', { transcript: 'x'.repeat(700 * 1024) })).toMatch(/操作内容过大/);
    expect(payloadTooLarge('recordInterview', { transcript: '问答'.repeat(30_000) })).toBeNull();
    expect(payloadByteLimit('recordInterview')).toBeGreaterThan(payloadByteLimit('refuseFiling'));
    expect(payloadByteLimit('refuseFiling')).toBe(DEFAULT_PAYLOAD_BYTES);
  });
});
